package letters.compose;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One composed letter, ready to lay out: its metadata, its blocks in reading order, and the images
 * it shows (the wordmark, and the signature when signed off). It knows nothing of pages or fonts.
 */
public record Letter(LetterInfo info, List<Block> blocks, Figure wordmark, Optional<Figure> signature) {
  public Letter {
    Objects.requireNonNull(info, "info");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(wordmark, "wordmark");
    Objects.requireNonNull(signature, "signature");
  }

  public String id() {
    return info.id();
  }

  /** The blocks of one kind, in order. */
  public List<Block> blocks(BlockKind kind) {
    return blocks.stream().filter(block -> block.kind() == kind).toList();
  }

  /** The block a template marked with {@code role}, if any. */
  public Optional<Block> block(String role) {
    return blocks.stream().filter(block -> block.role().equals(Optional.of(role))).findFirst();
  }

  /** The letter as plain text: each block's text, blocks separated by a blank line. */
  public String text() {
    StringBuilder text = new StringBuilder(4096);
    String between = "";
    for (Block block : blocks) {
      if (block.kind() != BlockKind.SIGNATURE) {
        text.append(between).append(block.text());
        between = "\n\n";
      }
    }
    return text.append('\n').toString();
  }
}

package letters.compose;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of block a letter is made of, each named by the element a template writes for it and
 * laid out by the house style in its own way.
 */
public enum BlockKind {
  STRAPLINE("strapline"),
  ADDRESS("address"),
  SENDER("sender"),
  RECIPIENT("recipient"),
  COPIED_TO("copied-to"),
  DATE("date"),
  SALUTATION("salutation"),
  SUBJECT("subject"),
  PARAGRAPH("p"),
  QUOTE("quote"),
  CLOSING("closing"),
  SIGNATURE("signature"),
  SIGNATORY("signatory");

  private static final BlockKind[] KINDS = values();

  private final String element;

  BlockKind(String element) {
    this.element = element;
  }

  /** The element name templates use for this block. */
  public String element() {
    return element;
  }

  /** Whether this block belongs to the letterhead rather than the letter's own text. */
  public boolean isLetterhead() {
    return this == STRAPLINE || this == ADDRESS || this == SENDER;
  }

  static Optional<BlockKind> ofElement(String element) {
    for (BlockKind kind : KINDS) {
      if (kind.element.equals(element)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  static List<String> elements() {
    return Arrays.stream(values()).map(BlockKind::element).toList();
  }
}

package letters.compose;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a letter: its kind, an optional role a template gives it (the assessment paragraph
 * is {@code role="assessment"}), and its text as styled spans.
 */
public record Block(BlockKind kind, Optional<String> role, List<Span> spans) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    spans = List.copyOf(spans);
  }

  /** The block's text as a reader sees it, lines separated by {@code \n}. */
  public String text() {
    if (spans.size() == 1) {
      return spans.getFirst().text();
    }
    StringBuilder text = new StringBuilder();
    for (Span span : spans) {
      text.append(span.text());
    }
    return text.toString();
  }

  /** The block's lines, each as its spans. */
  public List<List<Span>> lines() {
    List<List<Span>> lines = new java.util.ArrayList<>();
    List<Span> line = new java.util.ArrayList<>();
    for (Span span : spans) {
      if (span.isLineBreak()) {
        lines.add(List.copyOf(line));
        line.clear();
      } else {
        line.add(span);
      }
    }
    lines.add(List.copyOf(line));
    return lines;
  }
}

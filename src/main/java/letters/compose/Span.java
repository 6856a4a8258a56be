package letters.compose;

import java.util.Objects;

/**
 * A run of text in one style. A span whose text is {@link #LINE_BREAK} ends a line within its
 * block.
 */
public record Span(String text, boolean italic, boolean bold) {
  /** The text of a span that breaks the line. */
  public static final String LINE_BREAK = "\n";

  public Span {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a span must hold some text");
    }
  }

  public static Span lineBreak() {
    return new Span(LINE_BREAK, false, false);
  }

  public boolean isLineBreak() {
    return LINE_BREAK.equals(text);
  }
}

package letters.layout;

import java.util.Objects;

/** A laid-out letter: the bytes of its PDF and how many pages it has. */
public record Pdf(byte[] bytes, int pages) {
  public Pdf {
    Objects.requireNonNull(bytes, "bytes");
    if (pages < 1) {
      throw new IllegalArgumentException("a PDF has at least one page");
    }
  }
}

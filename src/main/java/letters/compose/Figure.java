package letters.compose;

import java.nio.file.Path;
import java.util.Objects;

/** An image a letter shows (the wordmark, a signature) and what a screen reader says for it. */
public record Figure(Path image, String alt) {
  public Figure {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(alt, "alt");
  }
}

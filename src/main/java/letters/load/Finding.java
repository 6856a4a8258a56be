package letters.load;

import java.util.Objects;
import java.util.Optional;

/**
 * A record's value for one declared finding: the value itself ({@code reflected}, {@code true},
 * {@code commenced}) and, for a plan element, the inspector's optional note, printed as written.
 */
public record Finding(String value, Optional<String> note) {
  public Finding {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(note, "note");
  }

  public static Finding of(String value) {
    return new Finding(value, Optional.empty());
  }
}

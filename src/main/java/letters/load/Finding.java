package letters.load;

import java.util.Objects;
import java.util.Optional;

/**
 * A record's value for one declared finding: the value itself ({@code reflected}, {@code true},
 * {@code commenced}) and, for a plan element, the inspector's optional note, printed as written.
 * {@code noteLine} and {@code noteColumn} say where the note stands in the record's file (0 when
 * there is none, or it was not read from a file), so that a problem found in it later, such as a
 * character the house font lacks, can be blamed on its line.
 */
public record Finding(String value, Optional<String> note, int noteLine, int noteColumn) {
  public Finding {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(note, "note");
  }

  /** A finding whose note, if any, was not read from a file. */
  public Finding(String value, Optional<String> note) {
    this(value, note, 0, 0);
  }

  public static Finding of(String value) {
    return new Finding(value, Optional.empty());
  }
}

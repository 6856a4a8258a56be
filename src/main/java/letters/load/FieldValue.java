package letters.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value a record gives one of its declared fields, shaped as the declaration says, with the
 * position of every piece of text in the record's file (so that a problem found later, such as a
 * character the house font lacks, can be blamed on its line).
 */
public sealed interface FieldValue {
  /** Text, printed exactly as written. {@code line} and {@code column} are 0 for a default. */
  record Text(String text, int line, int column) implements FieldValue {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A group's fields that the record gives, in declaration order. */
  record Group(Map<String, FieldValue> fields) implements FieldValue {
    public Group {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /** A list's items, in order. */
  record Items(List<FieldValue> items) implements FieldValue {
    public Items {
      items = List.copyOf(items);
    }
  }
}

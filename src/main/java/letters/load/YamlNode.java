package letters.load;

import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where each node stood in its file, so that every
 * problem found later can be reported at its line and column.
 */
sealed interface YamlNode {
  int line();

  int column();

  /** What the node is, in the words an error message uses ("a map", "a list", "text"). */
  String describe();

  /** A mapping; keys keep their order and their own positions. */
  record Mapping(Map<String, YamlNode> entries, Map<String, int[]> keyPositions, int line, int column)
      implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(entries);
      keyPositions = java.util.Collections.unmodifiableMap(keyPositions);
    }

    int keyLine(String key) {
      return keyPositions.get(key)[0];
    }

    int keyColumn(String key) {
      return keyPositions.get(key)[1];
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A sequence. */
  record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar with the type YAML resolved for it. */
  record Scalar(String text, ScalarType type, int line, int column) implements YamlNode {
    @Override
    public String describe() {
      return switch (type) {
        case TEXT -> "text";
        case BOOLEAN -> "a true/false value";
        case NUMBER -> "a number";
        case NULL -> "nothing";
      };
    }
  }

  /** The scalar types YAML tells apart. */
  enum ScalarType {
    TEXT,
    BOOLEAN,
    NUMBER,
    NULL
  }
}

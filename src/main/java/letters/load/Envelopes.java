package letters.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import letters.load.YamlNode.Mapping;

/**
 * Reads a record's envelope as its campaign declares it: each field in its declared shape, required
 * ones present, unknown keys reported with the nearest declared one, and text defaults filled in.
 */
final class Envelopes {
  private Envelopes() {}

  /** The declared fields of {@code map} (a record, or a group within one), by key. */
  static Map<String, FieldValue> read(Fields fields, Mapping map, List<FieldDeclaration> declared, String where) {
    Map<String, FieldValue> values = new LinkedHashMap<>();
    for (FieldDeclaration declaration : declared) {
      YamlNode node = map.entries().get(declaration.id());
      if (node == null) {
        if (declaration.required()) {
          fields.missing(map, declaration.id(), "missing required key '" + declaration.id() + "' in " + where);
        }
        declaration.fallback().ifPresent(text -> values.put(declaration.id(), new FieldValue.Text(text, 0, 0)));
        continue;
      }
      value(fields, declaration, node, declaration.id()).ifPresent(value -> values.put(declaration.id(), value));
    }
    return values;
  }

  /** The value of one declared field; {@code key} is how messages name it. */
  private static Optional<FieldValue> value(Fields fields, FieldDeclaration declaration, YamlNode node, String key) {
    return switch (declaration.shape()) {
      case TEXT -> fields.text(node, key).map(text -> new FieldValue.Text(text, node.line(), node.column()));
      case GROUP -> fields.asMapping(node, "'" + key + "'").map(group -> {
        fields.allowOnly(group, declaration.properties().stream().map(FieldDeclaration::id).toList(), "'" + key + "'");
        return new FieldValue.Group(read(fields, group, declaration.properties(), "'" + key + "'"));
      });
      case LIST -> fields.sequence(node, key).map(list -> new FieldValue.Items(list.items().stream()
          .map(item -> value(fields, declaration.items().orElseThrow(), item, "each entry of '" + key + "'"))
          .flatMap(Optional::stream)
          .toList()));
    };
  }
}

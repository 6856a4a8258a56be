package letters.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import letters.load.YamlNode.Mapping;

/**
 * Reads the campaign file's {@code record} section: the record's name field and the fields of its
 * envelope, each declared with JSON Schema's words ({@code type}, {@code required}, {@code
 * default}, {@code description}, {@code examples}, and {@code properties} or {@code items}) plus a
 * readable {@code label}.
 */
final class RecordDeclarations {
  private static final List<String> KEYS = List.of("folder", "name", "fields");
  private static final java.util.regex.Pattern FOLDER = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final List<String> FIELD_KEYS =
      List.of("type", "label", "description", "required", "default", "examples", "properties", "items");

  private RecordDeclarations() {}

  static Optional<RecordDeclaration> read(Fields fields, Mapping campaign) {
    Optional<Mapping> section =
        fields.required(campaign, "record", "the campaign file").flatMap(n -> fields.asMapping(n, "'record'"));
    if (section.isEmpty()) {
      return Optional.empty();
    }
    Mapping map = section.get();
    fields.allowOnly(map, KEYS, "'record'");
    Optional<String> folder = folder(fields, map);
    Optional<String> name = fields.requiredText(map, "name", "'record'");
    List<FieldDeclaration> declared = fields.required(map, "fields", "'record'")
        .flatMap(n -> fields.asMapping(n, "'record.fields'"))
        .map(m -> group(fields, m, "record.fields", true))
        .orElse(List.of());
    if (folder.isEmpty() || name.isEmpty() || declared.isEmpty()) {
      return Optional.empty();
    }
    Optional<FieldDeclaration> named = declared.stream().filter(f -> f.id().equals(name.get())).findFirst();
    if (named.isEmpty() || named.get().shape() != FieldShape.TEXT || !named.get().required()) {
      fields.errorAtKey(map, "name", "'record.name' must be one of the record's required text fields, not '"
          + name.get() + "'; declared: " + String.join(", ", declared.stream().map(FieldDeclaration::id).toList()));
      return Optional.empty();
    }
    return Optional.of(new RecordDeclaration(folder.get(), name.get(), declared));
  }

  /** The records folder's name: a plain name, so that it stays beside the templates' folder. */
  private static Optional<String> folder(Fields fields, Mapping map) {
    if (!map.entries().containsKey("folder")) {
      return Optional.of(RecordDeclaration.FOLDER);
    }
    return fields.requiredText(map, "folder", "'record'").flatMap(folder -> {
      if (FOLDER.matcher(folder).matches()) {
        return Optional.of(folder);
      }
      fields.errorAtKey(map, "folder", "'record.folder' must be a folder's plain name (letters, digits, '-', '_', '.'), not '"
          + folder + "'");
      return Optional.empty();
    });
  }

  /**
   * The records folder {@code campaignFile} declares, read on its own (before the campaign is
   * loaded, to find a project): the default when the file or the key is missing or malformed,
   * which loading the campaign then reports.
   */
  static Optional<String> folderOf(Path campaignFile) {
    try {
      YamlNode root = YamlReader.readCampaign(campaignFile);
      if (root instanceof Mapping top && top.entries().get("record") instanceof Mapping record
          && record.entries().get("folder") instanceof YamlNode.Scalar folder
          && FOLDER.matcher(folder.text()).matches()) {
        return Optional.of(folder.text());
      }
      return Optional.of(RecordDeclaration.FOLDER);
    } catch (letters.diagnostic.DiagnosticException e) {
      // Reported, with its position, when the campaign itself is loaded.
      return Optional.empty();
    }
  }

  /** The fields of a group, each read; with {@code topLevel}, the tool's own keys are refused. */
  private static List<FieldDeclaration> group(Fields fields, Mapping map, String where, boolean topLevel) {
    List<FieldDeclaration> declared = new ArrayList<>();
    map.entries().forEach((id, node) -> {
      if (topLevel && RecordDeclaration.OWN_KEYS.contains(id)) {
        fields.errorAtKey(map, id, "'" + id + "' is a key every record has; declare the envelope's own fields here");
        return;
      }
      if (!Record.ID.matcher(id.replace('_', '-')).matches()) {
        fields.errorAtKey(map, id, "a field's key must be lower-case letters, digits and underscores, not '" + id + "'");
        return;
      }
      fields.asMapping(node, "field '" + where + "." + id + "'")
          .flatMap(m -> field(fields, id, m, where + "." + id))
          .ifPresent(declared::add);
    });
    return declared;
  }

  private static Optional<FieldDeclaration> field(Fields fields, String id, Mapping map, String where) {
    String what = "field '" + where + "'";
    fields.allowOnly(map, FIELD_KEYS, what);
    FieldShape shape = fields.optional(map, "type")
        .flatMap(n -> fields.oneOf(n, "type", FieldShape.words()))
        .map(FieldShape::fromWord)
        .orElse(FieldShape.TEXT);
    Optional<String> label = fields.requiredText(map, "label", what);
    Optional<String> description = fields.optionalText(map, "description");
    boolean required = fields.optional(map, "required").flatMap(n -> fields.bool(n, "required")).orElse(false);
    Optional<String> fallback = fields.optionalText(map, "default");
    if (fallback.isPresent() && (shape != FieldShape.TEXT || required)) {
      fields.errorAtKey(map, "default", "only an optional text field may have a default");
      return Optional.empty();
    }
    List<String> examples = new ArrayList<>();
    fields.optional(map, "examples").flatMap(n -> fields.sequence(n, "examples"))
        .ifPresent(list -> list.items().forEach(item -> fields.text(item, "examples").ifPresent(examples::add)));
    List<FieldDeclaration> properties = List.of();
    Optional<FieldDeclaration> items = Optional.empty();
    switch (shape) {
      case GROUP -> properties = fields.required(map, "properties", what)
          .flatMap(n -> fields.asMapping(n, "'properties'"))
          .map(m -> group(fields, m, where, false))
          .orElse(List.of());
      case LIST -> {
        items = fields.required(map, "items", what)
            .flatMap(n -> fields.asMapping(n, "'items'"))
            .flatMap(m -> field(fields, "items", withLabel(m, label), where + "[]"));
        if (items.isEmpty()) {
          return Optional.empty();
        }
      }
      case TEXT -> refuse(fields, map, what, "properties", "items");
    }
    if (shape == FieldShape.GROUP) {
      refuse(fields, map, what, "items");
    } else if (shape == FieldShape.LIST) {
      refuse(fields, map, what, "properties");
    }
    if (label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FieldDeclaration(
        id, label.get(), description, shape, required, fallback, examples, properties, items));
  }

  /** A list's items take its label unless they declare their own. */
  private static Mapping withLabel(Mapping items, Optional<String> label) {
    if (items.entries().containsKey("label") || label.isEmpty()) {
      return items;
    }
    var entries = new java.util.LinkedHashMap<>(items.entries());
    var positions = new java.util.LinkedHashMap<>(items.keyPositions());
    entries.put("label", new YamlNode.Scalar(label.get(), YamlNode.ScalarType.TEXT, items.line(), items.column()));
    positions.put("label", new int[] {items.line(), items.column()});
    return new Mapping(entries, positions, items.line(), items.column());
  }

  private static void refuse(Fields fields, Mapping map, String what, String... keys) {
    for (String key : keys) {
      if (map.entries().containsKey(key)) {
        fields.errorAtKey(map, key, "'" + key + "' does not belong to " + what + " of its type");
      }
    }
  }
}

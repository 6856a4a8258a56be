package letters.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a record's envelope as the campaign declares it, in JSON Schema's words: its key, a
 * readable label, what it is for, its shape, whether a record must give it, the text it takes when
 * left out, examples (which the editors' check and the benchmark put in made-up records), and, for
 * a group, its own fields, and for a list, the declaration of each item.
 */
public record FieldDeclaration(
    String id,
    String label,
    Optional<String> description,
    FieldShape shape,
    boolean required,
    Optional<String> fallback,
    List<String> examples,
    List<FieldDeclaration> properties,
    Optional<FieldDeclaration> items) {

  public FieldDeclaration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(fallback, "fallback");
    examples = List.copyOf(examples);
    properties = List.copyOf(properties);
    Objects.requireNonNull(items, "items");
    if (fallback.isPresent() && (shape != FieldShape.TEXT || required)) {
      throw new IllegalArgumentException(id + ": only an optional text field may have a default");
    }
    if (shape == FieldShape.LIST != items.isPresent()) {
      throw new IllegalArgumentException(id + ": a list, and only a list, declares its items");
    }
    if (shape != FieldShape.GROUP && !properties.isEmpty()) {
      throw new IllegalArgumentException(id + ": only a group declares fields");
    }
  }

  /** The field of this group declared as {@code id}. */
  public Optional<FieldDeclaration> property(String id) {
    return properties.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** An example text: the first declared, else one made from the label. */
  public String example() {
    return examples.isEmpty() ? "Example " + label : examples.getFirst();
  }

  /**
   * A made-up value of this field, as the editors' check and the benchmark put in records: with
   * {@code full}, every optional field given (and a list of {@code items} entries); without, only
   * what is required, and the defaults a record that leaves the rest out gets. Empty when the field
   * would be left out.
   */
  public Optional<FieldValue> example(boolean full, int items) {
    if (!full && !required) {
      return fallback.map(text -> new FieldValue.Text(text, 0, 0));
    }
    return Optional.of(switch (shape) {
      case TEXT -> new FieldValue.Text(example(), 0, 0);
      case GROUP -> {
        java.util.Map<String, FieldValue> fields = new java.util.LinkedHashMap<>();
        properties.forEach(p -> p.example(full, items).ifPresent(value -> fields.put(p.id(), value)));
        yield new FieldValue.Group(fields);
      }
      case LIST -> new FieldValue.Items(java.util.Collections.nCopies(full ? items : 0,
          this.items.orElseThrow().example(true, items).orElseThrow()));
    });
  }
}

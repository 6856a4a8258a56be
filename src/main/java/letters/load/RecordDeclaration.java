package letters.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a record holds besides its findings, outcome and sign-off, as the campaign's {@code record}
 * section declares it: the fields of its envelope (who the letter goes to, whom it is copied to,
 * how it is sent), which of them names the organisation the letter concerns, and the folder beside
 * the templates that holds the records. Letters, the overview and the bundle are listed by that
 * name, and no two records may share it.
 *
 * @param folder the records folder's name, in the same folder as the templates' folder
 * @param name the id of the field that names the organisation
 * @param fields the envelope's fields, in the order declared
 */
public record RecordDeclaration(String folder, String name, List<FieldDeclaration> fields) {
  /** The keys a record always has, whatever its campaign declares: they are the tool's own. */
  public static final List<String> OWN_KEYS = List.of("findings", "outcome", "sign_off");

  /** The records folder of a campaign that does not name its own. */
  public static final String FOLDER = "records";

  public RecordDeclaration {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(name, "name");
    fields = List.copyOf(fields);
    FieldDeclaration named = fields.stream().filter(f -> f.id().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the name field " + name + " is not declared"));
    if (named.shape() != FieldShape.TEXT || !named.required()) {
      throw new IllegalArgumentException("the name field " + name + " must be required text");
    }
  }

  /** The top-level field declared as {@code id}. */
  public Optional<FieldDeclaration> field(String id) {
    return fields.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The field that names the organisation. */
  public FieldDeclaration nameField() {
    return field(name).orElseThrow();
  }
}

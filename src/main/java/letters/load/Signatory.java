package letters.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Someone who may sign the campaign's letters, as the campaign declares them. */
public record Signatory(
    String id,
    String name,
    Optional<String> honours,
    List<String> titles,
    Optional<String> email,
    Path signature) {

  public Signatory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(honours, "honours");
    titles = List.copyOf(titles);
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(signature, "signature");
  }
}

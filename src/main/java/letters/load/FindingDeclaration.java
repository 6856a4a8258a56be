package letters.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding the campaign declares: its key in the records, a readable label, its kind, the
 * allowed values in order with their labels, and the value a record gets when it leaves the finding
 * out (none when the finding is required).
 */
public record FindingDeclaration(
    String id, String label, FindingKind kind, Map<String, String> values, Optional<String> fallback) {

  public FindingDeclaration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    Objects.requireNonNull(fallback, "fallback");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("finding " + id + " declares no values");
    }
    if (fallback.isPresent() && !values.containsKey(fallback.get())) {
      throw new IllegalArgumentException("default of " + id + " is not one of its values");
    }
  }

  public boolean isRequired() {
    return fallback.isEmpty();
  }

  /** The readable label of {@code value}, as declared. */
  public String labelOf(String value) {
    return values.getOrDefault(value, value);
  }
}

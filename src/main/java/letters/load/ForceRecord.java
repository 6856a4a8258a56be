package letters.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One force's assessment record, read from {@code forces/<id>.yaml} and checked against its
 * campaign: who the letter goes to, who it is copied to, what the inspectors found, and who signed
 * it off. Every declared finding is present; omitted optional ones hold their declared default.
 */
public record ForceRecord(
    String id,
    Path file,
    String force,
    ChiefConstable chiefConstable,
    String delivery,
    List<Copy> copiedTo,
    Map<String, Finding> findings,
    String outcome,
    Optional<SignOff> signOff) {

  /** What a force id (and so a record's file name) may look like. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public ForceRecord {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("force id must be lower-case letters, digits and hyphens: " + id);
    }
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(force, "force");
    Objects.requireNonNull(chiefConstable, "chiefConstable");
    Objects.requireNonNull(delivery, "delivery");
    copiedTo = List.copyOf(copiedTo);
    findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(signOff, "signOff");
  }

  public boolean isSignedOff() {
    return signOff.isPresent();
  }

  /** The chief constable the letter is addressed to; both parts may be absent. */
  public record ChiefConstable(Optional<String> name, Optional<String> honours) {
    public ChiefConstable {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(honours, "honours");
    }
  }

  /** Someone the letter is copied to: a role, and a name where the record gives one. */
  public record Copy(Optional<String> name, String role) {
    public Copy {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
    }
  }

  /** Who approved the letter for issue, and when. */
  public record SignOff(String by, LocalDate on) {
    public SignOff {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(on, "on");
    }
  }
}

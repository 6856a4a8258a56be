package letters.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One organisation's record, read from {@code <id>.yaml} in the records folder and checked against
 * its campaign: the envelope the campaign declares (who the letter goes to, whom it is copied to),
 * the organisation's name, what the inspectors found, the outcome, and who signed it off. Every
 * declared finding is present; omitted optional ones hold their declared default.
 */
public record Record(
    String id,
    Path file,
    String name,
    Map<String, FieldValue> envelope,
    Map<String, Finding> findings,
    String outcome,
    Optional<SignOff> signOff) {

  /** What a record's id (and so its file name) may look like. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Record {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a record id must be lower-case letters, digits and hyphens: " + id);
    }
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    envelope = Collections.unmodifiableMap(new LinkedHashMap<>(envelope));
    findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(signOff, "signOff");
  }

  public boolean isSignedOff() {
    return signOff.isPresent();
  }

  /** The same record with other findings, as the editors' tools try them. */
  public Record withFindings(Map<String, Finding> findings) {
    return new Record(id, file, name, envelope, findings, outcome, signOff);
  }

  /**
   * Every piece of text the record gives, envelope and notes, with the path of the field it is in
   * ({@code copied_to[1].role}, {@code findings.it_monitoring.note}), in the order of the file.
   */
  public List<Located> texts() {
    List<Located> texts = new ArrayList<>();
    envelope.forEach((key, value) -> collect(key, value, texts));
    findings.forEach((key, finding) -> finding.note().ifPresent(note -> texts.add(new Located(
        "findings." + key + ".note", new FieldValue.Text(note, finding.noteLine(), finding.noteColumn())))));
    return texts;
  }

  private static void collect(String path, FieldValue value, List<Located> texts) {
    switch (value) {
      case FieldValue.Text text -> texts.add(new Located(path, text));
      case FieldValue.Group group -> group.fields().forEach((key, inner) -> collect(path + "." + key, inner, texts));
      case FieldValue.Items list -> {
        for (int i = 0; i < list.items().size(); i++) {
          collect(path + "[" + i + "]", list.items().get(i), texts);
        }
      }
    }
  }

  /** A piece of a record's text and the path of the field that holds it. */
  public record Located(String field, FieldValue.Text text) {}

  /** Who approved the letter for issue, and when. */
  public record SignOff(String by, LocalDate on) {
    public SignOff {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(on, "on");
    }
  }
}

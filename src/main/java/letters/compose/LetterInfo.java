package letters.compose;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a letter besides its text: document metadata from the templates, the name
 * of the organisation and the outcome it concerns, its date, whether it is signed off, and the mark a draft carries across
 * every page (from the templates; none on a signed-off letter).
 */
public record LetterInfo(
    String id,
    String name,
    String outcome,
    String title,
    String author,
    String subject,
    String language,
    LocalDate date,
    boolean signedOff,
    Optional<String> draftMark) {

  public LetterInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(draftMark, "draftMark");
  }

  /**
   * The record's own text, written out: the layout digests it into each PDF's document ID, and the
   * generated one spins some forty method handles the first time a JVM asks for it, a tenth of a
   * preview's start. The same text, so the same IDs.
   */
  @Override
  public String toString() {
    return "LetterInfo[id=" + id + ", name=" + name + ", outcome=" + outcome + ", title=" + title
        + ", author=" + author + ", subject=" + subject + ", language=" + language + ", date=" + date
        + ", signedOff=" + signedOff + ", draftMark=" + draftMark + "]";
  }
}

package letters.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import letters.compose.Letter;
import letters.diagnostic.DiagnosticException;

/**
 * Lays letters out one after another in one tagged PDF/A-2a and PDF/UA-1 document for printing and
 * review: each letter exactly as it is sent (the same inputs give the same pages), as a part of
 * the document's structure in its own language, with a bookmark at its first page and page labels
 * that restart at 1 with it, as its printed page numbers do. Letters are composed and laid out one
 * at a time and their pages written as they are done, so a bundle of thousands is never held in
 * memory; what they share (fonts, wordmark, signature) is stored once.
 */
public final class Bundle {
  /** One letter of the bundle, composed when its turn comes. */
  @FunctionalInterface
  public interface Source {
    Letter letter() throws DiagnosticException;
  }

  private Bundle() {}

  /**
   * Writes the bundle of {@code letters}, in their order, titled {@code title}, to {@code out};
   * returns its page count.
   */
  public static int write(LetterLayout layout, List<Source> letters, String title, OutputStream out)
      throws IOException, DiagnosticException {
    if (letters.isEmpty()) {
      throw new IllegalArgumentException("a bundle needs at least one letter");
    }
    TaggedDocument document = new TaggedDocument(out);
    MessageDigest content = sha256();
    String language = null;
    LocalDate date = null;
    for (Source source : letters) {
      Letter letter = source.letter();
      document.startPart(letter.info().name());
      StructElement part = document.element("Part", document.root())
          .title(letter.info().name()).language(letter.info().language());
      layout.draw(document, part, letter);
      document.seal(part);
      content.update((letter.text() + letter.info()).getBytes(StandardCharsets.UTF_8));
      language = language == null ? letter.info().language() : language;
      date = date == null || letter.info().date().isAfter(date) ? letter.info().date() : date;
    }
    content.update(title.getBytes(StandardCharsets.UTF_8));
    document.close(new Metadata(title, "", "", language, date), Arrays.copyOf(content.digest(), 16));
    return document.pageCount();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

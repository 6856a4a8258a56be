package letters.layout;

import java.util.Optional;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.load.Record;

/**
 * What the house font can draw, asked of a record before its letter is composed: a name or note in
 * a script the font lacks (Arabic, Chinese, an emoji) is refused at the line of the field that holds
 * it, naming the field and the character, rather than found later somewhere in a paragraph. The
 * typesetter still refuses any character it cannot draw, whatever wrote it.
 */
public final class HouseFont {
  private HouseFont() {}

  /**
   * Refuses a record holding a character that some face of the house font lacks, with an error at
   * the line of the first field that holds one.
   */
  public static void check(Record record) throws DiagnosticException {
    Optional<Diagnostic> refused = refusal(record);
    if (refused.isPresent()) {
      throw new DiagnosticException(refused.get());
    }
  }

  /** The error for the first character of the record's own text the house font lacks, if any. */
  static Optional<Diagnostic> refusal(Record record) {
    for (Record.Located located : record.texts()) {
      String text = located.text().text();
      for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
        int c = text.codePointAt(i);
        if (!draws(c)) {
          return Optional.of(Diagnostic.error(record.file(), located.text().line(), located.text().column(),
              missing(c, word(text, i)) + " in '" + located.field() + "'" + CANNOT_PRINT));
        }
      }
    }
    return Optional.empty();
  }

  /** Every face, asked of each character of every record (not a fresh copy each time, as values() is). */
  private static final Face[] FACES = Face.values();

  private static final String CANNOT_PRINT = " cannot be printed; use characters the font has";

  /** Whether every face draws {@code c}: a name set in bold must not lose what the regular face has. */
  public static boolean draws(int c) {
    for (Face face : FACES) {
      if (face.program().glyph(c) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The error for a character no face draws, in the word {@code word} of text a template wrote. */
  static String refusal(int c, String word) {
    return missing(c, word) + CANNOT_PRINT;
  }

  /** "the house font (Liberation Sans) has no U+0639 ARABIC LETTER AIN 'ع', so "عبد"". */
  private static String missing(int c, String word) {
    String name = Character.getName(c);
    return String.format("the house font (%s) has no U+%04X%s '%s', so \"%s\"", Face.FAMILY, c,
        name == null ? "" : " " + name, Character.toString(c), word);
  }

  /** The word of {@code text} around the character at {@code at}: what a reader looks for. */
  private static String word(String text, int at) {
    int start = at;
    while (start > 0 && !Character.isWhitespace(text.codePointBefore(start))) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    int end = at;
    while (end < text.length() && !Character.isWhitespace(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    return text.substring(start, end);
  }
}

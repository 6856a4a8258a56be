package letters.overview;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The overview as a CSV file (RFC 4180): a header row and a row per record, comma-separated, CRLF
 * line ends, fields quoted where they hold a comma, quote or line break. It is UTF-8 with a byte
 * order mark, without which spreadsheet programs read it in the machine's legacy encoding and
 * garble curly apostrophes and accented names.
 *
 * <p>A cell that a spreadsheet would take for a formula (one beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, after any spaces; OWASP's guidance on CSV
 * injection) begins with an apostrophe instead, so that a record named {@code =HYPERLINK(…)} is
 * shown as the text it is and never run.
 */
public final class OverviewCsv {
  // Characters with which spreadsheets begin a formula, and their full-width forms, which some read
  // as the same.
  private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private OverviewCsv() {}

  public static byte[] of(Overview overview) {
    StringBuilder csv = new StringBuilder(256 * (overview.rows().size() + 1));
    line(csv, overview.headings());
    overview.rows().forEach(row -> line(csv, row.cells()));
    byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, bytes, 0, BOM.length);
    System.arraycopy(text, 0, bytes, BOM.length, text.length);
    return bytes;
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  static String field(String value) {
    value = inert(value);
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** {@code value}, with an apostrophe before it when a spreadsheet would run it as a formula. */
  static String inert(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    if (first != '\t' && first != '\r') {
      String start = value.stripLeading();
      first = start.isEmpty() ? ' ' : start.charAt(0);
    }
    return FORMULA_START.indexOf(first) >= 0 ? "'" + value : value;
  }
}

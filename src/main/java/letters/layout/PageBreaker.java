package letters.layout;

import java.util.ArrayList;
import java.util.List;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;

/**
 * Breaks a column of rows (lines of text, figures) into pages. Each row says whether a page may
 * break before it; the layout that makes the rows says where not to (inside a paragraph's first or
 * last two lines, after a heading or a line introducing a quotation, inside the close), and this
 * fills each page as far as it can and breaks at the last place allowed. Space between blocks is
 * dropped at the top of a page. A column that runs past {@link #MOST_PAGES} pages is refused:
 * templates can loop.
 */
final class PageBreaker {
  /** More pages than any letter or overview could want: past it, something has run away. */
  static final int MOST_PAGES = 50;

  /** One row of a column. */
  interface Row {
    float height();

    /** Space above the row, kept unless the row starts a page. */
    float spaceBefore();

    /** Whether a page may break before this row. */
    boolean breakBefore();
  }

  private PageBreaker() {}

  /**
   * The index of each page's first row, when the first page has {@code first} points of height for
   * rows and every other page {@code others}.
   */
  static List<Integer> pages(List<? extends Row> rows, float first, float others, String what)
      throws DiagnosticException {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    float room = first;
    float used = 0;
    int start = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      float need = (i == start ? 0 : row.spaceBefore()) + row.height();
      if (used + need <= room + 0.01f || i == start) {
        used += need;
        continue;
      }
      int at = i;
      while (at > start && !rows.get(at).breakBefore()) {
        at--;
      }
      // Nowhere allowed on this page (one block taller than a page): break where it overflows.
      start = at > start ? at : i;
      starts.add(start);
      if (starts.size() > MOST_PAGES) {
        throw new DiagnosticException(Diagnostic.error(null,
            what + " runs past " + MOST_PAGES + " pages; it is laid out no further (is a template repeating itself?)"));
      }
      room = others;
      used = 0;
      i = start - 1;
    }
    return starts;
  }
}

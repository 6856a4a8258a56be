package letters.layout;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import letters.diagnostic.DiagnosticException;
import letters.overview.Overview;

/**
 * Draws the national overview on landscape A4 in the house style, tagged like the letters (PDF/A-2a
 * and PDF/UA-1): the title as the heading, a table of records by findings (each record's name heading
 * its row, the column headings repeated at the top of every page as page furniture), then the
 * number of letters per outcome, a line and a bar for each, kept together. Bars, stripes and
 * the headings' band are artifacts: the numbers are in the lines beside them.
 */
public final class OverviewLayout {
  private static final float SIZE = 8.5f;
  private static final float LEADING = 10.5f;
  private static final float MARGIN = 36f;
  private static final float FOOT = 48f;
  /** A cell's padding: beside its text, and above and below it. */
  private static final float PADDING = 4f;
  private static final float PADDING_ABOVE = 3f;
  private static final float PADDING_BELOW = 3f;
  /** Past this a column's text wraps rather than crowd the others. */
  private static final float WIDEST_COLUMN = 180f;
  private static final Color STRIPE = new Color(0xEE, 0xF2, 0xF6);

  private final HouseStyle style;
  private final float width;
  private final float height;

  private OverviewLayout(HouseStyle style) {
    this.style = style;
    // A4 turned on its side in its media box itself, not by a /Rotate a viewer may not honour.
    this.width = style.pageHeight();
    this.height = style.pageWidth();
  }

  public static OverviewLayout of(HouseStyle style) {
    return new OverviewLayout(style);
  }

  /** The overview as a PDF in {@code language}, dated {@code date}. */
  public Pdf render(Overview overview, String language, LocalDate date) throws DiagnosticException {
    try {
      TaggedDocument document = new TaggedDocument(null);
      new Drawing(document, overview).draw();
      document.close(new Metadata(overview.title(), "", "", language, date),
          LetterLayout.documentId(overview.toString()));
      return new Pdf(document.bytes(), document.pageCount());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the overview to memory", e);
    }
  }

  /** One cell set: its lines and the look they are drawn in. */
  private record Cell(List<Line> lines, Look look) {}

  /** The drawing of one overview, page by page. */
  private final class Drawing {
    private final TaggedDocument document;
    private final Overview overview;
    private final float[] columns;
    private Page page;
    private float y;

    Drawing(TaggedDocument document, Overview overview) throws DiagnosticException {
      this.document = document;
      this.overview = overview;
      this.columns = widths(overview);
    }

    void draw() throws DiagnosticException, IOException {
      newPage();
      Look title = new Look(14f, 18f, true, false, style.navy());
      Line heading = set(overview.title(), title, width - 2 * MARGIN).getFirst();
      page.begin(document.element("H1", document.root())).colour(title.colour())
          .text(heading, MARGIN, title.baseline(y, heading.size())).end();
      y -= title.leading() + 12f;
      table();
      chart();
      finishPage();
    }

    private void newPage() {
      page = document.newPage(width, height);
      y = height - MARGIN;
    }

    private void finishPage() throws DiagnosticException, IOException {
      Line number = set(String.valueOf(document.pageCount() + 1), new Look(9f, 11f, false, false, style.grey()),
          width).getFirst();
      page.beginArtifact("Pagination", "Footer").colour(style.grey())
          .text(number, (width - number.width()) / 2, FOOT - 22f).end();
      document.finish(page);
    }

    private void table() throws DiagnosticException, IOException {
      StructElement table = document.element("Table", document.root());
      Look header = new Look(SIZE, LEADING, true, false, Color.WHITE);
      List<Cell> headings = new ArrayList<>();
      for (int i = 0; i < overview.headings().size(); i++) {
        headings.add(new Cell(set(overview.headings().get(i), header, i), header));
      }
      StructElement head = document.element("THead", table);
      row(headings, document.element("TR", head), true, style.navy());
      StructElement body = document.element("TBody", table);
      for (int r = 0; r < overview.rows().size(); r++) {
        List<Cell> cells = new ArrayList<>();
        List<String> texts = overview.rows().get(r).cells();
        for (int i = 0; i < texts.size(); i++) {
          Look look = new Look(SIZE, LEADING, i == 0, false, Color.BLACK);
          cells.add(new Cell(set(texts.get(i), look, i), look));
        }
        if (y - rowHeight(cells) < FOOT) {
          finishPage();
          newPage();
          // The headings again, as page furniture: a reader has met them already.
          row(headings, null, true, style.navy());
        }
        row(cells, document.element("TR", body), false, r % 2 == 1 ? STRIPE : null);
      }
    }

    /**
     * Draws one row of cells, each tagged as a cell of {@code tr}: in the headings' row every cell
     * a column header, in a record's row the first (its name) a row header and the rest data. A
     * row whose {@code tr} is null is drawn as an artifact (the headings repeated on a new page).
     */
    private void row(List<Cell> cells, StructElement tr, boolean headings, Color background) throws IOException {
      float rowHeight = rowHeight(cells);
      if (background != null) {
        page.beginArtifact("Layout", null).colour(background)
            .rectangle(MARGIN, y - rowHeight, width - 2 * MARGIN, rowHeight).end();
      }
      if (tr == null) {
        page.beginArtifact("Pagination", "Header");
      }
      float x = MARGIN;
      for (int i = 0; i < cells.size(); i++) {
        Cell cell = cells.get(i);
        if (tr != null) {
          boolean header = headings || i == 0;
          StructElement element = document.element(header ? "TH" : "TD", tr);
          if (header) {
            element.scope(headings ? "Column" : "Row");
          }
          page.begin(element);
        }
        page.colour(cell.look().colour());
        float top = y - PADDING_ABOVE;
        for (Line line : cell.lines()) {
          page.text(line, x + PADDING, cell.look().baseline(top, line.size()));
          top -= cell.look().leading();
        }
        if (tr != null) {
          page.end();
        }
        x += columns[i];
      }
      if (tr == null) {
        page.end();
      }
      y -= rowHeight;
    }

    private float rowHeight(List<Cell> cells) {
      int lines = cells.stream().mapToInt(cell -> cell.lines().size()).max().orElse(1);
      return PADDING_ABOVE + lines * LEADING + PADDING_BELOW;
    }

    /** The count of letters per outcome: each outcome's line, and a bar as long as the number. */
    private void chart() throws DiagnosticException, IOException {
      Look heading = new Look(11f, 14f, true, false, style.navy());
      Look label = new Look(9.5f, 12f, false, false, Color.BLACK);
      float chartWidth = (width - 2 * MARGIN) * 0.7f;
      float labelWidth = chartWidth / 3;
      float rowHeight = 16f + 2 * PADDING;
      float needed = heading.leading() + 8f + overview.byOutcome().size() * rowHeight;
      y -= 18f;
      if (y - needed < FOOT) {
        finishPage();
        newPage();
      }
      Line title = set(overview.byOutcomeHeading(), heading, labelWidth * 3).getFirst();
      page.begin(document.element("H2", document.root())).colour(heading.colour())
          .text(title, MARGIN + PADDING, heading.baseline(y, title.size())).end();
      y -= heading.leading() + 8f;
      int most = overview.byOutcome().stream().mapToInt(Overview.Count::letters).max().orElse(0);
      for (Overview.Count count : overview.byOutcome()) {
        float middle = y - rowHeight / 2;
        Line line = set(count.line(), label, labelWidth - 2 * PADDING).getFirst();
        FontProgram font = Face.REGULAR.program();
        float baseline = middle - font.capHeight * label.size() / 1000f / 2;
        page.begin(document.element("P", document.root())).colour(label.colour())
            .text(line, MARGIN + PADDING, baseline).end();
        if (count.letters() > 0) {
          float length = (chartWidth - labelWidth) * count.letters() / most;
          page.beginArtifact("Layout", null).colour(style.teal())
              .rectangle(MARGIN + labelWidth, middle - 5f, length, 10f).end();
        }
        y -= rowHeight;
      }
    }

    /** {@code text} set ragged to fit column {@code column}. */
    private List<Line> set(String text, Look look, int column) throws DiagnosticException {
      return set(text, look, columns[column] - 2 * PADDING);
    }

    /** {@code text} set ragged {@code measure} wide. */
    private List<Line> set(String text, Look look, float measure) throws DiagnosticException {
      return Typesetter.lines(List.of(new Typesetter.Run(text, Face.of(look.bold(), look.italic()), look.size())),
          measure, Typesetter.Alignment.RAGGED);
    }
  }

  /**
   * Each column as wide as its longest value, or its heading's longest word, whichever is wider
   * (within reason), so that names and values keep to one line where the page allows and headings
   * break only between words; then all widened in proportion to fill the page's width.
   */
  private float[] widths(Overview overview) throws DiagnosticException {
    List<String> headings = overview.headings();
    float[] widths = new float[headings.size()];
    float total = 0;
    for (int i = 0; i < widths.length; i++) {
      float widest = 0f;
      for (String word : headings.get(i).split("\\s+")) {
        widest = Math.max(widest, Typesetter.width(word, Face.BOLD, SIZE));
      }
      for (Overview.Row row : overview.rows()) {
        widest = Math.max(widest, Typesetter.width(row.cells().get(i), i == 0 ? Face.BOLD : Face.REGULAR, SIZE));
      }
      widths[i] = Math.min(widest, WIDEST_COLUMN) + 2 * PADDING + 1f;
      total += widths[i];
    }
    float scale = (width - 2 * MARGIN) / total;
    for (int i = 0; i < widths.length; i++) {
      widths[i] *= scale;
    }
    return widths;
  }
}

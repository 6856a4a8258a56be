package letters.layout;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import letters.overview.Overview;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the national overview on landscape A4 in the house style: the title, a table of forces by
 * findings whose header row repeats on every page, then the number of forces per outcome with a
 * bar for each, drawn in the PDF.
 */
public final class OverviewLayout {
  private static final float SIZE = 8.5f;
  private static final float MARGIN = 36f;
  private static final float PADDING = 4f;
  /** Past this a column's text wraps rather than crowd the others. */
  private static final float WIDEST_COLUMN = 180f;
  /** A4 turned on its side in its media box itself, not by a /Rotate a viewer may not honour. */
  private static final Rectangle LANDSCAPE_A4 = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

  private static final Color STRIPE = new Color(0xEE, 0xF2, 0xF6);

  private final HouseStyle style;

  private OverviewLayout(HouseStyle style) {
    this.style = style;
  }

  public static OverviewLayout of(HouseStyle style) {
    return new OverviewLayout(style);
  }

  public Pdf render(Overview overview) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document document = new Document(LANDSCAPE_A4, MARGIN, MARGIN, MARGIN, MARGIN + 12f);
    PageCount pages = new PageCount();
    try {
      PdfWriter writer = HouseWriter.open(document, out);
      writer.setPageEvent(pages);
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
      document.addTitle(overview.title());
      document.addCreator("letters");
      document.open();
      Paragraph title = new Paragraph(overview.title(), Fonts.font(14f, true, false, style.navy()));
      title.setSpacingAfter(12f);
      document.add(title);
      document.add(table(overview));
      document.add(chart(overview));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot lay out the overview: " + e.getMessage(), e);
    }
    return new Pdf(out.toByteArray(), pages.count);
  }

  private PdfPTable table(Overview overview) throws DocumentException {
    List<String> headings = overview.headings();
    PdfPTable table = new PdfPTable(widths(overview));
    table.setWidthPercentage(100f);
    table.setHeaderRows(1);
    for (String heading : headings) {
      PdfPCell cell = cell(heading, Fonts.font(SIZE, true, false, Color.WHITE));
      cell.setBackgroundColor(style.navy());
      table.addCell(cell);
    }
    int line = 0;
    for (Overview.Row row : overview.rows()) {
      for (int i = 0; i < row.cells().size(); i++) {
        PdfPCell cell = cell(row.cells().get(i), Fonts.font(SIZE, i == 0, false, Color.BLACK));
        if (line % 2 == 1) {
          cell.setBackgroundColor(STRIPE);
        }
        table.addCell(cell);
      }
      line++;
    }
    return table;
  }

  /**
   * Each column as wide as its longest value, or its heading's longest word, whichever is wider
   * (within reason), so that names and values keep to one line where the page allows and headings
   * break only between words. The table then shares out the page's width in these proportions.
   */
  private static float[] widths(Overview overview) {
    List<String> headings = overview.headings();
    float[] widths = new float[headings.size()];
    for (int i = 0; i < widths.length; i++) {
      float widest = 0f;
      for (String word : headings.get(i).split("\\s+")) {
        widest = Math.max(widest, Fonts.of(true, false).getWidthPoint(word, SIZE));
      }
      for (Overview.Row row : overview.rows()) {
        widest = Math.max(widest, Fonts.of(i == 0, false).getWidthPoint(row.cells().get(i), SIZE));
      }
      widths[i] = Math.min(widest, WIDEST_COLUMN) + 2 * PADDING + 1f;
    }
    return widths;
  }

  /** The count of forces per outcome: the template's line for each, and a bar as long as the number. */
  private PdfPTable chart(Overview overview) throws DocumentException {
    int most = overview.byOutcome().stream().mapToInt(Overview.Count::forces).max().orElse(0);
    PdfPTable chart = new PdfPTable(new float[] {1f, 2f});
    chart.setWidthPercentage(70f);
    chart.setHorizontalAlignment(Element.ALIGN_LEFT);
    chart.setSpacingBefore(18f);
    chart.setKeepTogether(true);
    PdfPCell heading = cell(overview.byOutcomeHeading(), Fonts.font(11f, true, false, style.navy()));
    heading.setColspan(2);
    heading.setPaddingBottom(8f);
    chart.addCell(heading);
    for (Overview.Count outcome : overview.byOutcome()) {
      chart.addCell(cell(outcome.line(), Fonts.font(9.5f, false, false, Color.BLACK)));
      // No phrase: a space would bring in a font of its own, unembedded.
      PdfPCell bar = new PdfPCell();
      bar.setBorder(Rectangle.NO_BORDER);
      bar.setFixedHeight(16f);
      bar.setCellEvent(new Bar(most == 0 ? 0f : outcome.forces() / (float) most, style.teal()));
      chart.addCell(bar);
    }
    return chart;
  }

  private static PdfPCell cell(String text, org.openpdf.text.Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(PADDING);
    cell.setPaddingBottom(5f);
    return cell;
  }

  /** Fills the given share of its cell's width, from the left, in the bar colour. */
  private record Bar(float share, Color colour) implements PdfPCellEvent {
    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
      if (share <= 0f) {
        return;
      }
      PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
      canvas.saveState();
      canvas.setColorFill(colour);
      canvas.rectangle(position.getLeft(), position.getBottom() + 3f, position.getWidth() * share, position.getHeight() - 6f);
      canvas.fill();
      canvas.restoreState();
    }
  }

  /** Counts pages and numbers each one at the foot, centred. */
  private final class PageCount extends PdfPageEventHelper {
    private int count;

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      count = writer.getPageNumber();
      Phrase number = new Phrase(String.valueOf(count), Fonts.font(9f, false, false, style.grey()));
      float x = (document.left() + document.right()) / 2;
      ColumnText.showTextAligned(
          writer.getDirectContent(), Element.ALIGN_CENTER, number, x, document.bottom() - 22f, 0);
    }
  }
}

package letters.layout;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import letters.compose.Block;
import letters.compose.BlockKind;
import letters.compose.Letter;
import letters.compose.Span;
import letters.diagnostic.DiagnosticException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays a {@link Letter} out on A4 pages in the {@link HouseStyle}: the letterhead across the top of
 * page 1, the letter's blocks below it, the close kept together on one page, page numbers from page
 * 2. One layout serves any number of letters and threads.
 */
public final class LetterLayout {
  private final HouseStyle style;
  private final Images images = new Images();

  private LetterLayout(HouseStyle style) {
    this.style = style;
  }

  public static LetterLayout of(HouseStyle style) {
    Thread.ofPlatform().daemon().name("fonts").start(Fonts::load);
    return new LetterLayout(style);
  }

  /** The letter as a PDF, or the problem with one of its images. */
  public Pdf render(Letter letter) throws DiagnosticException {
    Image wordmark = images.load(letter.wordmark(), "Inspectorate wordmark");
    Image signature =
        letter.signature().isPresent()
            ? images.load(letter.signature().get(), "Signature of the signatory")
            : null;
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document document =
        new Document(PageSize.A4, style.marginLeft(), style.marginRight(), style.marginTop(), style.marginBottom());
    PageNumbers pages = new PageNumbers();
    try {
      PdfWriter writer = SharedFontWriter.open(document, out);
      writer.setPageEvent(pages);
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
      describe(document, letter);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(letter.info().language()));
      document.open();
      ColumnText column = new ColumnText(writer.getDirectContent());
      column.addElement(letterhead(letter, wordmark));
      addBody(column, letter, signature);
      flow(document, column);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot lay out " + letter.id() + ": " + e.getMessage(), e);
    }
    return new Pdf(out.toByteArray(), pages.count);
  }

  private static void describe(Document document, Letter letter) {
    document.addTitle(letter.info().title());
    document.addAuthor(letter.info().author());
    document.addSubject(letter.info().subject());
    document.addCreator("letters");
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    date.clear();
    date.set(letter.info().date().getYear(), letter.info().date().getMonthValue() - 1, letter.info().date().getDayOfMonth());
    document.addCreationDate(new PdfDate(date));
    document.addModificationDate(new PdfDate(date));
  }

  /** Page 1's head: wordmark and strapline on the left, address and sender on the right. */
  private PdfPTable letterhead(Letter letter, Image wordmark) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {55f, 45f});
    table.setWidthPercentage(100f);
    table.setSpacingAfter(28f);
    wordmark.scaleToFit(style.wordmarkWidth(), style.wordmarkWidth());
    PdfPCell left = cell();
    left.addElement(wordmark);
    for (Block block : letter.blocks(BlockKind.STRAPLINE)) {
      Paragraph strapline = paragraph(block, new Look(style.letterheadSize(), false, true, style.teal()), 11f);
      strapline.setSpacingBefore(6f);
      left.addElement(strapline);
    }
    PdfPCell right = cell();
    right.setPaddingLeft(24f);
    for (Block block : letter.blocks(BlockKind.ADDRESS)) {
      right.addElement(paragraph(block, new Look(style.letterheadSize(), false, false, style.grey()), 11f));
    }
    for (Block block : letter.blocks(BlockKind.SENDER)) {
      Look titles = new Look(style.letterheadSize(), false, false, style.navy());
      Paragraph sender = paragraph(block, titles.bolder(0.5f), titles, 11f);
      sender.setSpacingBefore(10f);
      right.addElement(sender);
    }
    table.addCell(left);
    table.addCell(right);
    return table;
  }

  /**
   * Pours the column onto as many pages as it needs. Everything goes through one column, so the
   * content stream holds the letter in reading order: letterhead, body, close, then page number.
   */
  private static void flow(Document document, ColumnText column) throws DocumentException {
    while (true) {
      column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
      if (!ColumnText.hasMoreText(column.go())) {
        return;
      }
      document.newPage();
    }
  }

  private void addBody(ColumnText document, Letter letter, Image signature) {
    PdfPCell close = null;
    for (Block block : letter.blocks()) {
      if (block.kind().isLetterhead()) {
        continue;
      }
      switch (block.kind()) {
        case CLOSING, SIGNATURE, SIGNATORY -> {
          if (close == null) {
            close = cell();
          }
          addToClose(close, block, signature);
        }
        default -> document.addElement(bodyBlock(block));
      }
    }
    if (close != null) {
      // One row that may not split: if the close does not fit, it moves whole to the next page.
      PdfPTable together = new PdfPTable(1);
      together.setWidthPercentage(100f);
      together.setSplitRows(false);
      together.setSpacingBefore(4f);
      together.addCell(close);
      document.addElement(together);
    }
  }

  /** "Yours sincerely", the signature and the signatory go in one cell that never splits. */
  private void addToClose(PdfPCell close, Block block, Image signature) {
    switch (block.kind()) {
      case SIGNATURE -> {
        if (signature != null) {
          signature.scaleToFit(style.signatureHeight() * 5, style.signatureHeight());
          signature.setSpacingBefore(6f);
          close.addElement(signature);
        } else {
          Paragraph space = new Paragraph(style.signatureHeight() + 6f, "\u00A0", font(style.bodySize(), false, false, java.awt.Color.BLACK));
          close.addElement(space);
        }
      }
      case SIGNATORY -> {
        Paragraph name = paragraph(block, body(true, false), body(false, false), style.bodyLeading());
        name.setSpacingBefore(4f);
        close.addElement(name);
      }
      default -> close.addElement(paragraph(block, body(false, false), style.bodyLeading()));
    }
  }

  private Paragraph bodyBlock(Block block) {
    Paragraph paragraph = paragraph(block, body(block.kind() == BlockKind.SUBJECT, false), style.bodyLeading());
    paragraph.setSpacingAfter(style.paragraphSpacing());
    switch (block.kind()) {
      case PARAGRAPH -> paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
      case QUOTE -> {
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setIndentationLeft(style.quoteIndent());
        paragraph.setIndentationRight(style.quoteIndent());
      }
      case RECIPIENT, COPIED_TO, DATE, SALUTATION -> paragraph.setSpacingAfter(style.paragraphSpacing() + 4f);
      case SUBJECT -> paragraph.setSpacingAfter(style.paragraphSpacing() + 2f);
      default -> {}
    }
    return paragraph;
  }

  /** A paragraph of the block's spans; a span's own bold or italic adds to {@code look}. */
  private static Paragraph paragraph(Block block, Look look, float leading) {
    return paragraph(block, look, look, leading);
  }

  /** A paragraph whose first line looks like {@code head} and the others like {@code look}. */
  private static Paragraph paragraph(Block block, Look head, Look look, float leading) {
    Paragraph paragraph = new Paragraph(leading);
    // OpenPDF sets a paragraph's spacing in the paragraph's own font: make it the house font.
    paragraph.setFont(font(look.size(), false, false, look.colour()));
    Look current = head;
    for (Span span : block.spans()) {
      if (span.isLineBreak()) {
        paragraph.add(new Chunk("\n", font(current.size(), false, false, current.colour())));
        current = look;
      } else {
        Font font = font(current.size(), current.bold() || span.bold(), current.italic() || span.italic(), current.colour());
        paragraph.add(new Chunk(span.text(), font));
      }
    }
    return paragraph;
  }

  private Look body(boolean bold, boolean italic) {
    return new Look(style.bodySize(), bold, italic, java.awt.Color.BLACK);
  }

  private static Font font(float size, boolean bold, boolean italic, java.awt.Color colour) {
    return Fonts.font(size, bold, italic, colour);
  }

  /** How a block's text looks before its spans add their own bold or italic. */
  private record Look(float size, boolean bold, boolean italic, java.awt.Color colour) {
    Look bolder(float larger) {
      return new Look(size + larger, true, italic, colour);
    }
  }

  private static PdfPCell cell() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    return cell;
  }

  /** Counts pages and numbers every page after the first at the foot, centred. */
  private final class PageNumbers extends PdfPageEventHelper {
    private int count;

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      count = writer.getPageNumber();
      if (count > 1) {
        Phrase number = new Phrase(String.valueOf(count), font(9f, false, false, style.grey()));
        float x = (document.left() + document.right()) / 2;
        ColumnText.showTextAligned(
            writer.getDirectContent(), Element.ALIGN_CENTER, number, x, document.bottom() - 28f, 0);
      }
    }
  }
}

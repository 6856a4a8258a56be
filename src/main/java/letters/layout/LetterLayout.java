package letters.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
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
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays a {@link Letter} out on A4 pages in the {@link HouseStyle}: the letterhead across the top of
 * page 1, the letter's blocks below it, the close kept together on one page, page numbers from page
 * 2. One layout serves any number of letters and threads.
 */
public final class LetterLayout {
  /** Light enough to read the letter through, and opaque: archival PDFs allow no transparency. */
  private static final PdfName ARTIFACT = new PdfName("Artifact");

  private static final java.awt.Color DRAFT_GREY = new java.awt.Color(0xE4, 0xE4, 0xE4);

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
    Image wordmark = images.load(letter.wordmark().image(), letter.wordmark().alt());
    Image signature =
        letter.signature().isPresent()
            ? images.load(letter.signature().get().image(), letter.signature().get().alt())
            : null;
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document document =
        new Document(PageSize.A4, style.marginLeft(), style.marginRight(), style.marginTop(), style.marginBottom());
    PageMarks pages = new PageMarks(letter.info().draftMark());
    try {
      HouseWriter writer = HouseWriter.open(document, out);
      Archival.prepare(writer, letter.info().language());
      writer.setPageEvent(pages);
      describe(document, letter);
      writer.setDocumentId(letter.text() + letter.info());
      document.open();
      // OpenPDF stamps the creation date with the clock; a letter's dates are its own.
      writer.getInfo().put(PdfName.CREATIONDATE, writer.getInfo().get(PdfName.MODDATE));
      Archival.addOutputIntent(writer);
      Tags tags = new Tags(writer);
      ColumnText column = new ColumnText(writer.getDirectContent());
      column.setSimpleColumn(document.left(), document.bottom(), document.right(), letterhead(writer, document, letter, wordmark, tags));
      addBody(document, column, letter, signature, tags);
      Archival.writeMetadata(writer);
      document.close();
    } catch (DocumentException | IOException e) {
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

  /**
   * Page 1's head: the wordmark with the strapline below it on the left, the address and sender on
   * the right. Each part is placed in its own column and tagged on its own; returns the height at
   * which the letter's body starts.
   */
  private float letterhead(PdfWriter writer, Document document, Letter letter, Image wordmark, Tags tags)
      throws DocumentException {
    float left = document.left();
    float split = left + (document.right() - left) * 0.55f;
    float top = document.top();
    wordmark.scaleToFit(style.wordmarkWidth(), style.wordmarkWidth());
    float wordmarkBottom = top - wordmark.getScaledHeight();
    tags.figure(writer.getDirectContent(), wordmark, left, wordmarkBottom);

    ColumnText strapline = new ColumnText(writer.getDirectContent());
    strapline.setSimpleColumn(left, document.bottom(), split, wordmarkBottom - 6f);
    for (Block block : letter.blocks(BlockKind.STRAPLINE)) {
      tags.paragraph(strapline, paragraph(block, new Look(style.letterheadSize(), false, true, style.teal()), 11f));
    }
    ColumnText address = new ColumnText(writer.getDirectContent());
    address.setSimpleColumn(split + 24f, document.bottom(), document.right(), top);
    for (Block block : letter.blocks(BlockKind.ADDRESS)) {
      tags.paragraph(address, paragraph(block, new Look(style.letterheadSize(), false, false, style.grey()), 11f));
    }
    for (Block block : letter.blocks(BlockKind.SENDER)) {
      Look titles = new Look(style.letterheadSize(), false, false, style.navy());
      Paragraph sender = paragraph(block, titles.bolder(0.5f), titles, 11f);
      sender.setSpacingBefore(10f);
      tags.paragraph(address, sender);
    }
    return Math.min(strapline.getYLine(), address.getYLine()) - 28f;
  }

  /**
   * The body, block by block, each tagged as what it is, flowing onto as many pages as it needs;
   * the close ("Yours sincerely", signature, signatory) moves whole to the next page when it does
   * not fit.
   */
  private void addBody(Document document, ColumnText column, Letter letter, Image signature, Tags tags)
      throws DocumentException {
    List<Block> close = new ArrayList<>();
    for (Block block : letter.blocks()) {
      if (block.kind().isLetterhead()) {
        continue;
      }
      switch (block.kind()) {
        case CLOSING, SIGNATURE, SIGNATORY -> close.add(block);
        default -> tags.flow(document, column, bodyBlock(block), block.kind() == BlockKind.SUBJECT ? PdfName.H1 : PdfName.P);
      }
    }
    List<Element> closeElements = new ArrayList<>();
    for (Block block : close) {
      closeElements.add(closeElement(block, signature));
    }
    if (!fits(column, closeElements)) {
      document.newPage();
      column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    }
    for (int i = 0; i < close.size(); i++) {
      Element element = closeElements.get(i);
      if (element instanceof Image image) {
        tags.flowFigure(document, column, image);
      } else {
        tags.flow(document, column, element, PdfName.P);
      }
    }
  }

  /** Whether {@code elements} fit in what is left of the column's page. */
  private static boolean fits(ColumnText column, List<Element> elements) throws DocumentException {
    ColumnText trial = ColumnText.duplicate(column);
    elements.forEach(trial::addElement);
    return !ColumnText.hasMoreText(trial.go(true));
  }

  private Element closeElement(Block block, Image signature) {
    switch (block.kind()) {
      case SIGNATURE -> {
        if (signature != null) {
          signature.scaleToFit(style.signatureHeight() * 5, style.signatureHeight());
          signature.setSpacingBefore(6f);
          return signature;
        }
        return new Paragraph(style.signatureHeight() + 6f, "\u00A0", font(style.bodySize(), false, false, java.awt.Color.BLACK));
      }
      case SIGNATORY -> {
        Paragraph name = paragraph(block, body(true, false), body(false, false), style.bodyLeading());
        name.setSpacingBefore(4f);
        return name;
      }
      default -> {
        Paragraph closing = paragraph(block, body(false, false), style.bodyLeading());
        closing.setSpacingBefore(4f);
        return closing;
      }
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

  /**
   * Counts pages, numbers every page after the first at the foot, centred, and lays a draft's mark
   * across every page beneath the text. Both are page furniture: tagged as artifacts, not content.
   */
  private final class PageMarks extends PdfPageEventHelper {
    private final Optional<String> draftMark;
    private int count;

    PageMarks(Optional<String> draftMark) {
      this.draftMark = draftMark;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      count = writer.getPageNumber();
      if (count > 1) {
        Phrase number = new Phrase(String.valueOf(count), font(9f, false, false, style.grey()));
        float x = (document.left() + document.right()) / 2;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginMarkedContentSequence(ARTIFACT);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, number, x, document.bottom() - 28f, 0);
        canvas.endMarkedContentSequence();
      }
      draftMark.ifPresent(mark -> {
        PdfContentByte under = writer.getDirectContentUnder();
        Rectangle page = document.getPageSize();
        Phrase text = new Phrase(mark, font(150f, true, false, DRAFT_GREY));
        under.beginMarkedContentSequence(ARTIFACT);
        ColumnText.showTextAligned(under, Element.ALIGN_CENTER, text, page.getWidth() / 2, page.getHeight() / 2 - 50f, 45f);
        under.endMarkedContentSequence();
      });
    }
  }
}

package letters.layout;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The structure tree of a tagged letter, built as the letter is drawn: a Document element holding
 * a heading, paragraph or figure per block, each tied to the marked content that draws it, so that
 * a screen reader reads the letter as a reader sees it. Figures carry their alternative text.
 */
final class Tags {
  private final PdfStructureElement root;

  Tags(PdfWriter writer) {
    this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
  }

  /** Writes {@code element} as one paragraph into a column that has room for it. */
  void paragraph(ColumnText column, Element element) throws DocumentException {
    column.addElement(element);
    PdfContentByte canvas = column.getCanvas();
    canvas.beginMarkedContentSequence(new PdfStructureElement(root, PdfName.P));
    column.go();
    canvas.endMarkedContentSequence();
  }

  /** Draws {@code image} at a fixed place as a figure. */
  void figure(PdfContentByte canvas, Image image, float x, float y) throws DocumentException {
    canvas.beginMarkedContentSequence(figureTag(image));
    canvas.addImage(image, image.getScaledWidth(), 0, 0, image.getScaledHeight(), x, y);
    canvas.endMarkedContentSequence();
  }

  /** Flows {@code element} on from where the column stands, onto new pages as needed, as one {@code type}. */
  void flow(Document document, ColumnText column, Element element, PdfName type) throws DocumentException {
    flow(document, column, element, new PdfStructureElement(root, type));
  }

  /** Flows {@code image} on from where the column stands, as a figure. */
  void flowFigure(Document document, ColumnText column, Image image) throws DocumentException {
    flow(document, column, image, figureTag(image));
  }

  private static void flow(Document document, ColumnText column, Element element, PdfStructureElement tag)
      throws DocumentException {
    column.addElement(element);
    while (true) {
      PdfContentByte canvas = column.getCanvas();
      canvas.beginMarkedContentSequence(tag);
      int status = column.go();
      canvas.endMarkedContentSequence();
      if (!ColumnText.hasMoreText(status)) {
        return;
      }
      document.newPage();
      column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    }
  }

  private PdfStructureElement figureTag(Image image) {
    PdfStructureElement figure = new PdfStructureElement(root, PdfName.FIGURE);
    figure.put(PdfName.ALT, new PdfString(image.getAlt() == null ? "" : image.getAlt(), PdfString.TEXT_UNICODE));
    return figure;
  }
}

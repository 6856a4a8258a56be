package letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF read back as a reviewer reads it: every glyph where it stands (page, baseline, left edge,
 * advance, size, face, the structure element it belongs to), every image's box, and every operator
 * the content streams use. Coordinates are PDF points from the page's lower left corner.
 */
final class PageReading {
  /** One glyph as drawn. {@code element} is null for an artifact (page number, draft mark). */
  record Glyph(int page, Element element, String text, int code, String face, float x, float baseline,
      float width, float size, float ascent, float descent, boolean turned) {
    float right() {
      return x + width;
    }

    float top() {
      return baseline + ascent * size / 1000f;
    }

    float bottom() {
      return baseline + descent * size / 1000f;
    }
  }

  /** A structure element, as its type and reading order give it. */
  record Element(String type, int order) {}

  /** An image's box on its page. */
  record Image(int page, float left, float bottom, float right, float top) {}

  /** A line: the glyphs of one element on one baseline of one page, left to right. */
  record Line(int page, Element element, float baseline, List<Glyph> glyphs) {
    String text() {
      StringBuilder text = new StringBuilder();
      glyphs.forEach(g -> text.append(g.text()));
      return text.toString();
    }
  }

  final List<Glyph> glyphs = new ArrayList<>();
  final List<Image> images = new ArrayList<>();
  final List<String> operators = new ArrayList<>();
  final int pages;

  private PageReading(PDDocument document) throws IOException {
    pages = document.getNumberOfPages();
    Map<COSDictionary, Element> elements = new IdentityHashMap<>();
    PDNumberTreeNode parentTree = document.getDocumentCatalog().getStructureTreeRoot().getParentTree();
    for (int p = 0; p < pages; p++) {
      PDPage page = document.getPage(p);
      COSArray parents = (COSArray) ((COSObjectable) parentTree.getValue(page.getStructParents())).getCOSObject();
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        Element element = null;
        if (content.getMCID() >= 0) {
          COSDictionary structure = (COSDictionary) parents.getObject(content.getMCID());
          element = elements.computeIfAbsent(structure, s -> new Element(s.getNameAsString(COSName.S), elements.size()));
        }
        for (Object item : content.getContents()) {
          if (item instanceof TextPosition position) {
            glyphs.add(glyph(p + 1, element, position));
          }
        }
      }
      new ImageBoxes(p + 1).processPage(page);
      PDFStreamParser parser = new PDFStreamParser(page);
      for (Object token : parser.parse()) {
        if (token instanceof Operator operator) {
          operators.add(operator.getName());
        }
      }
    }
  }

  static PageReading of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PageReading(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Glyph glyph(int page, Element element, TextPosition position) throws IOException {
    PDFontDescriptor descriptor = position.getFont().getFontDescriptor();
    Matrix matrix = position.getTextMatrix();
    boolean turned = Math.abs(matrix.getShearX()) > 1e-3 || Math.abs(matrix.getShearY()) > 1e-3;
    int code = position.getCharacterCodes()[0];
    // The text rendering matrix carries the size exactly (getFontSizeInPt() is rounded down).
    float size = matrix.getScalingFactorX();
    return new Glyph(page, element, position.getUnicode(), code,
        position.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""), position.getX(),
        position.getPageHeight() - position.getY(), position.getFont().getWidth(code) / 1000f * size,
        size, descriptor.getAscent(), descriptor.getDescent(), turned);
  }

  /** The glyphs of content (not artifacts), grouped into lines in reading order. */
  List<Line> lines() {
    Map<String, Line> lines = new java.util.LinkedHashMap<>();
    for (Glyph glyph : glyphs) {
      if (glyph.element() == null) {
        continue;
      }
      String key = glyph.page() + "/" + glyph.element().order() + "/" + Math.round(glyph.baseline() * 10);
      lines.computeIfAbsent(key, k -> new Line(glyph.page(), glyph.element(), glyph.baseline(), new ArrayList<>()))
          .glyphs().add(glyph);
    }
    return List.copyOf(lines.values());
  }

  /** Each element's lines, by element, in reading order. */
  Map<Element, List<Line>> linesByElement() {
    Map<Element, List<Line>> byElement = new TreeMap<>(java.util.Comparator.comparingInt(Element::order));
    for (Line line : lines()) {
      byElement.computeIfAbsent(line.element(), e -> new ArrayList<>()).add(line);
    }
    return byElement;
  }

  /** Finds where each image is drawn: its unit square through the current transformation. */
  private final class ImageBoxes extends PDFStreamEngine {
    private final int page;

    ImageBoxes(int page) {
      this.page = page;
      addOperator(new Concatenate(this));
      addOperator(new SetGraphicsStateParameters(this));
      addOperator(new Save(this));
      addOperator(new Restore(this));
      addOperator(new SetMatrix(this));
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if (operator.getName().equals("Do")
          && getResources().getXObject((COSName) operands.getFirst()) instanceof PDImageXObject) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        images.add(new Image(page, ctm.getTranslateX(), ctm.getTranslateY(),
            ctm.getTranslateX() + ctm.getScalingFactorX(), ctm.getTranslateY() + ctm.getScalingFactorY()));
      }
      super.processOperator(operator, operands);
    }
  }
}

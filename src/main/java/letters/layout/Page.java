package letters.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One page being drawn: its content stream, with every mark either tagged content of a structure
 * element (a paragraph's lines, a figure) or an artifact (page numbers, the draft mark, rules and
 * bars), as PDF/UA asks. Text is drawn only as set {@link Line}s, so no character spacing is ever
 * set: justification lives in the lines' word spaces.
 */
final class Page {
  final int object;
  final float width;
  final float height;
  private final TaggedDocument document;
  final PdfSyntax content;
  /** The structure element of each marked content number on this page, in order. */
  final List<StructElement> marked = new ArrayList<>();
  /** The faces and images drawn on this page, for its resources. */
  final Set<Face> faces = EnumSet.noneOf(Face.class);
  final Set<String> images = new TreeSet<>();
  private boolean inContent;

  Page(TaggedDocument document, int object, float width, float height, PdfSyntax content) {
    this.document = document;
    this.content = content;
    this.object = object;
    this.width = width;
    this.height = height;
  }

  /** Starts marked content belonging to {@code element}; {@link #end} closes it. */
  Page begin(StructElement element) {
    if (inContent) {
      throw new IllegalStateException("marked content does not nest here");
    }
    inContent = true;
    int mcid = marked.size();
    marked.add(element);
    element.addContent(object, mcid);
    content.name(element.type()).ascii(" <<").name("MCID").space().number(mcid).ascii(">> BDC\n");
    return this;
  }

  /** Starts an artifact: page furniture a reader skips ({@code Pagination}, {@code Layout}). */
  Page beginArtifact(String type, String subtype) {
    if (inContent) {
      throw new IllegalStateException("marked content does not nest here");
    }
    inContent = true;
    content.ascii("/Artifact <<").name("Type").name(type);
    if (subtype != null) {
      content.name("Subtype").name(subtype);
    }
    content.ascii(">> BDC\n");
    return this;
  }

  Page end() {
    content.ascii("EMC\n");
    inContent = false;
    return this;
  }

  Page colour(Color colour) {
    content.number(colour.getRed() / 255.0).space().number(colour.getGreen() / 255.0).space()
        .number(colour.getBlue() / 255.0).ascii(" rg\n");
    return this;
  }

  /** Draws {@code line} with its baseline starting at ({@code x}, {@code y}). */
  Page text(Line line, double x, double y) {
    if (line.content().length == 0) {
      return this;
    }
    faces.addAll(document.useGlyphs(line));
    content.ascii("BT 1 0 0 1 ").number(x).space().number(y).ascii(" Tm ").bytes(line.content()).ascii(" ET\n");
    return this;
  }

  /** Draws {@code line} turned {@code degrees} anticlockwise about its start at ({@code x}, {@code y}). */
  Page text(Line line, double x, double y, double degrees) {
    faces.addAll(document.useGlyphs(line));
    double cos = Math.cos(Math.toRadians(degrees));
    double sin = Math.sin(Math.toRadians(degrees));
    content.ascii("BT ").number(cos).space().number(sin).space().number(-sin).space().number(cos).space()
        .number(x).space().number(y).ascii(" Tm ").bytes(line.content()).ascii(" ET\n");
    return this;
  }

  /** Draws {@code image} filling the box whose lower left corner is ({@code x}, {@code y}). */
  Page image(ImageXObject image, double x, double y, double w, double h) throws java.io.IOException {
    String name = document.useImage(image);
    images.add(name);
    content.ascii("q ").number(w).ascii(" 0 0 ").number(h).space().number(x).space().number(y)
        .ascii(" cm ").name(name).ascii(" Do Q\n");
    return this;
  }

  /** Fills a rectangle in the current colour. */
  Page rectangle(double x, double y, double w, double h) {
    content.number(x).space().number(y).space().number(w).space().number(h).ascii(" re f\n");
    return this;
  }
}

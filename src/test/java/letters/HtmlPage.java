package letters;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A page of the published site as an HTML parser reads it (the Nu checker's own parser, as a
 * browser parses), with its text as a reader sees it: spaces folded, {@code <br>} a new line.
 */
final class HtmlPage {
  private final Document document;

  private HtmlPage(Document document) {
    this.document = document;
  }

  static HtmlPage read(Path file) throws IOException {
    try {
      return new HtmlPage(new HtmlDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(file)))));
    } catch (SAXException e) {
      throw new IOException(file + " cannot be parsed: " + e.getMessage(), e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** Every element named {@code tag} below {@code under}, in document order. */
  static List<Element> all(Node under, String tag) {
    List<Element> found = new ArrayList<>();
    collect(under, tag, found);
    return found;
  }

  List<Element> all(String tag) {
    return all(document, tag);
  }

  Element first(String tag) {
    List<Element> found = all(tag);
    if (found.isEmpty()) {
      throw new AssertionError("no <" + tag + "> on the page");
    }
    return found.getFirst();
  }

  /** The first element with {@code className} among its classes. */
  Element withClass(String className) {
    List<Element> found = new ArrayList<>();
    collect(document, "*", found);
    return found.stream()
        .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(className))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element of class " + className));
  }

  /** What a reader sees of {@code element}: runs of white space as one space, each {@code <br>} a line break. */
  static String text(Node element) {
    StringBuilder text = new StringBuilder();
    append(element, text);
    return text.toString().replaceAll("[ \\t\\r\\n]+", " ").replace('\u2028', '\n').replaceAll(" ?\n ?", "\n").strip();
  }

  private static void append(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE) {
        text.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        if (child.getLocalName().equals("br")) {
          // A placeholder that survives the folding of white space.
          text.append('\u2028');
        } else {
          append(child, text);
        }
      }
    }
  }

  private static void collect(Node node, String tag, List<Element> found) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        if (tag.equals("*") || element.getLocalName().equals(tag)) {
          found.add(element);
        }
        collect(element, tag, found);
      }
    }
  }
}

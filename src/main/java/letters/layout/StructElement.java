package letters.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One element of a tagged document's logical structure (a paragraph, a heading, a figure, a table
 * cell), with the marked content on the pages that draws it, so that a screen reader reads the
 * document as a sighted reader does. An element is written once it is complete ({@link #write}),
 * after which only its object number is kept: a bundle of thousands of letters holds no more than
 * one letter's structure at a time.
 */
final class StructElement {
  /** A piece of marked content: the page it is on and its number there. */
  private record Content(int page, int mcid) {}

  final int object;
  private final String type;
  private final StructElement parent;
  private final List<Object> kids = new ArrayList<>();
  private String alt;
  private String language;
  private String title;
  private String scope;
  private boolean written;

  StructElement(int object, String type, StructElement parent) {
    this.object = object;
    this.type = type;
    this.parent = parent;
    if (parent != null) {
      parent.kids.add(this);
    }
  }

  /** The standard structure type: {@code P}, {@code H1}, {@code Figure}, {@code TD}… */
  String type() {
    return type;
  }

  StructElement alt(String text) {
    this.alt = text;
    return this;
  }

  StructElement language(String language) {
    this.language = language;
    return this;
  }

  StructElement title(String title) {
    this.title = title;
    return this;
  }

  /** A table header cell's scope: {@code Column} or {@code Row}. */
  StructElement scope(String scope) {
    this.scope = scope;
    return this;
  }

  void addContent(int page, int mcid) {
    kids.add(new Content(page, mcid));
  }

  /** Writes this element and every element below it not yet written. */
  void write(ObjectWriter writer, int root) throws IOException {
    if (written) {
      return;
    }
    for (Object kid : kids) {
      if (kid instanceof StructElement element) {
        element.write(writer, root);
      }
    }
    PdfSyntax body = writer.begin(object).ascii("<<").name("Type").name("StructElem").name("S").name(type)
        .name("P").space().reference(parent == null ? root : parent.object);
    int page = -1;
    for (int i = 0; i < kids.size() && page < 0; i++) {
      if (kids.get(i) instanceof Content content) {
        page = content.page();
      }
    }
    if (page > 0) {
      body.name("Pg").space().reference(page);
    }
    if (alt != null) {
      body.name("Alt").text(alt);
    }
    if (language != null) {
      body.name("Lang").text(language);
    }
    if (title != null) {
      body.name("T").text(title);
    }
    if (scope != null) {
      body.name("A").ascii("<<").name("O").name("Table").name("Scope").name(scope).ascii(">>");
    }
    body.name("K").ascii("[");
    for (Object kid : kids) {
      if (kid instanceof StructElement element) {
        body.reference(element.object).space();
      } else if (kid instanceof Content content && content.page() == page) {
        body.number(content.mcid()).space();
      } else if (kid instanceof Content content) {
        body.ascii("<<").name("Type").name("MCR").name("Pg").space().reference(content.page())
            .name("MCID").space().number(content.mcid()).ascii(">> ");
      }
    }
    body.ascii("]>>");
    writer.end();
    written = true;
    // Written: what is below is no longer needed, only this element's number.
    kids.clear();
  }
}

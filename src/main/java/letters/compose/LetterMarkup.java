package letters.compose;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads what the templates wrote: a {@code <letter>} of blocks holding text with {@code <i>},
 * {@code <b>} and {@code <br/>}. Whitespace is folded as in HTML, so templates may be laid out
 * freely. Values were escaped on the way in, so whatever a record says arrives here as text.
 */
final class LetterMarkup {
  private static final SAXParserFactory FACTORY = factory();

  // A parser is costly to make and may not be shared between threads, so each thread keeps one.
  private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(LetterMarkup::parser);

  /** The parsed letter: the root element's attributes and the blocks. */
  record Parsed(Map<String, String> attributes, List<Block> blocks) {}

  /**
   * A problem with the markup, in the words of its author, and where in the markup it was found
   * (line and column 1-based, 0 when unknown), so that it can be blamed on the template that wrote
   * that part.
   */
  static final class MarkupException extends Exception {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;

    MarkupException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private LetterMarkup() {}

  private static SAXParserFactory factory() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
    }
  }

  private static SAXParser parser() {
    try {
      return FACTORY.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made", e);
    }
  }

  static Parsed parse(String markup) throws MarkupException {
    return parse(markup, List.of());
  }

  /** Reads {@code markup}, taking the blocks of each of {@code kept} as read before where they stand between blocks. */
  static Parsed parse(String markup, List<MarkupScanner.Kept> kept) throws MarkupException {
    Handler plain = new Handler();
    try {
      MarkupScanner.scan(markup, plain, kept);
      return new Parsed(plain.attributes, plain.blocks);
    } catch (Exception e) {
      // Not in the plain form, or wrong: the XML parser reads it again and tells where.
    }
    return parseAsXml(markup);
  }

  /** The blocks of {@code part}, markup that stands between the blocks of a letter; none when it is not all blocks. */
  static Optional<List<Block>> blocks(String part) {
    try {
      return Optional.of(parse("<letter>" + part + "</letter>").blocks());
    } catch (MarkupException e) {
      return Optional.empty();
    }
  }

  /** Reads {@code markup} with the JDK's XML parser alone (the tests compare the two readers). */
  static Parsed parseAsXml(String markup) throws MarkupException {
    Handler handler = new Handler();
    SAXParser parser = PARSER.get();
    try {
      parser.reset();
      parser.parse(new InputSource(new StringReader(markup)), handler);
    } catch (SAXParseException e) {
      throw new MarkupException(
          "wrote markup that is not well formed: " + e.getMessage(), e.getLineNumber(), e.getColumnNumber());
    } catch (SAXException e) {
      Locator at = handler.locator;
      throw new MarkupException(e.getMessage(), at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new Parsed(handler.attributes, handler.blocks);
  }

  /** Builds the blocks from what either reader tells it: the plain scanner or the XML parser. */
  private static final class Handler extends DefaultHandler implements MarkupScanner.Handler {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Locator locator;
    private Map<String, String> attributes = Map.of();
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder outside = new StringBuilder();
    private int depth;
    private BlockKind kind;
    private Optional<String> role = Optional.empty();
    private Folder folder;
    private int italic;
    private int bold;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attrs)
        throws SAXException {
      Map<String, String> given = new java.util.LinkedHashMap<>();
      for (int i = 0; i < attrs.getLength(); i++) {
        given.put(attrs.getQName(i), attrs.getValue(i));
      }
      open(name, given);
    }

    @Override
    public void open(String name, Map<String, String> given) throws SAXException {
      depth++;
      if (depth == 1) {
        if (!name.equals("letter")) {
          throw new SAXException("the templates must write one <letter> element, not <" + name + ">");
        }
        attributes = folded(given);
      } else if (depth == 2) {
        kind = BlockKind.ofElement(name).orElseThrow(() -> new SAXException(
            "unknown block <" + name + ">; allowed: " + String.join(", ", BlockKind.elements())));
        role = Optional.ofNullable(given.get("role"));
        folder = new Folder();
      } else {
        switch (name) {
          case "i" -> italic++;
          case "b" -> bold++;
          case "br" -> folder.lineBreak();
          default ->
              throw new SAXException("unknown markup <" + name + "> inside <" + kind.element()
                  + ">; allowed: <i>, <b>, <br/>");
        }
      }
    }

    @Override
    public void kept(List<Block> read) {
      blocks.addAll(read);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      close(name);
    }

    @Override
    public void close(String name) throws SAXException {
      if (depth == 2) {
        List<Span> spans = folder.spans();
        if (spans.isEmpty() && kind != BlockKind.SIGNATURE) {
          throw new SAXException("the templates wrote an empty <" + kind.element() + "> block");
        }
        blocks.add(new Block(kind, role, spans));
        kind = null;
      } else if (name.equals("i")) {
        italic--;
      } else if (name.equals("b")) {
        bold--;
      }
      depth--;
    }

    @Override
    public void characters(char[] chars, int start, int length) throws SAXException {
      text(chars, start, length);
    }

    @Override
    public void text(char[] chars, int start, int length) throws SAXException {
      if (depth == 2 && kind == BlockKind.SIGNATURE || depth < 2) {
        outside.append(chars, start, length);
        // What came before was blank, or the letter would have stopped there: only this text is new.
        if (!blank(chars, start, length)) {
          throw new SAXException("text outside a block: '" + outside.toString().strip() + "'");
        }
        return;
      }
      folder.text(chars, start, length, italic > 0, bold > 0);
    }

    private static boolean blank(char[] chars, int start, int length) {
      for (int i = start; i < start + length; i++) {
        if (!Character.isWhitespace(chars[i])) {
          return false;
        }
      }
      return true;
    }

    /** {@code value} with each run of whitespace one space; the pattern only when there is one to fold. */
    private static String folded(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        boolean doubled = c == ' ' && i + 1 < value.length() && value.charAt(i + 1) == ' ';
        if (c != ' ' && c <= ' ' || doubled) {
          return SPACES.matcher(value).replaceAll(" ");
        }
      }
      return value;
    }

    private static Map<String, String> folded(Map<String, String> given) {
      Map<String, String> result = new java.util.LinkedHashMap<>();
      given.forEach((name, value) -> result.put(name, folded(value.strip())));
      return result;
    }
  }

  /** Folds whitespace: runs become one space, none at the start or end of a line. */
  private static final class Folder {
    private final List<Span> spans = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean textItalic;
    private boolean textBold;
    private boolean lineHasText;
    private boolean pendingSpace;

    void text(char[] chunk, int start, int length, boolean italic, boolean bold) {
      int end = start + length;
      int i = start;
      while (i < end) {
        if (Character.isWhitespace(chunk[i])) {
          pendingSpace = lineHasText;
          i++;
          continue;
        }
        // A word at a time: within one, no space is pending and the style does not change.
        int word = i + 1;
        while (word < end && !Character.isWhitespace(chunk[word])) {
          word++;
        }
        if (pendingSpace) {
          text.append(' ');
          pendingSpace = false;
        }
        if (text.length() > 0 && (italic != textItalic || bold != textBold)) {
          flush();
        }
        textItalic = italic;
        textBold = bold;
        text.append(chunk, i, word - i);
        lineHasText = true;
        i = word;
      }
    }

    void lineBreak() {
      flush();
      spans.add(Span.lineBreak());
      lineHasText = false;
      pendingSpace = false;
    }

    List<Span> spans() {
      flush();
      while (!spans.isEmpty() && spans.getLast().isLineBreak()) {
        spans.removeLast();
      }
      return spans;
    }

    private void flush() {
      if (text.length() > 0) {
        spans.add(new Span(text.toString(), textItalic, textBold));
        text.setLength(0);
      }
    }
  }
}

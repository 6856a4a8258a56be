package letters.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the markup the templates write in the plain form they write it: elements with quoted
 * attributes, text, and the five escapes and numeric references of XML. It is several times cheaper
 * than the JDK's XML parser, which made a tenth of a letter's cost. Anything else (a comment, a
 * processing instruction, CDATA, a character XML does not allow, markup that is not well formed) is
 * left to the XML parser, which then reads the whole letter again and tells any problem in its own
 * words and at its place, so the two can never disagree about what is an error.
 */
final class MarkupScanner {
  /** Deeper than the templates ever nest: left to the XML parser and its own limits. */
  private static final int MOST_DEPTH = 64;

  /** What the handler is told: an element opened or closed, or text inside one. */
  interface Handler {
    void open(String name, Map<String, String> attributes) throws Exception;

    void close(String name) throws Exception;

    void text(char[] chars, int start, int length) throws Exception;

    /** Blocks read before from the markup a {@link Kept} stands for, in its place. */
    void kept(List<Block> blocks) throws Exception;
  }

  /**
   * Markup from {@code start} to {@code end} whose blocks were read before: read only when the
   * scanner reaches it between the root's blocks, where it reads the same in every letter.
   */
  record Kept(int start, int end, List<Block> blocks) {}

  /** The markup is not in the plain form: the XML parser has to read it. */
  static final class Unusual extends Exception {
    private static final long serialVersionUID = 1L;

    Unusual() {
      super(null, null, false, false);
    }
  }

  private final char[] chars;
  private final int length;
  private final Handler handler;
  private final List<Kept> kept;
  private int nextKept;
  private int at;

  private MarkupScanner(String markup, Handler handler, List<Kept> kept) {
    this.chars = markup.toCharArray();
    this.length = chars.length;
    this.handler = handler;
    this.kept = kept;
  }

  /**
   * Tells {@code handler} of each element and run of text in {@code markup}, and the blocks of
   * each of {@code kept} (in the order of the markup) that stands between the root's blocks in
   * place of its markup; throws {@link Unusual} as soon as the markup is not in the plain form, and
   * whatever the handler throws.
   */
  static void scan(String markup, Handler handler, List<Kept> kept) throws Exception {
    new MarkupScanner(markup, handler, kept).document();
  }

  /** Whether the blocks of a {@link Kept} starting here went to the handler, the scanner between the root's blocks. */
  private boolean keptHere(List<String> open) throws Exception {
    while (nextKept < kept.size() && kept.get(nextKept).start() < at) {
      nextKept++;
    }
    if (open.size() != 1 || nextKept == kept.size() || kept.get(nextKept).start() != at) {
      return false;
    }
    Kept here = kept.get(nextKept++);
    handler.kept(here.blocks());
    at = here.end();
    return true;
  }

  /** Where text read from here stops short of a {@link Kept}: between the root's blocks, at the next one's start. */
  private int textLimit(List<String> open) {
    for (int i = nextKept; open.size() == 1 && i < kept.size(); i++) {
      if (kept.get(i).start() >= at) {
        return kept.get(i).start();
      }
    }
    return length;
  }

  private void document() throws Exception {
    skipWhitespace();
    List<String> open = new ArrayList<>();
    do {
      if (at >= length) {
        throw new Unusual();
      }
      if (keptHere(open)) {
        continue;
      }
      if (chars[at] != '<') {
        text(open.isEmpty(), textLimit(open));
      } else if (peek(1) == '/') {
        at += 2;
        String name = name();
        skipWhitespace();
        expect('>');
        if (open.isEmpty() || !name.equals(open.removeLast())) {
          throw new Unusual();
        }
        handler.close(name);
      } else {
        at++;
        String name = name();
        Map<String, String> attributes = attributes();
        if (peek(0) == '/') {
          at++;
          expect('>');
          handler.open(name, attributes);
          handler.close(name);
        } else {
          expect('>');
          open.add(name);
          if (open.size() > MOST_DEPTH) {
            throw new Unusual();
          }
          handler.open(name, attributes);
        }
      }
    } while (!open.isEmpty());
    skipWhitespace();
    if (at != length) {
      throw new Unusual();
    }
  }

  /**
   * A run of text up to the next tag or {@code limit}, its references replaced by what they stand for. A run
   * without references (most are) goes to the handler as it stands in the markup, uncopied.
   */
  private void text(boolean outsideTheRoot, int limit) throws Exception {
    int start = at;
    boolean plain = true;
    while (at < limit && chars[at] != '<') {
      char c = chars[at];
      if (c == '&') {
        plain = false;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0xD800 && !allowed(at)) {
        throw new Unusual();
      } else if (c == '>' && at - start >= 2 && chars[at - 1] == ']' && chars[at - 2] == ']') {
        throw new Unusual();
      }
      at++;
    }
    if (outsideTheRoot) {
      throw new Unusual();
    }
    if (plain) {
      handler.text(chars, start, at - start);
      return;
    }
    StringBuilder text = new StringBuilder(at - start);
    int end = at;
    at = start;
    while (at < end) {
      if (chars[at] == '&') {
        reference(text);
      } else {
        text.append(chars[at++]);
      }
    }
    handler.text(text.toString().toCharArray(), 0, text.length());
  }

  /**
   * Whether the character at {@code i}, at or above the surrogates, may stand in XML text: not
   * U+FFFE or U+FFFF, and a surrogate only as half of a pair.
   */
  private boolean allowed(int i) {
    char c = chars[i];
    if (Character.isHighSurrogate(c)) {
      return i + 1 < length && Character.isLowSurrogate(chars[i + 1]);
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(chars[i - 1]);
    }
    return c != 0xFFFE && c != 0xFFFF;
  }

  private Map<String, String> attributes() throws Unusual {
    Map<String, String> attributes = Map.of();
    while (true) {
      boolean spaced = skipWhitespace();
      char next = peek(0);
      if (next == '>' || next == '/') {
        return attributes;
      }
      if (!spaced) {
        throw new Unusual();
      }
      String name = name();
      skipWhitespace();
      expect('=');
      skipWhitespace();
      char quote = peek(0);
      if (quote != '"' && quote != '\'') {
        throw new Unusual();
      }
      at++;
      StringBuilder value = new StringBuilder();
      while (peek(0) != quote) {
        char c = peek(0);
        if (c == '<' || c == 0) {
          throw new Unusual();
        } else if (c == '&') {
          reference(value);
        } else {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0xD800 && !allowed(at)) {
            throw new Unusual();
          }
          // As XML normalises an attribute's value: each line end or tab is a space.
          value.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
          at++;
        }
      }
      at++;
      if (attributes.isEmpty()) {
        attributes = new LinkedHashMap<>();
      }
      if (attributes.put(name, value.toString()) != null) {
        throw new Unusual();
      }
    }
  }

  /** An escape ({@code &amp;}) or a numeric reference ({@code &#39;}), appended as its character. */
  private void reference(StringBuilder to) throws Unusual {
    int end = at + 1;
    while (end < length && end - at <= 10 && chars[end] != ';') {
      end++;
    }
    if (end >= length || chars[end] != ';') {
      throw new Unusual();
    }
    String name = new String(chars, at + 1, end - at - 1);
    at = end + 1;
    switch (name) {
      case "lt" -> to.append('<');
      case "gt" -> to.append('>');
      case "amp" -> to.append('&');
      case "quot" -> to.append('"');
      case "apos" -> to.append('\'');
      default -> to.appendCodePoint(codePoint(name));
    }
  }

  private static int codePoint(String reference) throws Unusual {
    boolean hex = reference.startsWith("#x");
    String digits = reference.substring(Math.min(reference.length(), hex ? 2 : 1));
    int radix = hex ? 16 : 10;
    if (!reference.startsWith("#") || digits.isEmpty()
        || !digits.chars().allMatch(c -> Character.digit(c, radix) >= 0 && c < 0x80)) {
      throw new Unusual();
    }
    long point = Long.parseLong(digits, radix);
    if (point == 0x9 || point == 0xA || point == 0xD || point >= 0x20 && point <= 0xD7FF
        || point >= 0xE000 && point <= 0xFFFD || point >= 0x10000 && point <= 0x10FFFF) {
      return (int) point;
    }
    throw new Unusual();
  }

  /** An element's or attribute's name, in the ASCII letters, digits and marks the templates use. */
  private String name() throws Unusual {
    int start = at;
    while (at < length) {
      char c = chars[at];
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
      boolean later = c >= '0' && c <= '9' || c == '-' || c == '.';
      if (!(letter || later && at > start)) {
        break;
      }
      at++;
    }
    if (at == start) {
      throw new Unusual();
    }
    return new String(chars, start, at - start);
  }

  private boolean skipWhitespace() {
    int start = at;
    while (at < length) {
      char c = chars[at];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      at++;
    }
    return at > start;
  }

  private void expect(char c) throws Unusual {
    if (peek(0) != c) {
      throw new Unusual();
    }
    at++;
  }

  /** The character {@code ahead} places on, or 0 past the end. */
  private char peek(int ahead) {
    return at + ahead < length ? chars[at + ahead] : 0;
  }
}

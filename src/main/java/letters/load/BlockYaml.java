package letters.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the plain block style that records and campaigns are written in (maps and lists by
 * indentation, plain scalars on one line, quoted scalars with the few escapes a writer of YAML
 * uses for quotes, backslashes and folded lines, {@code {}} and {@code []}, comments) in one pass
 * over the text, giving the same tree, positions and scalar types as the full YAML parser.
 * Anything else (block scalars, plain scalars over several lines, other escapes, anchors, aliases,
 * tags, flow collections with content, nulls, numbers, tabs, carriage returns, duplicate keys,
 * deep nesting, a mistake of any kind) makes it give up, and the full parser then reads the file
 * and says what is wrong: this reader never reports a problem, so what is accepted, refused and
 * said about a file stays the full parser's. Each file gets its own reader and what they share is
 * never changed, so files may be read on several threads at once.
 */
final class BlockYaml {
  /** The type rules of YAML 1.1 plain scalars, as the full parser applies them; read-only once made. */
  private static final Resolver RESOLVER = new Resolver();

  /** Thrown to leave the file to the full parser; it carries nothing, so one instance serves all. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  private final String text;
  private int pos;
  /** The current line: its number (from 1), where it starts, and its indentation in spaces. */
  private int line = 1;
  private int lineStart;
  private int indent;

  private BlockYaml(String text) {
    this.text = text;
  }

  /** The tree of {@code text}, or empty when the full parser must read it. */
  static Optional<YamlNode> read(String text) {
    if (!plainCharacters(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BlockYaml(text).document());
    } catch (GiveUp e) {
      return Optional.empty();
    }
  }

  /**
   * Whether every character is one the full parser reads as itself: no tab, carriage return,
   * control character, byte-order mark or line separator other than {@code \n}.
   */
  private static boolean plainCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= ' ' && c < 0x7F) {
        continue;
      }
      if (c < 0x20 ? c != '\n' : (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029' || c >= '\uFFFE'
          || c == '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private YamlNode document() {
    if (!contentFromHere()) {
      throw GIVE_UP;
    }
    YamlNode root = mapping(indent, 0);
    if (pos < text.length()) {
      throw GIVE_UP;
    }
    return root;
  }

  /** A block map whose keys stand at column {@code column} (from 0); {@code pos} is at its first key. */
  private YamlNode mapping(int column, int depth) {
    if (depth >= YamlReader.MAX_DEPTH) {
      throw GIVE_UP;
    }
    int startLine = line;
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, int[]> keys = new LinkedHashMap<>();
    while (true) {
      int keyLine = line;
      String key = key();
      if (keys.containsKey(key)) {
        throw GIVE_UP;
      }
      keys.put(key, new int[] {keyLine, column + 1});
      entries.put(key, value(column, depth + 1));
      if (pos >= text.length() || indent < column) {
        return new YamlNode.Mapping(entries, keys, startLine, column + 1);
      }
      if (indent > column) {
        throw GIVE_UP;
      }
    }
  }

  /** A block list whose dashes stand at column {@code column}; {@code pos} is at its first dash. */
  private YamlNode sequence(int column, int depth) {
    if (depth >= YamlReader.MAX_DEPTH) {
      throw GIVE_UP;
    }
    int startLine = line;
    List<YamlNode> items = new ArrayList<>();
    while (true) {
      pos++;
      if (!at(pos, ' ')) {
        throw GIVE_UP;
      }
      skipSpaces();
      items.add(keyEnd(pos) >= 0 ? mapping(pos - lineStart, depth + 1) : inlineValue(column, depth + 1));
      if (pos >= text.length() || indent < column) {
        break;
      }
      if (indent > column) {
        throw GIVE_UP;
      }
      if (!at(pos, '-')) {
        break;
      }
    }
    return new YamlNode.Sequence(items, startLine, column + 1);
  }

  /** The value after a key's colon: on the same line, or a block on the lines below. */
  private YamlNode value(int column, int depth) {
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '#') {
      return inlineValue(column, depth);
    }
    if (!nextContent()) {
      throw GIVE_UP;
    }
    boolean dash = at(pos, '-');
    if (dash && indent >= column) {
      return sequence(indent, depth);
    }
    if (!dash && indent > column) {
      return mapping(indent, depth);
    }
    throw GIVE_UP;
  }

  /**
   * A value that stands on the current line ({@code {}}, {@code []} or a one-line scalar), after
   * which the next line with content must not be indented past {@code column}, as a continuation
   * of a scalar would be.
   */
  private YamlNode inlineValue(int column, int depth) {
    if (pos >= text.length()) {
      throw GIVE_UP;
    }
    int valueLine = line;
    int valueColumn = column(pos);
    char c = text.charAt(pos);
    YamlNode node;
    if (c == '{' || c == '[') {
      if (depth >= YamlReader.MAX_DEPTH || !at(pos + 1, c == '{' ? '}' : ']')) {
        throw GIVE_UP;
      }
      pos += 2;
      node = c == '{'
          ? new YamlNode.Mapping(Map.of(), Map.of(), valueLine, valueColumn)
          : new YamlNode.Sequence(List.of(), valueLine, valueColumn);
    } else if (c == '"' || c == '\'') {
      node = new YamlNode.Scalar(quoted(column), YamlNode.ScalarType.TEXT, valueLine, valueColumn);
    } else {
      node = plain(valueLine, valueColumn);
    }
    endOfLine();
    if (nextContent() && indent > column) {
      throw GIVE_UP;
    }
    return node;
  }

  /** A one-line plain scalar, typed as the full parser types it; one it would read otherwise, given up. */
  private YamlNode plain(int valueLine, int valueColumn) {
    if (!Character.isLetterOrDigit(text.codePointAt(pos))) {
      throw GIVE_UP;
    }
    int start = pos;
    int end = pos;
    while (pos < text.length() && text.charAt(pos) != '\n') {
      char c = text.charAt(pos);
      if (c == '#' && text.charAt(pos - 1) == ' ') {
        break;
      }
      if (c == ':' && (pos + 1 == text.length() || text.charAt(pos + 1) == ' ' || text.charAt(pos + 1) == '\n')) {
        throw GIVE_UP;
      }
      pos++;
      if (c != ' ') {
        end = pos;
      }
    }
    String value = text.substring(start, end);
    Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
    if (tag == Tag.STR || tag == Tag.TIMESTAMP) {
      return new YamlNode.Scalar(value, YamlNode.ScalarType.TEXT, valueLine, valueColumn);
    }
    if (tag == Tag.BOOL && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
      return new YamlNode.Scalar(
          String.valueOf(value.equalsIgnoreCase("true")), YamlNode.ScalarType.BOOLEAN, valueLine, valueColumn);
    }
    throw GIVE_UP;
  }

  /**
   * A quoted scalar, folded across lines as YAML folds it: a line break and the spaces around it
   * read as one space (blank lines as line breaks), and after a backslash as nothing. Of the
   * escapes, only {@code \\}, {@code \"} and {@code \ } are read; a line it goes on to must be
   * indented past {@code column}.
   */
  private String quoted(int column) {
    char quote = text.charAt(pos++);
    StringBuilder value = null;
    while (true) {
      int from = pos;
      while (pos < text.length() && !endsRun(text.charAt(pos), quote)) {
        pos++;
      }
      if (pos >= text.length()) {
        throw GIVE_UP;
      }
      char c = text.charAt(pos);
      if (value == null && c == quote && !(quote == '\'' && at(pos + 1, '\''))) {
        return text.substring(from, pos++);
      }
      value = value == null ? new StringBuilder() : value;
      if (c == '\n') {
        int end = pos;
        while (end > from && text.charAt(end - 1) == ' ') {
          end--;
        }
        value.append(text, from, end);
        String breaks = lineBreaks(column);
        value.append(breaks.isEmpty() ? " " : breaks);
        continue;
      }
      value.append(text, from, pos);
      if (c == '\\') {
        escape(value, column);
        continue;
      }
      pos++;
      if (quote == '"' || !at(pos, '\'')) {
        return value.toString();
      }
      value.append(quote);
      pos++;
    }
  }

  /** Whether {@code c} ends a run of a quoted scalar's characters that stand for themselves. */
  private static boolean endsRun(char c, char quote) {
    return c == quote || c == '\n' || (c == '\\' && quote == '"');
  }

  /** A backslash in a double-quoted scalar and what it escapes. */
  private void escape(StringBuilder value, int column) {
    pos++;
    char c = pos < text.length() ? text.charAt(pos) : 0;
    if (c == '\n') {
      value.append(lineBreaks(column));
      return;
    }
    if (c != '\\' && c != '"' && c != ' ') {
      throw GIVE_UP;
    }
    value.append(c);
    pos++;
  }

  /**
   * From a line break in a quoted scalar to the text that goes on after it: a line break for each
   * blank line passed, the indentation dropped.
   */
  private String lineBreaks(int column) {
    StringBuilder breaks = new StringBuilder();
    while (true) {
      pos++;
      line++;
      lineStart = pos;
      skipSpaces();
      if (!at(pos, '\n')) {
        break;
      }
      breaks.append('\n');
    }
    if (pos >= text.length() || pos - lineStart <= column) {
      throw GIVE_UP;
    }
    return breaks.toString();
  }

  /**
   * A key and its colon: a plain key of letters, digits, underscores and hyphens, or a
   * double-quoted one without escapes; {@code pos} is left after the colon.
   */
  private String key() {
    int end = keyEnd(pos);
    if (end < 0) {
      throw GIVE_UP;
    }
    String key = text.charAt(pos) == '"' ? text.substring(pos + 1, end - 1) : text.substring(pos, end);
    pos = end + 1;
    return key;
  }

  /** Where the key that starts at {@code at} ends, at its colon; -1 if no key of ours starts there. */
  private int keyEnd(int at) {
    int end = at;
    if (at(at, '"')) {
      do {
        end++;
        if (end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\\') {
          return -1;
        }
      } while (text.charAt(end) != '"');
      end++;
    } else {
      while (end < text.length() && isKeyCharacter(text.charAt(end), end == at)) {
        end++;
      }
      if (end == at) {
        return -1;
      }
    }
    boolean colon = at(end, ':') && (end + 1 == text.length() || at(end + 1, ' ') || at(end + 1, '\n'));
    return colon && end - at <= 128 ? end : -1;
  }

  private static boolean isKeyCharacter(char c, boolean first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || (c == '-' && !first);
  }

  /** After a value: spaces, then a comment (after a space) or the end of the line. */
  private void endOfLine() {
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) != '\n' && !(text.charAt(pos) == '#' && text.charAt(pos - 1) == ' ')) {
      throw GIVE_UP;
    }
  }

  /** Leaves the current line for the next that holds more than spaces and a comment; false at the end. */
  private boolean nextContent() {
    return nextLine() && contentFromHere();
  }

  /**
   * From the start of the current line, skips the lines that hold only spaces and a comment and
   * stops at the first character of the next content, noting its indentation; false at the end.
   */
  private boolean contentFromHere() {
    while (true) {
      pos = lineStart;
      skipSpaces();
      indent = pos - lineStart;
      if (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '#') {
        return true;
      }
      if (!nextLine()) {
        return false;
      }
    }
  }

  /** Moves to the start of the next line; false, with {@code pos} at the end, when there is none. */
  private boolean nextLine() {
    int end = text.indexOf('\n', pos);
    if (end < 0) {
      pos = text.length();
      return false;
    }
    lineStart = end + 1;
    line++;
    return true;
  }

  private void skipSpaces() {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  private boolean at(int at, char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  /** The column of {@code at} on the current line, from 1, counting characters as code points. */
  private int column(int at) {
    return text.codePointCount(lineStart, at) + 1;
  }
}

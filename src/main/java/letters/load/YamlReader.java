package letters.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.Reason;
import letters.diagnostic.DiagnosticException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a {@link YamlNode} tree with positions. It refuses what a record or a
 * campaign never needs and an attacker could use: files over 1 MiB, text that is not UTF-8,
 * aliases, several documents in one file, and duplicate keys. A file in the plain block style of
 * records is read by {@link BlockYaml} in one pass; any other, and every file with a mistake, by
 * the full parser, which finds and words every problem.
 */
final class YamlReader {
  static final int MAX_BYTES = 1 << 20;

  /** How deeply maps and lists may nest; a record or campaign needs five or six levels. */
  static final int MAX_DEPTH = 20;

  // The parsers' own limits, set above ours so that ours, which knows the line and column and
  // speaks of YAML rather than of the parser's API, is met first.
  private static final int PARSER_DEPTH = 4 * MAX_DEPTH;

  private static final YAMLFactory FACTORY = factory();

  private YamlReader() {}

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setCodePointLimit(MAX_BYTES);
    options.setNestingDepthLimit(PARSER_DEPTH);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(PARSER_DEPTH).maxStringLength(MAX_BYTES).build())
        .build();
  }

  static YamlNode read(Path file) throws DiagnosticException {
    return parse(file, decode(file, bytes(file)));
  }

  /**
   * As {@link #read}, for a file whose attributes the caller has read and found a regular file's,
   * its bytes read from {@code source} (the file itself, or the one it links to, found in the
   * folder {@code file} stands in), which is opened without following a link anywhere on its way
   * from that folder: a link put in its place since, or in place of a folder on its way, is
   * refused, not followed.
   */
  static YamlNode read(Path file, Path source, BasicFileAttributes attributes) throws DiagnosticException {
    return parse(file, decode(file, bytes(file, attributes, () -> openBeneath(file, source))));
  }

  /** Opens a file's bytes. */
  private interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * {@code source} opened from the folder {@code file} stands in, one name at a time, none of them
   * followed if it is a link ({@code O_NOFOLLOW} guards only the last name of a path). Where the
   * file system cannot open a file relative to a folder, the path is opened without following a
   * link at its end.
   */
  private static InputStream openBeneath(Path file, Path source) throws IOException {
    if (source.equals(file)) {
      // A name in the folder itself: O_NOFOLLOW guards the one name there is, with one system call.
      return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    }
    Path folder = file.toAbsolutePath().getParent().toRealPath();
    Path relative = folder.relativize(source.toAbsolutePath());
    if (relative.isAbsolute() || relative.getNameCount() == 0 || relative.startsWith("..")) {
      throw new FileSystemException(file.toString(), null, "leads outside the records folder");
    }
    DirectoryStream<Path> opened = Files.newDirectoryStream(folder);
    if (!(opened instanceof SecureDirectoryStream<Path> current)) {
      opened.close();
      return Files.newInputStream(folder.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }
    try {
      for (int i = 0; i < relative.getNameCount() - 1; i++) {
        SecureDirectoryStream<Path> next = current.newDirectoryStream(relative.getName(i), LinkOption.NOFOLLOW_LINKS);
        current.close();
        current = next;
      }
      return Channels.newInputStream(
          current.newByteChannel(relative.getFileName(), Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)));
    } finally {
      current.close();
    }
  }

  /** A file's bytes and the tree they were read into. */
  private record Read(Path file, byte[] bytes, YamlNode root) {}

  private static final java.util.concurrent.atomic.AtomicReference<Read> LAST_CAMPAIGN =
      new java.util.concurrent.atomic.AtomicReference<>();

  /**
   * As {@link #read}, for a campaign file: a command reads it to find its project and again to open
   * it, so the tree of the last one read is kept and given again while the file holds the same bytes.
   */
  static YamlNode readCampaign(Path file) throws DiagnosticException {
    byte[] bytes = bytes(file);
    Read last = LAST_CAMPAIGN.get();
    if (last != null && last.file().equals(file) && java.util.Arrays.equals(last.bytes(), bytes)) {
      return last.root();
    }
    YamlNode root = parse(file, decode(file, bytes));
    LAST_CAMPAIGN.set(new Read(file, bytes, root));
    return root;
  }

  /** The file's bytes, read only from a regular file and only up to the limit. */
  static byte[] bytes(Path file) throws DiagnosticException {
    BasicFileAttributes attributes;
    try {
      // Asked before opening: a device never ends and a pipe waits for a writer.
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new DiagnosticException(Diagnostic.error(file, "no such file"));
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file, "cannot be read: " + Reason.of(e)));
    }
    if (!attributes.isRegularFile()) {
      throw new DiagnosticException(Diagnostic.error(file, "is not a regular file, so it is not read"));
    }
    return bytes(file, attributes, () -> Files.newInputStream(file));
  }

  /** The bytes {@code opener} opens; what goes wrong is told of {@code file}. */
  private static byte[] bytes(Path file, BasicFileAttributes attributes, Opener opener) throws DiagnosticException {
    if (attributes.size() > MAX_BYTES) {
      throw new DiagnosticException(
          Diagnostic.error(file, "file is " + attributes.size() + " bytes; at most 1 MiB is allowed"));
    }
    try (InputStream in = opener.open()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new DiagnosticException(Diagnostic.error(file, "file grew past 1 MiB while it was read"));
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new DiagnosticException(Diagnostic.error(file, "no such file"));
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file, "cannot be read: " + Reason.of(e)));
    }
  }

  /**
   * The file's text. Java's own UTF-8 reading of a byte array is many times cheaper than a decoder
   * that reports, and marks each malformed sequence with U+FFFD; so the reporting decoder runs only
   * on a text that holds U+FFFD, to tell a malformed file from one that writes the character.
   */
  private static String decode(Path file, byte[] bytes) throws DiagnosticException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 ? text : decodeStrictly(file, bytes);
  }

  private static String decodeStrictly(Path file, byte[] bytes) throws DiagnosticException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new DiagnosticException(
          Diagnostic.error(
              file, line, offset - lineStart + 1, "is not valid UTF-8 text; save it as UTF-8"));
    }
    return out.flip().toString();
  }

  private static YamlNode parse(Path file, String text) throws DiagnosticException {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    Optional<YamlNode> plain = BlockYaml.read(text);
    return plain.isPresent() ? plain.get() : parseFully(file, text);
  }

  /** The tree of {@code text} as the full YAML parser reads it, or the first problem it meets. */
  static YamlNode parseFully(Path file, String text) throws DiagnosticException {
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new DiagnosticException(Diagnostic.error(file, 1, 1, "the file is empty"));
      }
      YamlNode root = node(file, parser, first, 0);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new DiagnosticException(
            Diagnostic.error(
                file, at.getLineNr(), at.getColumnNr(), "only one YAML document is allowed"));
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new DiagnosticException(syntaxError(file, e), e);
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file, "cannot be read: " + e.getMessage()), e);
    }
  }

  /**
   * A YAML syntax error where the scanner found it, in its own words ("found character '\t' that
   * cannot start any token"), rather than Jackson's wrapper of it.
   */
  private static Diagnostic syntaxError(Path file, JsonProcessingException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark at = marked.getProblemMark();
        String problem = marked.getProblem().contains("\\t(TAB)")
            ? "a tab character; indent with spaces, not tabs"
            : marked.getProblem() + where(marked);
        return Diagnostic.error(file, at.getLine() + 1, at.getColumn() + 1, "is not valid YAML: " + problem);
      }
    }
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    if (String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
      return Diagnostic.error(file, line, column, tooDeep());
    }
    Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
    String message = duplicate.matches()
        ? "the key '" + duplicate.group(1) + "' is given twice; give each key once"
        : "is not valid YAML: " + firstLine(e);
    return Diagnostic.error(file, line, column, message);
  }

  /** Where the construct the scanner was in began: " (while scanning a quoted scalar from 1:8)". */
  private static String where(MarkedYAMLException marked) {
    Mark start = marked.getContextMark();
    if (marked.getContext() == null || start == null) {
      return "";
    }
    return " (" + marked.getContext() + " from " + (start.getLine() + 1) + ":" + (start.getColumn() + 1) + ")";
  }

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private static YamlNode node(Path file, YAMLParser parser, JsonToken token, int depth)
      throws IOException, DiagnosticException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (parser.isCurrentAlias()) {
      throw new DiagnosticException(
          Diagnostic.error(file, line, column, "YAML aliases (*name) are not allowed; write the value out"));
    }
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
      throw new DiagnosticException(Diagnostic.error(file, line, column, tooDeep()));
    }
    return switch (token) {
      case START_OBJECT -> mapping(file, parser, line, column, depth + 1);
      case START_ARRAY -> sequence(file, parser, line, column, depth + 1);
      case VALUE_STRING -> scalar(parser, YamlNode.ScalarType.TEXT, line, column);
      case VALUE_TRUE, VALUE_FALSE -> scalar(parser, YamlNode.ScalarType.BOOLEAN, line, column);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          scalar(parser, YamlNode.ScalarType.NUMBER, line, column);
      case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.ScalarType.NULL, line, column);
      default ->
          throw new DiagnosticException(
              Diagnostic.error(file, line, column, "unexpected YAML content: " + token));
    };
  }

  private static YamlNode scalar(
      YAMLParser parser, YamlNode.ScalarType type, int line, int column) throws IOException {
    String text = type == YamlNode.ScalarType.BOOLEAN
        ? String.valueOf(parser.getBooleanValue())
        : parser.getText();
    return new YamlNode.Scalar(text, type, line, column);
  }

  private static String tooDeep() {
    return "maps and lists nest more than " + MAX_DEPTH + " levels deep here; a record needs a few";
  }

  private static YamlNode mapping(Path file, YAMLParser parser, int line, int column, int depth)
      throws IOException, DiagnosticException {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, int[]> keys = new LinkedHashMap<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      JsonLocation at = parser.currentTokenLocation();
      String key = parser.currentName();
      if (entries.containsKey(key)) {
        throw new DiagnosticException(
            Diagnostic.error(
                file,
                at.getLineNr(),
                at.getColumnNr(),
                "duplicate key '" + key + "' (first at line " + keys.get(key)[0] + ")"));
      }
      keys.put(key, new int[] {at.getLineNr(), at.getColumnNr()});
      entries.put(key, node(file, parser, parser.nextToken(), depth));
    }
    return new YamlNode.Mapping(entries, keys, line, column);
  }

  private static YamlNode sequence(Path file, YAMLParser parser, int line, int column, int depth)
      throws IOException, DiagnosticException {
    List<YamlNode> items = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      items.add(node(file, parser, token, depth));
    }
    return new YamlNode.Sequence(items, line, column);
  }

  private static String firstLine(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "syntax error";
    }
    String first = message.strip().lines().findFirst().orElse("syntax error").strip();
    return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
  }
}

package letters.compose;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import letters.diagnostic.Diagnostic;

/**
 * The templates of one campaign as they stood when it was opened: every {@code .ftl} file under the
 * templates folder, read once. A build sees one version of the templates from its first letter to
 * its last, however they are edited meanwhile; the preview opens the campaign again to see edits.
 *
 * <p>Only regular files inside the folder are read (a link is followed only to a regular file that
 * is inside it too), each at most {@value #MAX_BYTES} bytes of UTF-8. A file that fails these is
 * kept as its problem, reported where a letter includes it.
 */
final class TemplateFiles implements TemplateLoader {
  /** The largest template read; the shipped ones are a few kilobytes. */
  static final int MAX_BYTES = 1 << 20;

  private final Path directory;
  private final Map<String, Source> sources;

  /** One template file: its text, or the problem that kept it from being read. */
  record Source(String name, Path file, String text, Diagnostic problem) {}

  /** A template that could not be read, carried out of FreeMarker to be reported as it is. */
  static final class Unreadable extends IOException {
    @java.io.Serial private static final long serialVersionUID = 1L;

    final transient Diagnostic diagnostic;

    Unreadable(Diagnostic diagnostic) {
      super(diagnostic.message());
      this.diagnostic = diagnostic;
    }
  }

  private TemplateFiles(Path directory, Map<String, Source> sources) {
    this.directory = directory;
    this.sources = sources;
  }

  /** Reads every template under {@code directory} now. */
  static TemplateFiles read(Path directory) throws IOException {
    Map<String, Source> sources = new TreeMap<>();
    Path root = directory.toRealPath();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ftl")).toList()) {
        String name = directory.relativize(file).toString().replace('\\', '/');
        sources.put(name, source(name, file, root));
      }
    }
    return new TemplateFiles(directory, sources);
  }

  private static Source source(String name, Path file, Path root) {
    try {
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        return problem(name, file, "is a folder, not a template");
      }
      Path real = file.toRealPath();
      if (!real.startsWith(root)) {
        return problem(name, file, "links to " + real + ", outside the templates folder; templates are read only from inside it");
      }
      if (!Files.isRegularFile(real)) {
        return problem(name, file, "is not a regular file; a template is a text file");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(real)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        return problem(name, file, "is larger than 1 MiB; a template is a page or two of text");
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return new Source(name, file, text, null);
    } catch (CharacterCodingException e) {
      return problem(name, file, "is not valid UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      return problem(name, file, "cannot be read: " + e.getMessage());
    }
  }

  private static Source problem(String name, Path file, String message) {
    return new Source(name, file, null, Diagnostic.error(file, message));
  }

  /** Whether {@code other} holds the same templates, each with the same text or problem. */
  boolean sameAs(TemplateFiles other) {
    return directory.equals(other.directory) && sources.equals(other.sources);
  }

  /** The names of every template, as includes name them ({@code paragraphs/contact.ftl}), in order. */
  Iterable<String> names() {
    return sources.keySet();
  }

  /** The text of template {@code name}, if it was read. */
  Optional<String> text(String name) {
    return Optional.ofNullable(sources.get(name)).map(Source::text);
  }

  Path directory() {
    return directory;
  }

  @Override
  public Object findTemplateSource(String name) {
    return sources.get(name);
  }

  @Override
  public long getLastModified(Object source) {
    // The files were read once and never change.
    return 0;
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    Source template = (Source) source;
    if (template.problem() != null) {
      throw new Unreadable(template.problem());
    }
    return new StringReader(template.text());
  }

  @Override
  public void closeTemplateSource(Object source) {
    // Nothing is held open.
  }
}

package letters.compose;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads templates from the templates folder, and refuses any that uses {@code ?eval} or {@code
 * ?interpret}: those run a string as template code, and the strings a template has are the
 * records' names and notes, which are printed, never run.
 */
final class TemplateFiles implements TemplateLoader {
  private static final Pattern RUNS_TEXT = Pattern.compile("\\?\\s*(eval|interpret)\\b");

  private final FileTemplateLoader files;

  TemplateFiles(Path directory) throws IOException {
    this.files = new FileTemplateLoader(directory.toFile());
  }

  /** A template that uses a built-in no template may use, and where. */
  static final class Refused extends IOException {
    @java.io.Serial private static final long serialVersionUID = 1L;

    // Read where the exception is caught, never serialised.
    final transient Path file;
    final int line;
    final int column;

    Refused(Path file, int line, int column, String builtin) {
      super("?" + builtin + " is not allowed: it would run text (such as a record's names and notes) as template code");
      this.file = file;
      this.line = line;
      this.column = column;
    }
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    return files.findTemplateSource(name);
  }

  @Override
  public long getLastModified(Object source) {
    return files.getLastModified(source);
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    String text;
    try (Reader reader = files.getReader(source, encoding)) {
      StringBuilder all = new StringBuilder(4096);
      char[] buffer = new char[4096];
      for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
        all.append(buffer, 0, read);
      }
      text = all.toString();
    }
    Matcher use = RUNS_TEXT.matcher(text);
    if (use.find()) {
      int line = 1 + (int) text.substring(0, use.start()).chars().filter(c -> c == '\n').count();
      int column = use.start() - text.lastIndexOf('\n', use.start() - 1);
      throw new Refused(((File) source).toPath(), line, column, use.group(1));
    }
    return new StringReader(text);
  }

  @Override
  public void closeTemplateSource(Object source) throws IOException {
    files.closeTemplateSource(source);
  }
}

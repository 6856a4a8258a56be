package letters.diagnostic;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in a user's file, printed the way a compiler prints it: {@code
 * records/kent.yaml:12:3: error: unknown key 'outcom' (did you mean 'outcome'?)}. Line and column
 * are 1-based and 0 when unknown. {@code cause}, when there is one, is what went wrong inside the
 * tool; it is shown only to those who ask for it ({@code --debug}) and takes no part in equality.
 */
public record Diagnostic(
    Path file, int line, int column, Severity severity, String message, Throwable cause) {

  /** Orders one file's diagnostics as they stand in the file, top to bottom. */
  public static final java.util.Comparator<Diagnostic> BY_POSITION =
      java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
    if (message.contains("\n")) {
      throw new IllegalArgumentException("message must be one line: " + message);
    }
  }

  public static Diagnostic error(Path file, int line, int column, String message) {
    return new Diagnostic(file, line, column, Severity.ERROR, message, null);
  }

  public static Diagnostic error(Path file, String message) {
    return error(file, 0, 0, message);
  }

  public static Diagnostic warning(Path file, int line, int column, String message) {
    return new Diagnostic(file, line, column, Severity.WARNING, message, null);
  }

  /**
   * The same diagnostic, told against {@code file} when it names none yet: a stage that finds a
   * problem in text it was given (the layout) leaves it to its caller to say whose text it was.
   */
  public Diagnostic orIn(Path file) {
    return this.file != null || file == null ? this : new Diagnostic(file, line, column, severity, message, cause);
  }

  /** The same diagnostic, remembering the exception behind it. */
  public Diagnostic withCause(Throwable cause) {
    return new Diagnostic(file, line, column, severity, message, cause);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Diagnostic that
        && Objects.equals(file, that.file)
        && line == that.line
        && column == that.column
        && severity == that.severity
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, severity, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The compiler-style line, with the file shown relative to {@code base} when it lies below it. */
  public String format(Path base) {
    StringBuilder out = new StringBuilder();
    if (file != null) {
      out.append(display(file, base));
      if (line > 0) {
        out.append(':').append(line);
        if (column > 0) {
          out.append(':').append(column);
        }
      }
      out.append(": ");
    }
    return out.append(severity.label()).append(": ").append(message).toString();
  }

  @Override
  public String toString() {
    return format(null);
  }

  private static String display(Path file, Path base) {
    if (base != null) {
      Path absolute = file.toAbsolutePath().normalize();
      Path root = base.toAbsolutePath().normalize();
      if (absolute.startsWith(root) && !absolute.equals(root)) {
        return root.relativize(absolute).toString();
      }
    }
    return file.toString();
  }
}

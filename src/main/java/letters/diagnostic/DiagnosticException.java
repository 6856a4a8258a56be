package letters.diagnostic;

import java.io.Serial;

/**
 * Carries a {@link Diagnostic} out of a stage that cannot go on with one letter (a template that
 * fails, an image that cannot be read). The caller reports it and goes on with the other letters.
 */
public final class DiagnosticException extends Exception {
  @Serial private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  public DiagnosticException(Diagnostic diagnostic) {
    super(diagnostic.toString());
    this.diagnostic = diagnostic;
  }

  public DiagnosticException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.toString(), cause);
    this.diagnostic = diagnostic.withCause(cause);
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}

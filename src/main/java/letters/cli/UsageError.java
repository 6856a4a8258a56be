package letters.cli;

/**
 * A command used in a way it cannot run (outside any project, an id naming a file in another
 * folder): one line saying why and what to do instead, and exit status 2, never a stack trace.
 */
final class UsageError extends RuntimeException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message, null, false, false);
  }
}

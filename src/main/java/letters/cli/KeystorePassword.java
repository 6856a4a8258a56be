package letters.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.diagnostic.Reason;

/**
 * The keystore's password: from the environment variable {@value #VARIABLE}, or asked for at the
 * terminal without echo. Never from the command line, where other users could see it, and never
 * printed.
 */
final class KeystorePassword {
  static final String VARIABLE = "LETTERS_KEYSTORE_PASSWORD";

  private KeystorePassword() {}

  /** The password of {@code keystore}, asked for only once it is known that the file can be read. */
  static char[] ask(Session session, Path keystore) throws DiagnosticException {
    // Opened, not read whole: a device as the keystore never ends, and signing reads it within a limit.
    if (Files.exists(keystore) && !Files.isRegularFile(keystore)) {
      throw new DiagnosticException(Diagnostic.error(keystore, "is not a regular file"));
    }
    try (java.io.InputStream in = Files.newInputStream(keystore)) {
      in.read();
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(keystore, "cannot be read: " + Reason.of(e)));
    }
    String given = session.environment().get(VARIABLE);
    if (given != null) {
      return given.toCharArray();
    }
    Console console = System.console();
    char[] typed = console == null ? null : console.readPassword("Keystore password: ");
    if (typed == null) {
      throw new DiagnosticException(Diagnostic.error(keystore,
          "no password for it: set " + VARIABLE + " or run in a terminal to be asked for it"));
    }
    return typed;
  }
}

package letters.cli;

import java.io.Console;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;

/**
 * The keystore's password: from the environment variable {@value #VARIABLE}, or asked for at the
 * terminal without echo. Never from the command line, where other users could see it, and never
 * printed.
 */
final class KeystorePassword {
  static final String VARIABLE = "LETTERS_KEYSTORE_PASSWORD";

  private KeystorePassword() {}

  static char[] ask(Session session) throws DiagnosticException {
    String given = session.environment().get(VARIABLE);
    if (given != null) {
      return given.toCharArray();
    }
    Console console = System.console();
    char[] typed = console == null ? null : console.readPassword("Keystore password: ");
    if (typed == null) {
      throw new DiagnosticException(Diagnostic.error(session.workingDirectory(),
          "no keystore password: set " + VARIABLE + " or run in a terminal to be asked for it"));
    }
    return typed;
  }
}

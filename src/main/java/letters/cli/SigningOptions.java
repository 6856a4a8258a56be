package letters.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import letters.Letters;
import letters.diagnostic.DiagnosticException;
import letters.diagnostic.Result;
import letters.sign.Signer;
import picocli.CommandLine.Option;

/** {@code --sign KEYSTORE.p12} and {@code --sign-alias}: the key signed-off letters are signed with. */
final class SigningOptions {
  @Option(names = "--sign", paramLabel = "KEYSTORE.p12",
      description = "Sign every signed-off letter with this PKCS#12 key; the password comes from "
          + "LETTERS_KEYSTORE_PASSWORD or is asked for. Drafts are listed and fail.")
  Path keystore;

  @Option(names = "--sign-alias", paramLabel = "ALIAS", description = "Which key of the keystore to sign with.")
  String alias;

  /**
   * The signer the options name (none without {@code --sign}), or why the keystore cannot be
   * used; the password is asked for here.
   */
  Result<Optional<Signer>> signer(Session session) {
    if (keystore == null) {
      return Result.of(Optional.empty(), List.of());
    }
    Path file = session.resolve(keystore);
    try {
      return Result.of(Optional.of(
          Letters.signer(file, Optional.ofNullable(alias), KeystorePassword.ask(session, file))), List.of());
    } catch (DiagnosticException e) {
      return Result.failed(e.diagnostic());
    }
  }
}

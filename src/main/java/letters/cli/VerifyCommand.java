package letters.cli;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import letters.Letters;
import letters.diagnostic.DiagnosticException;
import letters.sign.Verifier.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code letters verify FILE... [--trust CERT]}: says of each PDF whether it is signed, by whom,
 * when, whether it is unaltered, whether the certificate was valid when it signed, and whether it
 * chains to a trusted certificate (or that, with none given, this is integrity only): a line a
 * file, and exit 1 if any is not good.
 */
@Command(name = "verify", description = "Check the digital signatures of PDFs.")
final class VerifyCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Session session;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The PDFs to check.")
  List<Path> files;

  @Option(names = "--trust", paramLabel = "CERT",
      description = "Trust signers whose certificate chains to this certificate (PEM or DER). Without it, the answer is about integrity only.")
  Path trust;

  VerifyCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    List<Verification> results;
    try {
      results = Letters.verify(files.stream().map(session::resolve).toList(),
          java.util.Optional.ofNullable(trust).map(session::resolve));
    } catch (DiagnosticException e) {
      session.report(List.of(e.diagnostic()), common.debug());
      return 1;
    }
    for (Verification result : results) {
      String file = session.shown(result.file());
      if (result.isValid()) {
        session.out().println(file + ": " + signed(result) + "; its certificate was valid then"
            + result.trustedBy().map(anchor -> " and chains to " + anchor)
                .orElse("; integrity only: no certificate trusted (--trust CERT)"));
      } else if (result.unaltered()) {
        session.out().println(file + ": " + signed(result) + ", but " + result.problem());
      } else {
        session.out().println(file + ": " + result.problem() + result.signer().map(s -> " (signed by " + s + ")").orElse(""));
      }
    }
    session.out().flush();
    return results.stream().allMatch(Verification::isValid) ? 0 : 1;
  }

  private static String signed(Verification result) {
    return "signed by " + result.signer().orElse("?") + result.signedAt().map(at -> " on " + WHEN.format(at)).orElse("")
        + ", unaltered since signing";
  }
}

package letters.cli;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import letters.Letters;
import letters.sign.Verifier.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code letters verify FILE...}: says of each PDF whether it is signed, by whom, when, and unaltered. */
@Command(name = "verify", description = "Check the digital signatures of PDFs.")
final class VerifyCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Session session;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The PDFs to check.")
  List<Path> files;

  VerifyCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    List<Verification> results = Letters.verify(files.stream().map(session::resolve).toList());
    for (Verification result : results) {
      String file = session.shown(result.file());
      if (result.isValid()) {
        session.out().println(file + ": signed by " + result.signer().orElse("?")
            + result.signedAt().map(at -> " on " + WHEN.format(at)).orElse("") + ", unaltered since signing");
      } else {
        String who = result.signer().map(s -> " (signed by " + s + ")").orElse("");
        session.out().println(file + ": " + result.problem() + who);
      }
    }
    session.out().flush();
    return results.stream().allMatch(Verification::isValid) ? 0 : 1;
  }
}

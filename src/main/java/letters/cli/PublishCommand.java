package letters.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import letters.BuildReport;
import letters.Letters;
import letters.diagnostic.Result;
import letters.sign.Signer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code letters publish}: the signed-off letters and the national overview as a static website. */
@Command(
    name = "publish",
    description = "Write the signed-off letters and the national overview as a static website, replacing the folder whole.")
final class PublishCommand implements Callable<Integer> {
  private final Session session;

  @Mixin SourceOptions sources;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/site",
      description = "Folder of the website (default: ${DEFAULT-VALUE}); replaced whole, so empty or a site.")
  Path out;

  @Mixin SigningOptions signing;

  PublishCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Path site = session.resolve(out);
    Result<Optional<Signer>> signer = signing.signer(session);
    if (signer.value().isEmpty()) {
      session.report(signer.diagnostics(), sources.debug);
      return 1;
    }
    BuildReport report = sources.open(session).publish(site, signer.value().get());
    session.report(report.diagnostics(), sources.debug);
    int published = report.written().size();
    if (published > 0) {
      session.out().println(published + " letter" + (published == 1 ? "" : "s") + " published to "
          + session.shown(site.resolve(Letters.SITE_INDEX)) + (report.failed() > 0 ? ", " + report.failed() + " not published" : ""));
    } else {
      session.out().println("nothing published; " + session.shown(site) + " is unchanged");
    }
    session.out().flush();
    return report.isClean() ? 0 : 1;
  }
}

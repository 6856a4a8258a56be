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
@Command(name = "publish", description = "Write the signed-off letters and the national overview as a website.")
final class PublishCommand implements Callable<Integer> {
  static final String DEFAULT = "out/site";

  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Option(names = "--out", paramLabel = "DIR",
      description = "The website's folder (default: " + DEFAULT + ", in the project), replaced whole: empty, or a site.")
  Path out;

  @Mixin SigningOptions signing;

  PublishCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Sources found = sources.locate(session);
    Path site = found.output(session, out, DEFAULT);
    Result<Optional<Signer>> signer = signing.signer(session);
    if (signer.value().isEmpty()) {
      session.report(signer.diagnostics(), common.debug());
      return 1;
    }
    BuildReport report;
    try (ProgressBar bar = ProgressBar.on(session, "publishing")) {
      report = found.open().publish(site, signer.value().get(), bar);
    }
    session.report(report.diagnostics(), common.debug());
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

package letters.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import letters.BuildOptions;
import letters.BuildReport;
import letters.Letters;
import letters.diagnostic.Result;
import letters.sign.Signer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code letters build}: writes every letter (or the given ones), their text and the manifest. */
@Command(name = "build", description = "Write the letters as PDFs, with their text and a manifest.")
final class BuildCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Mixin OutputOption output;

  @Option(names = "--final", description = "Refuse drafts: write only signed-off letters, list the others and fail.")
  boolean finalOnly;

  @Mixin SigningOptions signing;

  @Option(names = "--bundle", description = "Also write bundle.pdf: every letter in the order of their names, bookmarked.")
  boolean bundle;

  @Parameters(paramLabel = "ID", arity = "0..*",
      description = "Record ids (or their files) to build (default: all).")
  List<String> ids = new ArrayList<>();

  BuildCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Sources found = sources.locate(session);
    List<String> chosen = found.ids(ids, session);
    Path out = output.in(session, found);
    return FolderHold.holding(session, out, common.debug(), () -> build(found, chosen, out));
  }

  private int build(Sources found, List<String> chosen, Path out) {
    Result<Optional<Signer>> signer = signing.signer(session);
    if (signer.value().isEmpty()) {
      session.report(signer.diagnostics(), common.debug());
      return 1;
    }
    Letters letters = found.open();
    BuildReport report;
    try (ProgressBar bar = ProgressBar.on(session, "building")) {
      report = letters.build(chosen, out, bar, new BuildOptions(finalOnly, signer.value().get()));
    }
    session.report(report.diagnostics(), common.debug());
    int written = report.written().size();
    session.out().println(
        written + " letter" + (written == 1 ? "" : "s") + " written to " + session.shown(out)
            + (report.failed() > 0 ? ", " + report.failed() + " failed" : ""));
    boolean clean = report.isClean();
    if (Thread.currentThread().isInterrupted()) {
      // Stopped part-way (serve's client went away): the bundle of a part would replace a whole one.
      session.out().flush();
      return 1;
    }
    if (bundle) {
      Result<Path> bundled = letters.bundle(out);
      session.report(bundled.diagnostics(), common.debug());
      bundled.value().ifPresent(path -> session.out().println("bundle written to " + session.shown(path)));
      clean &= bundled.value().isPresent() && !bundled.hasErrors();
    }
    session.out().flush();
    return clean ? 0 : 1;
  }
}

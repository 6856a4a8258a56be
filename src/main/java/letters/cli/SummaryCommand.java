package letters.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import letters.diagnostic.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code letters summary}: writes the national overview, summary.csv and summary.pdf. */
@Command(
    name = "summary",
    description = "Write the national overview: summary.csv and summary.pdf.")
final class SummaryCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Mixin OutputOption output;

  SummaryCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Sources found = sources.locate(session);
    Path out = output.in(session, found);
    return FolderHold.holding(session, out, common.debug(), () -> summary(found, out));
  }

  private int summary(Sources found, Path out) {
    Result<List<Path>> written;
    try (ProgressBar bar = ProgressBar.on(session, "summarising")) {
      written = found.open().summary(out, bar);
    }
    session.report(written.diagnostics(), common.debug());
    written.value().ifPresent(files -> files.forEach(file -> session.out().println(session.shown(file))));
    session.out().flush();
    return written.value().isPresent() && !written.hasErrors() ? 0 : 1;
  }
}

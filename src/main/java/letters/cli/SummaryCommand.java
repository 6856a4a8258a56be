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
    description = "Write the national overview of every force: summary.csv and summary.pdf.")
final class SummaryCommand implements Callable<Integer> {
  private final Session session;

  @Mixin SourceOptions sources;

  @Mixin OutputOption output;

  SummaryCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    return FolderHold.holding(session, output.in(session), sources.debug, this::summary);
  }

  private int summary() {
    Result<List<Path>> written = sources.open(session).summary(output.in(session));
    session.report(written.diagnostics(), sources.debug);
    written.value().ifPresent(files -> files.forEach(file -> session.out().println(session.shown(file))));
    session.out().flush();
    return written.value().isPresent() && !written.hasErrors() ? 0 : 1;
  }
}

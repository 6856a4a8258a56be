package letters.cli;

import java.util.concurrent.Callable;
import letters.check.Check;
import letters.diagnostic.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code letters check}: every record, template and combination of findings, linted. */
@Command(name = "check", description = "Check every record, template and combination of findings.")
final class CheckCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  CheckCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Sources found = sources.locate(session);
    Check.Report report;
    try (ProgressBar bar = ProgressBar.on(session, "checking")) {
      report = found.open().check(bar);
    }
    session.report(report.problems(), common.debug());
    long problems = report.problems().stream().filter(Diagnostic::isError).count();
    long warnings = report.problems().size() - problems;
    session.out().printf("checked %,d record%s and %,d combinations: %,d problem%s%s%n",
        report.records(), report.records() == 1 ? "" : "s", report.combinations(), problems, problems == 1 ? "" : "s",
        warnings == 0 ? "" : String.format(", %,d warning%s", warnings, warnings == 1 ? "" : "s"));
    session.out().flush();
    return problems == 0 ? 0 : 1;
  }
}

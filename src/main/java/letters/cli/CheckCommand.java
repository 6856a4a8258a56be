package letters.cli;

import java.util.concurrent.Callable;
import letters.check.Check;
import letters.diagnostic.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code letters check}: every record, template and combination of findings, linted. */
@Command(name = "check", description = "Check every record, template and combination of findings.")
final class CheckCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Option(names = "--all", description = "Every combination of findings with and without notes and optional fields, "
      + "(by default each combination of findings once, with those in turn).")
  boolean all;

  CheckCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Sources found = sources.locate(session);
    Check.Report report;
    try (ProgressBar bar = ProgressBar.on(session, "checking")) {
      report = found.open().check(all, bar);
    }
    session.report(report.problems(), common.debug());
    long problems = report.problems().stream().filter(Diagnostic::isError).count();
    long warnings = report.problems().size() - problems;
    session.out().printf("checked %,d record%s and %s: %,d problem%s%s%n",
        report.records(), report.records() == 1 ? "" : "s", coverage(report), problems, problems == 1 ? "" : "s",
        warnings == 0 ? "" : String.format(", %,d warning%s", warnings, warnings == 1 ? "" : "s"));
    session.out().flush();
    return problems == 0 ? 0 : 1;
  }

  /** Exactly which combinations were checked, out of how many. */
  private static String coverage(Check.Report report) {
    return switch (report.coverage()) {
      case NONE -> "0 combinations";
      case EVERY -> String.format("%,d of %,d combinations", report.combinations(), report.total());
      case EVERY_FINDINGS -> String.format("every combination of findings, each with or without notes and optional "
          + "recipient fields in turn: %,d of %,d combinations (--all for every one)", report.combinations(), report.total());
    };
  }
}

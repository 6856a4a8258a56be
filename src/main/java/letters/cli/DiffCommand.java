package letters.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import letters.Letters.Comparison;
import letters.diagnostic.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code letters diff}: what the current records and templates would change in the letters the
 * last build wrote, word by word; exit 0 when nothing, 1 when something (as {@code git diff
 * --exit-code}).
 */
@Command(name = "diff", description = "Show how the letters would change from the last build's text.")
final class DiffCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Mixin OutputOption output;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Record ids (or their files) to compare (default: all).")
  List<String> ids = new ArrayList<>();

  DiffCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Sources found = sources.locate(session);
    List<String> chosen = found.ids(ids, session);
    Path out = output.in(session, found);
    Result<List<Comparison>> compared;
    try (ProgressBar bar = ProgressBar.on(session, "comparing")) {
      compared = found.open().compare(chosen, out, bar);
    }
    session.report(compared.diagnostics(), common.debug());
    List<String> unchanged = new ArrayList<>();
    int changed = 0;
    for (Comparison comparison : compared.value().orElse(List.of())) {
      if (comparison.before().isEmpty()) {
        session.out().println(comparison.id() + ": new (no text from a build in " + session.shown(out) + ")");
        changed++;
        continue;
      }
      List<String> changes = comparison.changes();
      if (changes.isEmpty()) {
        unchanged.add(comparison.id());
        continue;
      }
      changed++;
      session.out().println(comparison.id() + ": " + changes.size() + (changes.size() == 1 ? " change" : " changes"));
      changes.forEach(change -> session.out().println("  " + change));
    }
    if (!unchanged.isEmpty()) {
      session.out().println("unchanged: " + String.join(", ", unchanged));
    }
    session.out().flush();
    return changed == 0 && !compared.hasErrors() ? 0 : 1;
  }
}

package letters.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import letters.check.Explainer.Explanation;
import letters.diagnostic.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code letters explain ID}: each sentence of the letter, under the template file and line that
 * wrote it and the findings that chose it.
 */
@Command(name = "explain", description = "Show which template line and findings made each sentence.")
final class ExplainCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Parameters(paramLabel = "ID", description = "The record's id (or its file), e.g. thames-valley.")
  String id;

  ExplainCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Sources found = sources.locate(session);
    Result<List<Explanation>> explained = found.open().explain(found.ids(List.of(id), session).getFirst());
    session.report(explained.diagnostics(), common.debug());
    Map<java.nio.file.Path, String> shown = new java.util.HashMap<>();
    for (Explanation explanation : explained.value().orElse(List.of())) {
      List<Integer> lines = explanation.lines();
      String where = shown.computeIfAbsent(explanation.template(), session::shown) + (lines.isEmpty() ? "" : ":" + lines.getFirst())
          + (lines.size() > 1 ? " (with lines " + lines.subList(1, lines.size()).stream().map(String::valueOf)
              .collect(Collectors.joining(", ")) + ")" : "");
      session.out().println(where + findings(explanation.findings()));
      session.out().println("    " + explanation.sentence());
    }
    session.out().flush();
    return explained.value().isPresent() ? 0 : 1;
  }

  private static String findings(Map<String, String> findings) {
    return findings.isEmpty() ? ""
        : "  [" + findings.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + "]";
  }
}

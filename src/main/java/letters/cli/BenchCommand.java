package letters.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import letters.Letters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code letters bench}: builds made-up records of several sizes and reports what it cost. */
@Command(name = "bench", description = "Measure builds, previews and each stage on made-up records.")
final class BenchCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "43,1000,10000",
      description = "How many letters each build makes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--steady", paramLabel = "N", defaultValue = "1000",
      description = "Letters measured in one warm JVM (default: ${DEFAULT-VALUE}).")
  int steady;

  @Option(names = "--check", paramLabel = "RUNS", arity = "0..1", fallbackValue = "5",
      description = "Time `letters check` on the records and templates instead, over RUNS runs (default 5).")
  Integer checkRuns;

  BenchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    Sources found = sources.locate(session);
    String launcher = session.environment().get("LETTERS_LAUNCHER");
    if (launcher == null) {
      throw new UsageError("bench runs builds through the ./letters launcher; run it as ./letters bench");
    }
    if (checkRuns != null && checkRuns < 1) {
      throw new UsageError("--check takes a number of runs of at least 1, not " + checkRuns);
    }
    try (ScratchFolder work = ScratchFolder.create("letters-bench");
        ProgressBar bar = ProgressBar.on(session, "benchmarking")) {
      session.err().println("letters: benchmarking in " + work.path() + " (removed at the end)");
      if (checkRuns != null) {
        Letters.benchmarkCheck(Path.of(launcher), found.templates(), found.records(), work.path(), bar.above(session.out()),
            checkRuns);
      } else {
        Letters.benchmark(Path.of(launcher), found.templates(), work.path(), bar.above(session.out()), sizes, steady, bar);
      }
    }
    session.out().flush();
    return 0;
  }
}

package letters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import letters.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code letters bench}: builds made-up records of several sizes and reports what it cost. */
@Command(name = "bench", description = "Measure builds, previews and each stage on made-up records.")
final class BenchCommand implements Callable<Integer> {
  private final Session session;

  @Mixin SourceOptions sources;

  @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "43,1000,10000",
      description = "How many letters each build makes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--steady", paramLabel = "N", defaultValue = "1000",
      description = "Letters measured in one warm JVM (default: ${DEFAULT-VALUE}).")
  int steady;

  BenchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    String launcher = System.getenv("LETTERS_LAUNCHER");
    if (launcher == null) {
      session.err().println("letters: bench runs builds through the ./letters launcher; run it as ./letters bench");
      return 2;
    }
    Path work = Files.createTempDirectory("letters-bench");
    session.err().println("letters: benchmarking in " + work);
    new Benchmark(Path.of(launcher), session.resolve(sources.templates), work, session.out()).run(sizes, steady);
    return 0;
  }
}

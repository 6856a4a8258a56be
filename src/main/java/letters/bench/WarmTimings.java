package letters.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import letters.Letters;

/**
 * Times build, preview and explain as an editor runs them with {@code letters serve} running for
 * the project: through the launcher, which hands them to serve's warm process. The project is made
 * in the work folder from the benchmark's templates and records; serve is started there and
 * stopped at the end. Each command is run a few times unmeasured first, as serve has run a while
 * when an editor works (a build of a thousand letters or more once, then three times measured, each
 * into a new folder); the serve process's own CPU is read from {@code /proc} around each run.
 */
final class WarmTimings {
  static final int RUNS = 5;
  private static final int WARM_UP = 3;
  /** A build of a thousand letters or more: fewer runs, and one unmeasured, as each takes seconds. */
  private static final int BIG_RUNS = 3;
  private static final int BIG_WARM_UP = 1;
  private static final int BIG = 1000;
  private static final String STATE = ".letters/warm";

  private final Path launcher;
  private final Path project;
  private final PrintWriter out;

  WarmTimings(Path launcher, Path project, PrintWriter out) {
    this.launcher = launcher;
    this.project = project;
    this.out = out;
  }

  /**
   * Makes the project in {@code project} from {@code templates} and the {@code letters} records in
   * {@code records}, then times the commands, previewing and explaining {@code id}.
   */
  static void measure(Path launcher, Path templates, Path records, int letters, Path project, String id, PrintWriter out)
      throws IOException, InterruptedException {
    made(templates, records, project);
    new WarmTimings(launcher, project, out).run(letters, Optional.of(id));
  }

  /** As {@link #measure}, timing only the build of the {@code letters} records in {@code records}. */
  static void measureBuild(Path launcher, Path templates, Path records, int letters, Path project, PrintWriter out)
      throws IOException, InterruptedException {
    made(templates, records, project);
    new WarmTimings(launcher, project, out).run(letters, Optional.empty());
  }

  private static void made(Path templates, Path records, Path project) throws IOException {
    Copies.tree(templates, project.resolve("templates"));
    Path folder = Letters.recordsFolder(templates).orElse(Path.of(Letters.RECORDS_FOLDER)).getFileName();
    Copies.tree(records, project.resolve(folder.toString()));
  }

  private void run(int letters, Optional<String> id) throws IOException, InterruptedException {
    Process serve = serve();
    try {
      boolean big = letters >= BIG;
      // A big build writes into a new folder each run, as the fresh JVM's builds do; a small one
      // replaces the letters of the run before, as an editor's rebuild does.
      time("build", String.format(Locale.ROOT, big ? "%,d letters, each run into a new folder," : "%,d letters", letters),
          run -> big ? List.of("build", "--out", "out-" + run) : List.of("build"), serve,
          big ? BIG_WARM_UP : WARM_UP, big ? BIG_RUNS : RUNS);
      if (id.isPresent()) {
        time("preview <id>", "", run -> List.of("preview", id.get()), serve, WARM_UP, RUNS);
        time("explain <id>", "", run -> List.of("explain", id.get()), serve, WARM_UP, RUNS);
      }
    } finally {
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }

  private Process serve() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "serve", "--port", "0").directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(project.resolve("serve.log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("LETTERS_WARM");
    Process serve = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(project.resolve(STATE)) && serve.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    if (!Files.exists(project.resolve(STATE))) {
      serve.destroyForcibly();
      throw new IOException("serve offered no warm process; see " + project.resolve("serve.log"));
    }
    return serve;
  }

  /** Times the command {@code args} gives for each run, its first argument naming it. */
  private void time(String name, String of, IntFunction<List<String>> args, Process serve, int warmUp, int runs)
      throws IOException, InterruptedException {
    Path log = project.resolve(args.apply(0).getFirst() + ".log");
    Path stat = Path.of("/proc", String.valueOf(serve.pid()));
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    for (int i = 0; i < warmUp + runs; i++) {
      List<String> command = new ArrayList<>(List.of(launcher.toString()));
      command.addAll(args.apply(i));
      long before = ProcessMeter.cpuTicks(stat);
      ProcessMeter.Measurement run = ProcessMeter.run(command, log, project);
      if (run.exitStatus() != 0) {
        throw new IOException("letters " + String.join(" ", args.apply(i)) + " failed with serve running; see " + log);
      }
      if (i >= warmUp) {
        walls.add(run.wall().toNanos() / 1e9);
        cpus.add((ProcessMeter.cpuTicks(stat) - before) / (double) ProcessMeter.TICKS_PER_SECOND);
      }
    }
    walls.sort(Double::compare);
    cpus.sort(Double::compare);
    out.printf(Locale.ROOT, "`letters %s`%s with serve running: %.2f s wall, the serve process %.2f s CPU"
        + " (medians of %d through the launcher, after %d more)%n", name, of.isEmpty() ? "" : " of " + of,
        walls.get(runs / 2), cpus.get(runs / 2), runs, warmUp);
    out.flush();
  }
}

package letters.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import letters.BuildReport;
import letters.Letters;
import letters.Progress;
import letters.compose.Composer;
import letters.compose.Letter;
import letters.diagnostic.DiagnosticException;
import letters.diagnostic.Result;
import letters.layout.HouseStyle;
import letters.layout.LetterLayout;
import letters.load.Campaign;
import letters.load.Record;
import letters.load.Records;

/**
 * Measures the tool: whole builds of made-up records as a user runs them (JVM start included),
 * a preview and an explanation of one letter, the same three through serve's warm process, the
 * live preview's page warm and after a template
 * is saved, and the steady-state CPU of each stage and of a whole build inside one warm JVM. It
 * prints the figures the README's performance section quotes.
 */
public final class Benchmark {
  private final Path launcher;
  private final Path templates;
  private final Path work;
  private final PrintWriter out;

  /** The made-up record that previews, explanations and the live preview are timed on. */
  private static final String ID = SyntheticRecords.id(1);

  public Benchmark(Path launcher, Path templates, Path work, PrintWriter out) {
    this.launcher = launcher;
    this.templates = templates;
    this.work = work;
    this.out = out;
  }

  /**
   * Runs every measurement for each of {@code sizes} and prints the tables, telling {@code
   * progress} of each measurement done.
   */
  public void run(List<Integer> sizes, int steadyLetters, Progress progress) throws IOException, InterruptedException {
    progress.started(sizes.size() + 4);
    Campaign campaign = Letters.open(work, templates).campaign().value()
        .orElseThrow(() -> new IOException("the campaign in " + templates + " cannot be read"));
    out.println("| letters | wall | letters/s | CPU | CPU per letter | peak RSS |");
    out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int size : sizes) {
      Path records = work.resolve(size + "/records");
      SyntheticRecords.write(campaign, size, records);
      ProcessMeter.Measurement build = command(size + "/build", List.of("build", "--records", records.toString(),
          "--templates", templates.toString(), "--out", work.resolve(size + "/out").toString()));
      out.printf(Locale.ROOT, "| %,d | %.2f s | %,.0f | %.2f s | %.2f ms | %,d MB |%n", size, seconds(build.wall()),
          size / seconds(build.wall()), seconds(build.cpu()), seconds(build.cpu()) * 1000 / size,
          build.peakKilobytes() / 1024);
      out.flush();
      progress.finished(String.format(Locale.ROOT, "built %,d letters", size), true);
    }
    Path records = work.resolve(sizes.getFirst() + "/records");
    out.println();
    List<String> sources = List.of("--records", records.toString(), "--templates", templates.toString());
    median("preview", Stream.concat(Stream.of("preview", ID, "--out", work.resolve("preview").toString()),
        sources.stream()).toList());
    median("explain", Stream.concat(Stream.of("explain", ID), sources.stream()).toList());
    progress.finished("preview and explain", true);
    WarmTimings.measure(launcher, templates, records, sizes.getFirst(), work.resolve("warm"), ID, out);
    for (int size : sizes.subList(1, sizes.size())) {
      WarmTimings.measureBuild(launcher, templates, work.resolve(size + "/records"), size, work.resolve("warm-" + size), out);
    }
    progress.finished("with serve running", true);
    serve(records);
    progress.finished("serve", true);
    steadyState(campaign, steadyLetters);
    progress.finished("steady state", true);
  }

  /**
   * Times {@code letters check} as an editor runs it (JVM start included) on the records in {@code
   * records} and this benchmark's templates: the median of {@code runs} runs by wall time, and the
   * line the check ends with, which says how many combinations it covered.
   */
  public void check(Path records, int runs) throws IOException, InterruptedException {
    Path log = work.resolve("check.log");
    List<ProcessMeter.Measurement> measured = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      measured.add(ProcessMeter.run(List.of(launcher.toString(), "check", "--records", records.toString(),
          "--templates", templates.toString()), log));
    }
    measured.sort(java.util.Comparator.comparing(ProcessMeter.Measurement::wall));
    ProcessMeter.Measurement median = measured.get(runs / 2);
    List<String> printed = Files.readAllLines(log);
    out.printf(Locale.ROOT, "`letters check` on %s: %.2f s wall, %.2f s CPU, %,d MB peak RSS (median of %d runs)%n%s%n",
        templates, seconds(median.wall()), seconds(median.cpu()), median.peakKilobytes() / 1024, runs,
        printed.isEmpty() ? "(it printed nothing)" : printed.getLast());
    out.flush();
  }

  /** Runs {@code ./letters ARGS} in a fresh JVM; its output goes to {@code name.log}. */
  private ProcessMeter.Measurement command(String name, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(args);
    Path log = work.resolve(name + ".log");
    Files.createDirectories(log.getParent());
    ProcessMeter.Measurement run = ProcessMeter.run(command, log);
    if (run.exitStatus() != 0) {
      throw new IOException("letters " + String.join(" ", args) + " failed; see " + log);
    }
    return run;
  }

  /** The median wall and CPU time of five runs of a command, JVM start included. */
  private void median(String name, List<String> args) throws IOException, InterruptedException {
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ProcessMeter.Measurement run = command(name, args);
      walls.add(seconds(run.wall()));
      cpus.add(seconds(run.cpu()));
    }
    walls.sort(Double::compare);
    cpus.sort(Double::compare);
    out.printf(Locale.ROOT, "`letters %s <id>`: %.2f s wall, %.2f s CPU (medians of 5, JVM start included)%n",
        name, walls.get(2), cpus.get(2));
    out.flush();
  }

  /** The live preview, on a copy of the templates that the measurement edits. */
  private void serve(Path records) throws IOException, InterruptedException {
    Path copy = work.resolve("serve/templates");
    Copies.tree(templates, copy);
    ServeTimings.Timings serve = ServeTimings.measure(records, copy, ID);
    out.printf(Locale.ROOT, "`letters serve`, a letter's page: %.0f ms the first time, %.1f ms refreshed (median of %d)%n",
        serve.firstView(), serve.warmView(), ServeTimings.REFRESHES);
    out.printf(Locale.ROOT, "`letters serve`, after a template is saved: the letter made again in %.0f ms, its page in %.0f ms"
        + " (medians of %d saves)%n", serve.rerender(), serve.viewAfterEdit(), ServeTimings.SAVES);
    out.flush();
  }

  /**
   * CPU per letter inside one warm JVM: each stage on one thread (the mean of {@code letters}
   * after as many to warm up), then whole builds on every core, all threads counted.
   */
  private void steadyState(Campaign campaign, int letters) throws IOException {
    Path records = work.resolve("steady/records");
    SyntheticRecords.write(campaign, letters, records);
    Composer composer = Composer.of(campaign);
    LetterLayout layout = LetterLayout.of(HouseStyle.standard());
    // CPU time, not wall time: on a shared machine the wall clock also counts other work.
    ThreadMXBean thread = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[3];
    for (int round = 0; round < 2; round++) {
      Arrays.fill(cpu, 0);
      for (int i = 1; i <= letters; i++) {
        long start = thread.getCurrentThreadCpuTime();
        Result<Record> record = Records.loadOne(records, SyntheticRecords.id(i), campaign);
        long loaded = thread.getCurrentThreadCpuTime();
        try {
          Letter letter = composer.compose(record.value().orElseThrow());
          long composed = thread.getCurrentThreadCpuTime();
          layout.render(letter);
          cpu[2] += thread.getCurrentThreadCpuTime() - composed;
          cpu[1] += composed - loaded;
        } catch (DiagnosticException e) {
          throw new IOException(e.getMessage(), e);
        }
        cpu[0] += loaded - start;
      }
    }
    out.printf(Locale.ROOT, "%nSteady state, CPU per letter on one thread (mean of %,d after as many to warm up;"
        + " %s): load %.3f ms, compose %.3f ms, lay out %.3f ms%n",
        letters, compilers(), cpu[0] / 1e6 / letters, cpu[1] / 1e6 / letters, cpu[2] / 1e6 / letters);
    OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Letters all = Letters.open(records, templates);
    all.build(List.of(), work.resolve("steady/out"), Progress.NONE);
    long startCpu = process.getProcessCpuTime();
    long start = System.nanoTime();
    BuildReport report = all.build(List.of(), work.resolve("steady/out"), Progress.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    int written = report.written().size();
    out.printf(Locale.ROOT, "Warm build of %,d letters on %d cores (load, compose, lay out, write: text, PDF,"
        + " SHA-256, manifest): %.3f ms of CPU per letter, all threads; %,.0f letters/s%n",
        written, Runtime.getRuntime().availableProcessors(), (process.getProcessCpuTime() - startCpu) / 1e6 / written,
        written / seconds);
    out.flush();
  }

  /** How this JVM compiles its code, from the flags the launcher gave it. */
  private static String compilers() {
    List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
    if (flags.contains("-XX:TieredStopAtLevel=1")) {
      return "client compiler only, as a fresh JVM";
    }
    if (flags.stream().anyMatch(flag -> flag.startsWith("-XX:CompilerDirectivesFile="))) {
      return "client compiler, and the optimising one for SHA-256 only, as serve";
    }
    return "the JVM's default compilers";
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}

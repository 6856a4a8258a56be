package letters.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import letters.BuildReport;
import letters.Letters;
import letters.Progress;
import letters.compose.Composer;
import letters.compose.Letter;
import letters.diagnostic.Result;
import letters.layout.HouseStyle;
import letters.layout.LetterLayout;
import letters.layout.Pdf;
import letters.load.Campaign;
import letters.load.Record;
import letters.load.Records;

/**
 * Measures the tool: whole builds of made-up records as a user runs them (JVM start included),
 * the steady-state cost of each stage inside one warm JVM, and a single preview. It prints a
 * Markdown table for the README.
 */
public final class Benchmark {
  private final Path launcher;
  private final Path templates;
  private final Path work;
  private final PrintWriter out;

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
    progress.started(sizes.size() + 2);
    Campaign campaign = Letters.open(work, templates).campaign().value()
        .orElseThrow(() -> new IOException("the campaign in " + templates + " cannot be read"));
    out.println("| letters | wall | letters/s | CPU | peak RSS |");
    out.println("| ---: | ---: | ---: | ---: | ---: |");
    for (int size : sizes) {
      Path forces = work.resolve(size + "/forces");
      SyntheticRecords.write(campaign, size, forces);
      Path output = work.resolve(size + "/out");
      ProcessMeter.Measurement build = ProcessMeter.run(
          List.of(launcher.toString(), "build", "--forces", forces.toString(), "--templates", templates.toString(),
              "--out", output.toString()), work.resolve(size + "/build.log"));
      if (build.exitStatus() != 0) {
        throw new IOException("the build of " + size + " letters failed; see " + work.resolve(size + "/build.log"));
      }
      out.printf(Locale.ROOT, "| %,d | %.2f s | %,.0f | %.2f s | %,d MB |%n", size, seconds(build.wall()),
          size / seconds(build.wall()), seconds(build.cpu()), build.peakKilobytes() / 1024);
      out.flush();
      progress.finished(String.format(Locale.ROOT, "built %,d letters", size), true);
    }
    preview(work.resolve(sizes.getFirst() + "/forces"));
    progress.finished("previews", true);
    steadyState(campaign, steadyLetters);
    progress.finished("steady state", true);
  }

  /**
   * Times {@code letters check} as an editor runs it (JVM start included) on the records in {@code
   * forces} and this benchmark's templates: the median of {@code runs} runs by wall time, and the
   * line the check ends with, which says how many combinations it covered.
   */
  public void check(Path forces, int runs) throws IOException, InterruptedException {
    Path log = work.resolve("check.log");
    List<ProcessMeter.Measurement> measured = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      measured.add(ProcessMeter.run(List.of(launcher.toString(), "check", "--forces", forces.toString(),
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

  private void preview(Path forces) throws IOException, InterruptedException {
    List<Double> walls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ProcessMeter.Measurement preview = ProcessMeter.run(
          List.of(launcher.toString(), "preview", "synthetic-00001", "--forces", forces.toString(),
              "--templates", templates.toString(), "--out", work.resolve("preview").toString()),
          work.resolve("preview.log"));
      walls.add(seconds(preview.wall()));
    }
    walls.sort(Double::compare);
    out.printf(Locale.ROOT, "%n`letters preview <id>`: %.2f s wall (median of 5)%n", walls.get(2));
  }

  /** Per-letter cost of each stage on one thread, then the throughput of a build on all cores. */
  private void steadyState(Campaign campaign, int letters) throws IOException {
    Path forces = work.resolve("steady/forces");
    SyntheticRecords.write(campaign, letters, forces);
    Composer composer = Composer.of(campaign);
    LetterLayout layout = LetterLayout.of(HouseStyle.standard());
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= letters; i++) {
      ids.add(String.format("synthetic-%05d", i));
    }
    long[] nanos = new long[3];
    // CPU time as well as wall time: on a shared machine the wall clock also counts other work.
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long layoutCpu = 0;
    for (int round = 0; round < 2; round++) {
      java.util.Arrays.fill(nanos, 0);
      layoutCpu = 0;
      for (String id : ids) {
        long start = System.nanoTime();
        Result<Record> record = Records.loadOne(forces, id, campaign);
        long loaded = System.nanoTime();
        Letter letter;
        Pdf pdf;
        try {
          letter = composer.compose(record.value().orElseThrow());
          long composed = System.nanoTime();
          long cpu = threads.getCurrentThreadCpuTime();
          pdf = layout.render(letter);
          layoutCpu += threads.getCurrentThreadCpuTime() - cpu;
          Files.write(work.resolve("steady/last.pdf"), pdf.bytes());
          nanos[2] += System.nanoTime() - composed;
          nanos[1] += composed - loaded;
        } catch (letters.diagnostic.DiagnosticException e) {
          throw new IOException(e.getMessage(), e);
        }
        nanos[0] += loaded - start;
      }
    }
    out.printf(Locale.ROOT, "%nSteady state, one thread, per letter (mean of %,d after as many to warm up):%n", letters);
    out.printf(Locale.ROOT, "load %.3f ms, compose %.3f ms, lay out + write %.3f ms%n",
        nanos[0] / 1e6 / letters, nanos[1] / 1e6 / letters, nanos[2] / 1e6 / letters);
    out.printf(Locale.ROOT, "lay out alone (a tagged PDF/A letter, fonts embedded): %.3f ms of CPU%n",
        layoutCpu / 1e6 / letters);
    Letters all = Letters.open(forces, templates);
    all.build(List.of(), work.resolve("steady/out"), Progress.NONE);
    long start = System.nanoTime();
    BuildReport report = all.build(List.of(), work.resolve("steady/out"), Progress.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "Warm build on %d cores: %,.0f letters/s (%,d letters in %.2f s)%n",
        Runtime.getRuntime().availableProcessors(), report.written().size() / seconds, report.written().size(), seconds);
    out.flush();
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}

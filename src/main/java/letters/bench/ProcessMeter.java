package letters.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs a command and measures it as an operating system sees it: wall time, CPU time (user and
 * system) and peak resident memory, read from {@code /proc} while it runs.
 */
final class ProcessMeter {
  static final long TICKS_PER_SECOND = 100;

  /** What one run cost. */
  record Measurement(Duration wall, Duration cpu, long peakKilobytes, int exitStatus) {}

  private ProcessMeter() {}

  static Measurement run(List<String> command, Path log) throws IOException, InterruptedException {
    return run(command, log, Path.of("").toAbsolutePath());
  }

  /** As {@link #run(List, Path)}, in {@code folder}. */
  static Measurement run(List<String> command, Path log, Path folder) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .directory(folder.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    long start = System.nanoTime();
    Process process = builder.start();
    long peak = 0;
    long ticks = 0;
    Path proc = Path.of("/proc", String.valueOf(process.pid()));
    while (process.isAlive()) {
      peak = Math.max(peak, peakResident(proc));
      ticks = Math.max(ticks, cpuTicks(proc));
      Thread.sleep(2);
    }
    long wall = System.nanoTime() - start;
    return new Measurement(
        Duration.ofNanos(wall), Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND), peak, process.exitValue());
  }

  /** VmHWM: the most memory the process has held resident so far, in kilobytes. */
  private static long peakResident(Path proc) {
    try {
      for (String line : Files.readAllLines(proc.resolve("status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process ended between two looks: keep what was seen.
    }
    return 0;
  }

  /** utime + stime of the process and its waited-for children, in clock ticks. */
  static long cpuTicks(Path proc) {
    try {
      String stat = Files.readString(proc.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}

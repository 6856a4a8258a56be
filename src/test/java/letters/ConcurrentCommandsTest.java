package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import letters.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real commands, each a JVM of its own, writing into one output folder at once: a build of
 * 300 letters and, while it runs, a preview of one letter, a build of one letter or a second build. The later command
 * waits for the earlier, says so, and both finish; the folder then holds every letter, whole, and
 * a manifest that lists exactly the letters there are, as they are.
 */
class ConcurrentCommandsTest {
  private static final int LETTERS = 300;

  @TempDir Path work;

  @Test
  void aPreviewDuringABuildWaitsAndNothingIsLost() throws Exception {
    waitsForTheBuild("preview", "preview", "synthetic-00007");
  }

  /** The README's edit loop: a build of one letter while the full build runs (it once left a manifest of one). */
  @Test
  void aOneLetterBuildDuringAFullBuildWaitsAndTheManifestKeepsEveryLetter() throws Exception {
    waitsForTheBuild("one", "build", "synthetic-00007");
  }

  @Test
  void twoBuildsAtOnceTakeTurns() throws Exception {
    waitsForTheBuild("second", "build");
  }

  /** Runs {@code args} as {@code name} once a full build is under way: it waits, says so, and nothing is lost. */
  private void waitsForTheBuild(String name, String... args) throws Exception {
    Process build = command("build", "build");
    waitForLetters(5, build);
    // The build is held still (SIGSTOP) until the second command says it waits, whatever the speed
    // of either JVM: the build keeps the folder's lock meanwhile, as it would mid-letter.
    signal("STOP", build);
    Process second = command(name, args);
    try {
      waitForLog(name, ": note: waiting for process " + build.pid(), second);
    } finally {
      signal("CONT", build);
    }
    assertEquals(0, finish(build, "build"));
    assertEquals(0, finish(second, name));
    String waited = log(name);
    assertTrue(waited.contains(": note: waiting for process " + build.pid() + ", which is writing letters into this folder"), waited);
    assertManifestIsTheFolder(LETTERS);
  }

  @BeforeEach
  void forces() throws IOException {
    Letters.open(Path.of("templates")).writeMadeUpRecords(LETTERS, work.resolve("forces"));
  }

  /** Starts a command of its own JVM on the synthetic records and {@code out}, its output to the log {@code name}. */
  private Process command(String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    command.addAll(List.of("--records", work.resolve("forces").toString(), "--templates", "templates", "--out", out().toString()));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
  }

  private static void signal(String signal, Process process) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill -" + signal);
  }

  /** Waits until the log {@code name} holds {@code text}, while {@code process} runs. */
  private void waitForLog(String name, String text, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (process.isAlive() && System.nanoTime() < deadline && !log(name).contains(text)) {
      Thread.sleep(10);
    }
    assertTrue(log(name).contains(text), name + " said it waits: " + log(name));
  }

  private String log(String name) throws IOException {
    return Files.readString(work.resolve(name + ".log"));
  }

  private Path out() {
    return work.resolve("out");
  }

  private int finish(Process process, String name) throws Exception {
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), name + " finished");
    assertEquals(0, process.exitValue(), log(name));
    return process.exitValue();
  }

  /** Waits until {@code count} letters are written, while the build is still at it. */
  private void waitForLetters(int count, Process build) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (build.isAlive() && System.nanoTime() < deadline && pdfs(out()).size() < count) {
      Thread.sleep(5);
    }
    assertTrue(build.isAlive(), "the build was still running when the second command started");
  }

  private void assertManifestIsTheFolder(int letters) throws Exception {
    Path out = out();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("letters");
    List<String> listed = new ArrayList<>();
    for (JsonNode entry : manifest) {
      Path pdf = out.resolve(entry.get("file").asText());
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
      assertEquals(entry.get("sha256").asText(), sha, pdf + " is as the manifest says");
      assertTrue(Files.isRegularFile(out.resolve(entry.get("id").asText() + ".txt")), "its text is there");
      listed.add(pdf.getFileName().toString());
    }
    List<String> present = pdfs(out).stream().map(pdf -> pdf.getFileName().toString()).sorted().toList();
    assertEquals(letters, present.size(), "every letter is there");
    assertEquals(present, listed.stream().sorted().toList(), "the manifest lists exactly the letters there are");
    try (Stream<Path> files = Files.list(out)) {
      List<String> hidden = files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
      assertEquals(List.of(), hidden, "no temporary files, and no lock left");
    }
  }

  private static List<Path> pdfs(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).toList();
    }
  }
}

package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import letters.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at several moments, in a JVM of its own, leaves only whole, valid
 * PDFs and a manifest that lists only letters that are there as it describes them; the next build
 * completes normally.
 */
class InterruptedBuildTest {
  private static final int LETTERS = 300;

  @Test
  void killedBuildsLoseNothingAndTheNextBuildCompletes(@TempDir Path work) throws Exception {
    Path forces = work.resolve("forces");
    Letters.open(Path.of("templates")).writeMadeUpRecords(LETTERS, forces);
    Path out = work.resolve("out");
    for (int killAfter : List.of(0, 1, 40, 150)) {
      long started = System.currentTimeMillis() - 20;
      Process build = startBuild(forces, out, work.resolve("build-" + killAfter + ".log"));
      waitForLetters(out, killAfter, started, build);
      assertTrue(build.isAlive(), "the build was still running when killed");
      build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertOnlyWholeLetters(out, "killed after " + killAfter + " letters");
    }
    int status = Main.run(
        new String[] {"build", "--records", forces.toString(), "--templates", "templates", "--out", out.toString()},
        new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
        Path.of(""), false);
    assertEquals(0, status);
    assertEquals(LETTERS, pdfs(out).size());
    assertEquals(LETTERS, new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("letters").size());
    try (Stream<Path> files = Files.list(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no temporary files");
    }
  }

  private static Process startBuild(Path forces, Path out, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "build", "--records", forces.toString(), "--templates", "templates", "--out", out.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Waits until the build has written {@code count} letters (since {@code started}), or ends. */
  private static void waitForLetters(Path out, int count, long started, Process build) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (build.isAlive() && System.nanoTime() < deadline) {
      if (count == 0 || (Files.isDirectory(out) && writtenSince(out, started) >= count)) {
        return;
      }
      Thread.sleep(2);
    }
  }

  private static long writtenSince(Path out, long started) throws IOException {
    long written = 0;
    for (Path pdf : pdfs(out)) {
      if (Files.getLastModifiedTime(pdf).toMillis() >= started) {
        written++;
      }
    }
    return written;
  }

  private static void assertOnlyWholeLetters(Path out, String when) throws Exception {
    if (!Files.isDirectory(out)) {
      return;
    }
    for (Path pdf : pdfs(out)) {
      byte[] bytes = Files.readAllBytes(pdf);
      assertTrue(PdfText.pages(bytes) >= 1, when + ": " + pdf + " opens");
      assertTrue(PdfText.text(bytes).contains("Dear Chief Constable"), when + ": " + pdf + " is whole");
    }
    Path manifest = out.resolve("manifest.json");
    if (Files.exists(manifest)) {
      JsonNode letters = new ObjectMapper().readTree(manifest.toFile()).get("letters");
      for (JsonNode entry : letters) {
        Path pdf = out.resolve(entry.get("file").asText());
        assertTrue(Files.exists(pdf), when + ": the manifest lists " + pdf + " which is not there");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        assertEquals(entry.get("sha256").asText(), sha, when + ": the manifest describes " + pdf);
      }
    }
  }

  private static List<Path> pdfs(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).toList();
    }
  }
}

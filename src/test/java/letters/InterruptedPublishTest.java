package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import letters.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish killed with SIGKILL at several moments, in a JVM of its own, leaves the previous site
 * byte for byte as it was (or, killed after the new site took its place, the whole new site); the
 * next publish clears away what the killed one left and completes.
 */
class InterruptedPublishTest {
  private static final int LETTERS = 60;

  @Test
  void killedPublishesLeaveThePreviousSiteAndTheNextPublishCompletes(@TempDir Path work) throws Exception {
    Path site = work.resolve("site");
    assertEquals(0, publish(Path.of("forces"), site));
    Map<String, byte[]> previous = SiteTest.files(site);
    Path forces = work.resolve("forces");
    Letters.open(Path.of("templates")).writeMadeUpRecords(LETTERS, forces);

    for (int killAfter : List.of(0, 1, 30)) {
      Process publish = start(forces, site, work.resolve("publish-" + killAfter + ".log"));
      waitForLetters(work, killAfter, publish);
      assertTrue(publish.isAlive(), "the publish was still running when killed after " + killAfter + " letters");
      publish.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      Map<String, byte[]> now = SiteTest.files(site);
      assertEquals(previous.keySet(), now.keySet(), "killed after " + killAfter + " letters");
      previous.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, now.get(name)), name + " is as it was"));
    }

    assertEquals(1, publish(forces, site), "the synthetic drafts are not published");
    assertTrue(Files.isRegularFile(site.resolve("letters/synthetic-00001.html")));
    for (Path page : SiteTest.pages(site.resolve(Letters.SITE_LETTERS))) {
      assertTrue(Files.isRegularFile(Path.of(page.toString().replace(".html", ".pdf"))), page + " has its PDF");
    }
    try (Stream<Path> files = Files.list(work)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".site.")), "nothing left beside the site");
    }
  }

  private static int publish(Path forces, Path site) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return Main.run(new String[] {"publish", "--records", forces.toAbsolutePath().toString(), "--templates",
        Path.of("templates").toAbsolutePath().toString(), "--out", site.toString()}, nowhere, nowhere, Path.of(""), false);
  }

  private static Process start(Path forces, Path site, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "publish", "--records", forces.toString(), "--templates", "templates", "--out", site.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Waits until the publish has written {@code count} letters into its hidden folder, or ends. */
  private static void waitForLetters(Path work, int count, Process publish) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (publish.isAlive() && System.nanoTime() < deadline) {
      if (count == 0 || staged(work) >= count) {
        return;
      }
      Thread.sleep(2);
    }
  }

  private static long staged(Path work) throws IOException {
    try (Stream<Path> siblings = Files.list(work)) {
      long pdfs = 0;
      for (Path folder : siblings.filter(f -> f.getFileName().toString().endsWith(".staging")).toList()) {
        Path letters = folder.resolve(Letters.SITE_LETTERS);
        if (Files.isDirectory(letters)) {
          try (Stream<Path> files = Files.list(letters)) {
            pdfs += files.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
          }
        }
      }
      return pdfs;
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    }
  }
}

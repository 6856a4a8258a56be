package letters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import letters.diagnostic.DiagnosticException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder held by one command at a time; waiting, giving up and taking over a dead one's lock. */
@SuppressWarnings("try") // Holding the folder is what the blocks are for; their bodies need not touch the hold.
class FolderLockTest {
  @TempDir Path work;

  @Test
  void aSecondHolderWaitsIsToldAndGoesOnWhenTheFirstLetsGo() throws Exception {
    Path out = work.resolve("out");
    List<FolderLock.Wait> told = new CopyOnWriteArrayList<>();
    CompletableFuture<Long> second;
    long released;
    try (FolderLock first = FolderLock.acquire(out, wait -> {})) {
      assertEquals(ProcessHandle.current().pid() + "\n", lockFile(out), "the holder's pid");
      second = CompletableFuture.supplyAsync(() -> {
        try (FolderLock held = FolderLock.acquire(out, told::add)) {
          return System.nanoTime();
        } catch (DiagnosticException e) {
          throw new IllegalStateException(e);
        }
      });
      Thread.sleep(300);
      assertTrue(!second.isDone(), "waits while the folder is held");
      released = System.nanoTime();
    }
    assertTrue(second.get(10, TimeUnit.SECONDS) >= released, "went on once the folder was let go");
    assertEquals(1, told.size(), "told once");
    assertTrue(told.getFirst().holderIsThisProcess(), told.toString());
    assertTrue(!Files.exists(out.resolve(FolderLock.FILE_NAME)), "the lock file goes once let go");
  }

  @Test
  void givesUpWithAClearErrorAfterItsPatience() throws Exception {
    Path out = work.resolve("out");
    try (FolderLock first = FolderLock.acquire(out, wait -> {})) {
      DiagnosticException refused = CompletableFuture.supplyAsync(() -> assertThrows(DiagnosticException.class,
          () -> FolderLock.acquire(out, wait -> {}, Duration.ofMillis(300)))).get(10, TimeUnit.SECONDS);
      assertEquals(out + ": error: is still in use by process " + ProcessHandle.current().pid()
          + " after 0 minutes of waiting; run this again when it has finished", refused.diagnostic().toString());
    }
  }

  @Test
  void aLockLeftByAKilledCommandIsTakenOver() throws Exception {
    Path out = work.resolve("out");
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.createDirectories(out);
    Files.writeString(out.resolve(FolderLock.FILE_NAME), gone.pid() + "\n");
    List<FolderLock.Wait> told = new CopyOnWriteArrayList<>();
    try (FolderLock held = FolderLock.acquire(out, told::add, Duration.ofSeconds(1))) {
      assertEquals(List.of(), told, "no wait for a process that is gone");
      assertEquals(ProcessHandle.current().pid() + "\n", lockFile(out));
    }
    assertTrue(!Files.exists(out.resolve(FolderLock.FILE_NAME)));
  }

  /**
   * The lock file's text, read by another process: a process that opens and closes a file it
   * holds a lock on loses the lock (POSIX locks belong to the process, not to the descriptor).
   */
  private static String lockFile(Path out) throws Exception {
    Process cat = new ProcessBuilder("cat", out.resolve(FolderLock.FILE_NAME).toString()).start();
    String text = new String(cat.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(0, cat.waitFor());
    return text;
  }

  @Test
  void aThreadMayHoldItsFolderAgain() throws Exception {
    Path out = work.resolve("out");
    try (FolderLock outer = FolderLock.acquire(out, wait -> {}, Duration.ofMillis(100));
        FolderLock inner = FolderLock.acquire(out, wait -> {}, Duration.ofMillis(100))) {
      assertEquals(ProcessHandle.current().pid() + "\n", lockFile(out));
    }
    assertTrue(!Files.exists(out.resolve(FolderLock.FILE_NAME)));
  }
}

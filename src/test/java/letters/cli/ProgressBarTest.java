package letters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final StringWriter err = new StringWriter();

  @Test
  void drawsInPlaceAndClearsItselfAtTheEnd() {
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "building", Duration.ZERO, false)) {
      bar.started(2);
      bar.finished("kent", true);
      assertTrue(err.toString().endsWith("building [" + "#".repeat(15) + " ".repeat(15) + "] 1/2 kent"), err.toString());
      bar.finished("surrey", true);
      assertTrue(err.toString().endsWith("2/2 surrey"), err.toString());
    }
    assertTrue(err.toString().endsWith("\r\u001B[2K"), "the bar is cleared so the summary stands alone");
    assertEquals(0, err.toString().chars().filter(c -> c == '\n').count(), "never scrolls");
  }

  @Test
  void aQuickCommandShowsNoBarAtAll() {
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "building", Duration.ofMinutes(1), false)) {
      bar.started(2);
      bar.finished("kent", true);
    }
    assertEquals("", err.toString());
  }

  @Test
  void aLongCommandShowsItselfEvenBeforeItKnowsHowMuchThereIsToDo() throws InterruptedException {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "checking", Duration.ZERO, true);
    try {
      // Generous: a loaded machine may be slow to run the ticker.
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (err.toString().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(err.toString().matches("\r\u001B\\[2Kchecking… \\d+ s.*"), err.toString());
    } finally {
      bar.close();
    }
  }

  @Test
  void linesPrintedAboveTheBarNeverRunIntoIt() {
    StringWriter out = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "benchmarking", Duration.ZERO, false)) {
      bar.started(3);
      bar.finished("built 43 letters", true);
      PrintWriter above = bar.above(new PrintWriter(out));
      above.println("| 43 | 1.40 s |");
      assertTrue(err.toString().endsWith("1/3 built 43 letters\r\u001B[2K"), "cleared before the line: " + err);
    }
    assertEquals("| 43 | 1.40 s |" + System.lineSeparator(), out.toString());
  }

  @Test
  void offATerminalItIsSilentAndLeavesOutputAlone() {
    PrintWriter out = new PrintWriter(new StringWriter());
    try (ProgressBar bar = ProgressBar.silent()) {
      bar.started(1);
      bar.finished("kent", true);
      assertSame(out, bar.above(out));
    }
  }
}

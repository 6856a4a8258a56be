package letters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void drawsInPlaceAndClearsItselfAtTheEnd() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err));
    bar.started(2);
    bar.finished("kent", true);
    assertTrue(err.toString().endsWith("[" + "#".repeat(15) + " ".repeat(15) + "] 1/2 kent"), err.toString());
    bar.finished("surrey", true);
    assertTrue(err.toString().contains("2/2 surrey"), err.toString());
    assertTrue(err.toString().endsWith("\r\u001B[2K"), "the bar is cleared so the summary stands alone");
    assertEquals(0, err.toString().chars().filter(c -> c == '\n').count(), "never scrolls");
  }
}

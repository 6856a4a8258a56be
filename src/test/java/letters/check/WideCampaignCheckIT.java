package letters.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import letters.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * {@code letters check} on the wide campaign (four plan elements, seven statuses, "Partly in place"
 * beside "In place"): 230,496 letters are more than it checks by default, so it checks each of the
 * 57,624 combinations of findings once and its last line says exactly that; and it finds nothing
 * wrong, though one status's label contains another's. Slow (tens of seconds), hence an IT.
 */
class WideCampaignCheckIT {
  @Test
  void theSummarySaysWhichCombinationsWereCheckedAndFindsNothingWrong() {
    Path wide = CheckCoverageTest.WIDE;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"check", "--records", wide.resolve("forces").toString(),
        "--templates", wide.resolve("templates").toString()}, new PrintWriter(out), new PrintWriter(err), Path.of(""), false);
    assertEquals("", err.toString());
    assertEquals("checked 5 records and every combination of findings, each with or without notes and optional recipient "
        + "fields in turn: 57,624 of 230,496 combinations (--all for every one): 0 problems\n", out.toString());
    assertEquals(0, status);
  }
}

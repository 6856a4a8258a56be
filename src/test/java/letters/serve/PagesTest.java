package letters.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import letters.Letters;
import letters.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter's page in the preview says what a build says of the letter: a letter longer than the
 * campaign allows is shown as laid out, with the warning in a panel of its own (not the red one).
 */
class PagesTest {
  @TempDir Path work;

  @Test
  void aLetterLongerThanTheCampaignAllowsIsSaidInAWarningPanel() throws Exception {
    TestFiles.copyTree(Path.of("forces"), work.resolve("forces"));
    Files.copy(Path.of("src/test/resources/bad/data-very-long-note/forces/kent.yaml"), work.resolve("forces/kent.yaml"));
    Letters letters = Letters.open(work.resolve("forces"), Path.of("templates"));
    String page = Pages.letter(letters, "kent", new PreviewServer.Rendering("kent", letters.render("kent")), 0);
    assertTrue(page.contains("<div class=\"warning\" id=\"warning\">")
        && page.contains("pages: the letter takes 3 pages, more than the 2 the campaign allows"), page);
    assertTrue(!page.contains("class=\"error\""), page);
    String shipped = Pages.letter(letters, "thames-valley", new PreviewServer.Rendering("tv", letters.render("thames-valley")), 0);
    assertTrue(!shipped.contains("class=\"warning\""), shipped);
  }
}

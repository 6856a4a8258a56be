package letters;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The letters opened again after an edit, as the live preview opens them: each edit shows, and
 * what the edit left as it was is kept rather than read again.
 */
class ReopenedTest {
  private static final String ID = "thames-valley";

  @TempDir Path work;
  private Path templates;
  private Letters before;

  @BeforeEach
  void open() throws Exception {
    TestFiles.copyProject(work);
    templates = work.resolve("templates");
    before = Letters.open(work.resolve("forces"), templates);
  }

  @Test
  void nothingChangedKeepsTheCampaign() {
    Letters again = before.reopened();
    assertSame(before.campaign().value().orElseThrow(), again.campaign().value().orElseThrow());
    assertTrue(again.render(ID).value().isPresent());
  }

  @Test
  void anEditedTemplateShowsAndTheCampaignIsKept() throws Exception {
    String was = text(before);
    edit(templates.resolve("paragraphs/contact.ftl"), "If you have any queries", "Should you have any queries");
    Letters again = before.reopened();
    assertSame(before.campaign().value().orElseThrow(), again.campaign().value().orElseThrow());
    assertTrue(text(again).contains("Should you have any queries"), text(again));
    assertTrue(was.contains("If you have any queries"));
    assertTrue(text(before).contains("If you have any queries"), "the letters before keep their version");
  }

  @Test
  void anEditedCampaignOrPhrasebookIsReadAgain() throws Exception {
    edit(templates.resolve("campaign.yaml"), "phone: 07802 948502", "phone: 07802 000000");
    Letters again = before.reopened();
    assertNotSame(before.campaign().value().orElseThrow(), again.campaign().value().orElseThrow());
    assertTrue(text(again).contains("07802 000000"), text(again));
    edit(templates.resolve("phrasebook.yaml"), "no_information: improving your IT systems’ monitoring capability",
        "no_information: improving how your IT systems are monitored");
    Letters third = again.reopened();
    assertNotSame(again.campaign().value().orElseThrow(), third.campaign().value().orElseThrow());
    assertTrue(text(third).contains("improving how your IT systems are monitored"), text(third));
    assertFalse(text(again).contains("improving how your IT systems are monitored"));
  }

  @Test
  void aCampaignFileBrokenAndFixedIsToldAndThenKept() throws Exception {
    Path campaign = templates.resolve("campaign.yaml");
    String good = Files.readString(campaign);
    Files.writeString(campaign, good + "\nnot: [closed\n");
    Letters broken = before.reopened();
    assertTrue(broken.campaign().value().isEmpty());
    assertFalse(broken.render(ID).diagnostics().isEmpty());
    Files.writeString(campaign, good);
    Letters fixed = broken.reopened();
    assertTrue(fixed.render(ID).value().isPresent(), fixed.render(ID).diagnostics().toString());
  }

  private static String text(Letters letters) {
    return letters.letter(ID).value().orElseThrow().text().replaceAll("\\s+", " ");
  }

  private static void edit(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replace(from, to));
  }
}

package letters.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import letters.Chromium;
import letters.TestFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in a real browser (Debian's headless Chromium): index, a force's page, a
 * template edited on disk showing up without a reload, a broken record's error panel, and the
 * letter back once the record is fixed; the wording gallery and a phrase edited in the phrasebook.
 * Screenshots go to target/preview-screenshots.
 */
@Tag("browser")
class PreviewBrowserTest {
  private static final Path SHOTS = Path.of("target/preview-screenshots");

  @TempDir Path work;

  @Test
  void followsEditsAndRecoversFromErrors() throws Exception {
    onIndex((server, browser, wait) -> {
      assertTrue(text(browser).contains("Insufficient information"));
      shoot(browser, "1-index");

      browser.findElement(By.linkText("Thames Valley Police")).click();
      wait.until(b -> text(b).contains("If you have any queries"));
      assertTrue(text(browser).contains("IT systems monitoring") && text(browser).contains("No information"), text(browser));
      Object loadedAt = ((JavascriptExecutor) browser).executeScript("return window.loadedAt");
      shoot(browser, "2-force");

      Path contact = work.resolve("templates/paragraphs/contact.ftl");
      Files.writeString(contact, Files.readString(contact).replace("If you have any queries", "Should you have any queries"));
      wait.until(b -> text(b).contains("Should you have any queries"));
      assertEquals(loadedAt, ((JavascriptExecutor) browser).executeScript("return window.loadedAt"), "updated without a reload");
      ((JavascriptExecutor) browser).executeScript("document.querySelector('details').scrollIntoView()");
      shoot(browser, "3a-page-images");
      ((JavascriptExecutor) browser).executeScript("document.getElementById('explain').scrollIntoView()");
      shoot(browser, "3b-template-edited");

      Path record = work.resolve("forces/thames-valley.yaml");
      Path good = work.resolve("thames-valley.yaml.good");
      Files.copy(record, good);
      Files.writeString(record, Files.readString(record).replace("outcome: insufficient_information", "outcome: nearly_done"));
      wait.until(b -> !b.findElements(By.id("error")).isEmpty());
      String error = browser.findElement(By.id("error")).getText();
      assertTrue(error.contains("thames-valley.yaml:") && error.contains("'nearly_done'"), error);
      shoot(browser, "4-record-broken");

      Files.copy(good, record, StandardCopyOption.REPLACE_EXISTING);
      wait.until(b -> b.findElements(By.id("error")).isEmpty() && text(b).contains("Should you have any queries"));
      assertEquals(loadedAt, ((JavascriptExecutor) browser).executeScript("return window.loadedAt"), "recovered by itself");
      shoot(browser, "5-record-fixed");
    });
  }

  @Test
  void theGalleryShowsEverySentenceAndFollowsAPhrasebookEdit() throws Exception {
    onIndex((server, browser, wait) -> {
      // The index is drawn again when the server first reports its version: click the link as it then stands.
      wait.ignoring(StaleElementReferenceException.class).until(b -> {
        b.findElement(By.linkText("Wording gallery")).click();
        return true;
      });
      wait.until(b -> text(b).contains("distinct sentences in the assessment"));
      String said = "They included a review of the capability and capacity of your counter-corruption unit, "
          + "which was already under way.";
      assertTrue(text(browser).contains(said), text(browser));
      assertTrue(browser.findElements(By.className("problem")).isEmpty(), "no sentence has a problem");
      Object loadedAt = ((JavascriptExecutor) browser).executeScript("return window.loadedAt");
      shoot(browser, "6-gallery");

      Path phrasebook = work.resolve("templates/phrasebook.yaml");
      Files.writeString(phrasebook, Files.readString(phrasebook).replace(
          "then: which was already under way", "then: which had already started"));
      wait.until(b -> text(b).contains(said.replace("was already under way", "had already started")));
      assertTrue(!text(browser).contains(said), "the old wording is gone");
      assertEquals(loadedAt, ((JavascriptExecutor) browser).executeScript("return window.loadedAt"), "updated without a reload");
      ((JavascriptExecutor) browser).executeScript(
          "Array.from(document.querySelectorAll('h2')).find(h => h.textContent == 'Commenced').scrollIntoView()");
      shoot(browser, "7-gallery-phrase-edited");
    });
  }

  /** What a test does in the browser, once it shows the preview's index. */
  private interface Steps {
    void run(PreviewServer server, WebDriver browser, WebDriverWait wait) throws Exception;
  }

  /**
   * Serves copies of the shipped records and templates, opens the index in a fresh headless
   * Chromium, waits for the forces to show and runs {@code steps}. The wait is generous: a machine
   * busy with other builds renders a letter and its explanation slowly.
   */
  private void onIndex(Steps steps) throws Exception {
    assumeTrue(Chromium.isInstalled(), Chromium.MISSING);
    TestFiles.copyProject(work);
    Files.createDirectories(SHOTS);
    try (PreviewServer server = PreviewServer.start(work.resolve("forces"), work.resolve("templates"), 0)) {
      WebDriver browser = Chromium.start(work, 1280, 1000);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(server.url());
        wait.until(b -> text(b).contains("Thames Valley Police"));
        steps.run(server, browser, wait);
      } finally {
        browser.quit();
      }
    }
  }

  private static String text(WebDriver browser) {
    return browser.findElement(By.tagName("body")).getText();
  }

  private static void shoot(WebDriver browser, String name) throws Exception {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
        "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")));
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}

package letters.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import letters.TestFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in a real browser (Debian's headless Chromium): index, a force's page, a
 * template edited on disk showing up without a reload, a broken record's error panel, and the
 * letter back once the record is fixed. Screenshots go to target/preview-screenshots.
 */
@Tag("browser")
class PreviewBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/preview-screenshots");

  @TempDir Path work;

  @Test
  void followsEditsAndRecoversFromErrors() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "skipped: no Chromium here (apt-get install chromium chromium-driver); CI installs it");
    TestFiles.copyTree(Path.of("forces"), work.resolve("forces"));
    TestFiles.copyTree(Path.of("templates"), work.resolve("templates"));
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--window-size=1280,1000", "--user-data-dir=" + work.resolve("chromium-profile"));
    // Chromium keeps crash reports and settings under $HOME whatever its profile folder: give it one
    // of its own, so that the test never writes into the user's home.
    Path home = Files.createDirectories(work.resolve("home"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .withEnvironment(java.util.Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
            "XDG_CACHE_HOME", home.resolve(".cache").toString()))
        .build();
    try (PreviewServer server = PreviewServer.start(work.resolve("forces"), work.resolve("templates"), 0)) {
      WebDriver browser = new ChromeDriver(service, options);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.url());
        wait.until(b -> text(b).contains("Thames Valley Police"));
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

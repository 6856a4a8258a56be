package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The published site in a real browser (Debian's headless Chromium), opened from the file system
 * as a reader who saved it would: axe-core finds no WCAG 2.2 A or AA violation on any page, on a
 * desktop or on a phone; nothing scrolls sideways at 320 CSS pixels (a phone, or 400 % zoom of
 * 1280); the first Tab shows the skip link; each letter's page reads as the letter's own text.
 * Screenshots at desktop width, 320 px and 400 % zoom go to target/site-screenshots.
 */
@Tag("browser")
class SiteBrowserTest {
  private static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
  private static final Path SHOTS = Path.of("target/site-screenshots");
  private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /** A layout and what it stands for: a desktop browser, a phone, and a desktop at 400 % zoom. */
  private record Screen(String name, int width, int height, double scale) {}

  private static final Screen DESKTOP = new Screen("desktop", 1280, 900, 1);
  private static final Screen PHONE = new Screen("320px", 320, 640, 1);
  private static final Screen ZOOM_400 = new Screen("zoom-400", 320, 225, 4);

  @TempDir static Path work;
  private static Path site;
  private static ChromeDriver browser;

  @BeforeAll
  static void open() throws Exception {
    assumeTrue(Chromium.isInstalled(), Chromium.MISSING);
    assumeTrue(Files.isRegularFile(AXE), "skipped: axe-core is not installed; run (cd src/test/js && npm ci), as CI does");
    site = work.resolve("site");
    assertTrue(Letters.open(Path.of("forces"), Path.of("templates")).publish(site).isClean());
    Files.createDirectories(SHOTS);
    browser = Chromium.start(work, DESKTOP.width(), DESKTOP.height());
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void noPageViolatesWcag22AOrAaOnADesktopOrAPhone() throws Exception {
    List<String> violations = new ArrayList<>();
    for (Path page : SiteTest.pages(site)) {
      for (Screen screen : List.of(DESKTOP, PHONE)) {
        show(page, screen);
        violations.addAll(axe().stream().map(v -> site.relativize(page) + " (" + screen.name() + "): " + v).toList());
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void axeFindsWhatIsWrongWithABrokenPage() throws Exception {
    Path broken = work.resolve("broken.html");
    Files.writeString(broken, Files.readString(site.resolve(Letters.SITE_INDEX))
        .replace("<html lang=\"en-GB\">", "<html>").replace(" alt=\"", " data-alt=\""));
    show(broken, DESKTOP);
    List<String> found = axe();
    assertTrue(found.stream().anyMatch(v -> v.startsWith("html-has-lang")), found::toString);
  }

  @Test
  void nothingScrollsSidewaysAtThreeHundredAndTwentyPixels() throws Exception {
    for (Path page : SiteTest.pages(site)) {
      for (Screen screen : List.of(PHONE, ZOOM_400)) {
        show(page, screen);
        long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
        long viewport = (Long) script("return document.documentElement.clientWidth");
        assertTrue(scrollWidth <= viewport, page + " at " + screen.name() + " is " + scrollWidth + " px wide in " + viewport);
      }
    }
  }

  @Test
  void theFirstTabShowsTheSkipLinkToTheMainContent() throws Exception {
    for (Path page : List.of(site.resolve(Letters.SITE_INDEX), site.resolve("letters/thames-valley.html"))) {
      show(page, DESKTOP);
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement focused = browser.switchTo().activeElement();
      assertEquals("skip-link", focused.getDomAttribute("class"), page.toString());
      assertTrue(focused.isDisplayed() && focused.getRect().getY() >= 0, "the skip link shows when focused");
      assertEquals("#main", focused.getDomAttribute("href"));
      assertEquals(1, browser.findElements(By.id("main")).size());
    }
  }

  @Test
  void eachLetterPageReadsAsTheLettersText(@TempDir Path built) throws Exception {
    assertTrue(Letters.open(Path.of("forces"), Path.of("templates")).build(List.of(), built, Progress.NONE).isClean());
    for (Path page : SiteTest.pages(site.resolve(Letters.SITE_LETTERS))) {
      show(page, DESKTOP);
      String id = page.getFileName().toString().replace(".html", "");
      String shown = browser.findElement(By.tagName("article")).getText();
      assertEquals(lines(Files.readString(built.resolve(id + ".txt"))), lines(shown), id);
    }
  }

  @Test
  void screenshotsAtDesktopWidthOnAPhoneAndAtFourHundredPercentZoom() throws Exception {
    for (Screen screen : List.of(DESKTOP, PHONE, ZOOM_400)) {
      for (Path page : List.of(site.resolve(Letters.SITE_INDEX), site.resolve("letters/cambridgeshire.html"))) {
        show(page, screen);
        long height = (Long) script("return document.documentElement.scrollHeight");
        emulate(new Screen(screen.name(), screen.width(), (int) Math.min(height, 6000), screen.scale()));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        String name = page.getFileName().toString().replace(".html", "") + "-" + screen.name() + ".png";
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(SHOTS.resolve(name)) > 10_000, name);
      }
    }
  }

  private static void show(Path page, Screen screen) {
    emulate(screen);
    browser.get(page.toUri().toString());
  }

  /** Lays pages out as on {@code screen}: its width and height in CSS pixels, each {@code scale} device pixels. */
  private static void emulate(Screen screen) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", screen.width(), "height", screen.height(), "deviceScaleFactor", screen.scale(),
        "mobile", screen.width() < 400));
  }

  /** What axe-core finds against WCAG 2.0 to 2.2, A and AA: a line per rule broken, with where. */
  private static List<String> axe() throws Exception {
    script(Files.readString(AXE));
    String json = (String) browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
            + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe failed', help: String(e), nodes: []}])));",
        WCAG_22_AA);
    List<String> found = new ArrayList<>();
    for (JsonNode violation : new ObjectMapper().readTree(json)) {
      List<String> where = new ArrayList<>();
      violation.path("nodes").forEach(node -> where.add(node.path("target").toString()));
      found.add(violation.path("id").asText() + ": " + violation.path("help").asText() + " at " + where);
    }
    return found;
  }

  private static Object script(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}

package letters;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its own chromedriver, for the tests that look at
 * pages as a reader does. Each browser gets a fresh profile in the folder it is given, never the
 * user's own, and nothing of it reaches the network on its own account.
 */
public final class Chromium {
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Why the browser tests are skipped on a machine without it. */
  public static final String MISSING = "skipped: no Chromium here (apt-get install chromium chromium-driver); CI installs it";

  private Chromium() {}

  public static boolean isInstalled() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  /** A headless browser with a window of {@code width} by {@code height}, its profile in {@code profile}. */
  public static ChromeDriver start(Path profile, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
    return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
  }
}

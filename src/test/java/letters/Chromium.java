package letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its own chromedriver, for the tests that look at
 * pages as a reader does. Each browser gets a fresh profile and home in the folder it is given,
 * never the user's own, and nothing of it reaches the network on its own account.
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

  /** A headless browser with a window of {@code width} by {@code height}, its files in {@code folder}. */
  public static ChromeDriver start(Path folder, int width, int height) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--window-size=" + width + "," + height, "--user-data-dir=" + folder.resolve("chromium-profile"));
    // Chromium keeps crash reports and settings under $HOME whatever its profile folder: give it one
    // of its own, so that the tests never write into the user's home.
    Path home = Files.createDirectories(folder.resolve("home"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .withEnvironment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
            "XDG_CACHE_HOME", home.resolve(".cache").toString()))
        .build();
    return new ChromeDriver(service, options);
  }
}

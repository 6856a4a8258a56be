package letters.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import letters.Letters;
import letters.diagnostic.Diagnostic;

/**
 * The published site as {@code letters publish} would write it, for the preview's {@code /site/}:
 * published into a temporary folder when first asked for and again once the sources have changed,
 * then held in memory (the folder is removed at once). Only the site's own file names are served.
 */
final class SitePreview {
  private static final Pattern FILE = Pattern.compile("(" + Letters.SITE_LETTERS + "/)?[a-z0-9][a-z0-9-]*\\.[a-z]+");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "csv", "text/csv; charset=utf-8",
      "pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

  /** One file of the site, and what it is. */
  record File(String type, byte[] bytes) {}

  private long version = -1;
  private Map<String, byte[]> files = Map.of();
  private List<Diagnostic> problems = List.of();

  /** The file at {@code path} below the site's root (its index for the root itself), as the sources of {@code version} make it. */
  synchronized Optional<File> file(Letters letters, long version, String path) throws IOException {
    if (version != this.version) {
      publish(letters);
      this.version = version;
    }
    String name = path.isEmpty() ? Letters.SITE_INDEX : path;
    String extension = name.substring(name.lastIndexOf('.') + 1);
    if (!FILE.matcher(name).matches() || !TYPES.containsKey(extension) || !files.containsKey(name)) {
      return Optional.empty();
    }
    return Optional.of(new File(TYPES.get(extension), files.get(name)));
  }

  /** What kept the last publish from publishing everything. */
  synchronized List<Diagnostic> problems() {
    return problems;
  }

  private void publish(Letters letters) throws IOException {
    Path folder = Files.createTempDirectory("letters-site-");
    try {
      Path site = folder.resolve("site");
      problems = letters.publish(site).diagnostics();
      Map<String, byte[]> read = new TreeMap<>();
      if (Files.isDirectory(site)) {
        try (Stream<Path> paths = Files.walk(site)) {
          for (Path file : paths.filter(Files::isRegularFile).toList()) {
            read.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
          }
        }
      }
      files = read;
    } finally {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }
}

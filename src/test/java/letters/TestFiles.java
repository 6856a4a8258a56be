package letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Folders for tests: copies of the shipped records and templates to change without harm. */
public final class TestFiles {
  private TestFiles() {}

  /** A copy of the shipped project, its records ({@code forces}) and its templates, in {@code folder}. */
  public static void copyProject(Path folder) throws IOException {
    copyTree(Path.of("forces"), folder.resolve("forces"));
    copyTree(Path.of("templates"), folder.resolve("templates"));
  }

  /**
   * Copies {@code from} into {@code to}, replacing files that are there already; a link is copied
   * as a link (a case may hold one to a device).
   */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  /**
   * A copy of the shipped templates in {@code folder}, its campaign file changed by {@code edit};
   * returns the copy's folder.
   */
  public static Path templatesWithCampaign(Path folder, java.util.function.UnaryOperator<String> edit) throws IOException {
    Path templates = folder.resolve("templates");
    copyTree(Path.of("templates"), templates);
    Path campaign = templates.resolve("campaign.yaml");
    Files.writeString(campaign, edit.apply(Files.readString(campaign)));
    return templates;
  }

  /** Every regular file below {@code folder} (none when it is missing), by its path inside it, with its bytes. */
  public static java.util.SortedMap<String, byte[]> contents(Path folder) throws IOException {
    java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /** Removes {@code folder} and all it holds, if it is there. */
  public static void deleteTree(Path folder) throws IOException {
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}

package letters.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;

/**
 * A folder replaced whole (the published site): its new content is written into a hidden sibling
 * folder, which takes the folder's place by renames only once it is complete. A failure or an
 * interruption before then leaves the old folder as it was; readers see the old folder or the new
 * one, never a mix. Only a folder that is empty or already holds {@code marker} (a file this tool
 * wrote) is ever replaced, so that a mistaken {@code --out} cannot sweep away other files.
 */
public final class StagedFolder implements AutoCloseable {
  private static final String STAGING = ".staging";
  private static final String OLD = ".old";

  private final Path target;
  private final Path staging;
  private final String tag;
  private boolean committed;

  private StagedFolder(Path target, String tag) {
    this.target = target;
    this.tag = tag;
    this.staging = sibling(target, tag, STAGING);
  }

  /**
   * Starts replacing {@code target}: clears away what an interrupted replacement left beside it
   * and makes the empty folder to write into.
   */
  public static StagedFolder open(Path target, String marker) throws DiagnosticException {
    Path folder = target.toAbsolutePath().normalize();
    if (folder.getParent() == null) {
      throw new DiagnosticException(Diagnostic.error(target, "cannot be replaced: it is the root of the file system"));
    }
    StagedFolder staged = new StagedFolder(folder, HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
    try {
      Files.createDirectories(folder.getParent());
      recover(folder);
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new DiagnosticException(Diagnostic.error(target, "is a file, not a folder; give --out a folder"));
      }
      if (Files.exists(folder) && !replaceable(folder, marker)) {
        throw new DiagnosticException(Diagnostic.error(target,
            "holds files this tool did not write, and publishing replaces the whole folder; give --out an empty or"
                + " new folder"));
      }
      Files.createDirectory(staged.staging);
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(target, "cannot be written: " + OutputFolder.reason(e)), e);
    }
    return staged;
  }

  /** The folder to write the new content into. */
  public Path path() {
    return staging;
  }

  /** Puts the new content in the target's place, and removes the old. */
  public void commit() throws DiagnosticException {
    Path old = sibling(target, tag, OLD);
    try {
      boolean existed = Files.exists(target);
      if (existed) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (existed) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      committed = true;
      delete(old);
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(target, "cannot be replaced: " + OutputFolder.reason(e)), e);
    }
  }

  /** Removes the new content if it was never committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        delete(staging);
      } catch (IOException e) {
        // What is left is cleared away by the next replacement of the same folder.
      }
    }
  }

  /**
   * Clears the siblings an interrupted replacement of {@code folder} left: an unfinished new
   * folder, or an old one already moved aside, which is moved back if nothing took its place.
   */
  private static void recover(Path folder) throws IOException {
    Pattern leftover = Pattern.compile(Pattern.quote("." + folder.getFileName()) + "\\.[0-9a-f]{16}("
        + Pattern.quote(STAGING) + "|" + Pattern.quote(OLD) + ")");
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder.getParent(),
        path -> leftover.matcher(path.getFileName().toString()).matches() && Files.isDirectory(path))) {
      for (Path sibling : siblings) {
        if (sibling.getFileName().toString().endsWith(OLD) && !Files.exists(folder)) {
          Files.move(sibling, folder, StandardCopyOption.ATOMIC_MOVE);
        } else {
          delete(sibling);
        }
      }
    }
  }

  private static boolean replaceable(Path folder, String marker) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isEmpty() || Files.isRegularFile(folder.resolve(marker));
    }
  }

  private static Path sibling(Path target, String tag, String kind) {
    return target.resolveSibling("." + target.getFileName() + "." + tag + kind);
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

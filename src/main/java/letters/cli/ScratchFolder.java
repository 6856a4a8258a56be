package letters.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder under the system's temporary folder for one command's scratch files, removed with all
 * it holds when the command ends, however it ends: normally, by an error, or by Ctrl-C (through a
 * shutdown hook).
 */
final class ScratchFolder implements AutoCloseable {
  private final Path path;
  private final Thread hook;

  private ScratchFolder(Path path) {
    this.path = path;
    this.hook = new Thread(this::remove, "remove " + path);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static ScratchFolder create(String prefix) throws IOException {
    return new ScratchFolder(Files.createTempDirectory(prefix));
  }

  Path path() {
    return path;
  }

  @Override
  public void close() {
    remove();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, and the hook has done the same.
    }
  }

  private void remove() {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path file : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the scratch folder " + path, e);
    }
  }
}

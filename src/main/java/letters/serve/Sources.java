package letters.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The folders the preview renders from, watched: {@link #version()} goes up whenever a file in
 * them (or in a folder inside them) is created, changed or removed.
 */
final class Sources implements AutoCloseable {
  private final WatchService watcher;
  private final AtomicLong version = new AtomicLong();
  private final Thread thread;

  Sources(Path records, Path templates) throws IOException {
    this.watcher = FileSystems.getDefault().newWatchService();
    register(records);
    register(templates);
    this.thread = Thread.ofPlatform().daemon().name("watch").start(this::watch);
  }

  long version() {
    return version.get();
  }

  private void register(Path root) throws IOException {
    try (Stream<Path> folders = Files.walk(root)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        key.pollEvents();
        version.incrementAndGet();
        key.reset();
      }
    } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
      // Closed: the server is stopping.
    }
  }

  @Override
  public void close() throws IOException {
    thread.interrupt();
    watcher.close();
  }
}

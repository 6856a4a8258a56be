package letters.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers only ever see the old file or the whole new one: the bytes go to
 * a hidden temporary file in the same folder, which is then renamed over the target in one step.
 * A process killed at any moment leaves whole files only. The data is not flushed to disk file by
 * file: that would make a bulk build ten times slower, and surviving a power cut mid-build is left
 * to the file system (ext4 and others flush a file's data before a rename that replaces it).
 */
final class AtomicFile {
  /** How temporary files end; a build removes any an interrupted build left behind. */
  static final String PART = ".part";

  private AtomicFile() {}

  static void write(Path target, byte[] bytes) throws IOException {
    writeThenRename(target, temporary -> {
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    });
  }

  static void write(Path target, Content content) throws IOException {
    writeThenRename(target, temporary -> {
      try (OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 64 * 1024)) {
        content.writeTo(out);
      }
    });
  }

  /** Writes a new file with the whole of a target's bytes. */
  @FunctionalInterface
  private interface Writing {
    void to(Path temporary) throws IOException;
  }

  /**
   * Writes {@code target} through a temporary file renamed over it. Only a temporary file that was
   * not renamed is deleted: asking after every letter's two files whether their temporary files
   * were still there was two failed system calls a letter. A file begun is finished even if the
   * thread is interrupted meanwhile (the channel it is written through would close at the
   * interrupt); the interrupt is kept for the caller to act on once the file is whole.
   */
  private static void writeThenRename(Path target, Writing writing) throws IOException {
    Path temporary = temporary(target);
    boolean renamed = false;
    boolean interrupted = Thread.interrupted();
    try {
      writing.to(temporary);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      renamed = true;
    } finally {
      if (!renamed) {
        Files.deleteIfExists(temporary);
      }
      if (interrupted || Thread.interrupted()) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Path temporary(Path target) {
    Path folder = target.toAbsolutePath().getParent();
    // Not Files.createTempFile: its files are private to their owner, and letters are to be shared.
    return folder.resolve(
        "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + PART);
  }

  static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(PART);
  }
}

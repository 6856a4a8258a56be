package letters.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import letters.diagnostic.DiagnosticException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image files are read only when they are regular files within the size limit: a wordmark that is
 * a huge file or a device costs an error line, never the machine's memory.
 */
class ImagesTest {
  @TempDir Path work;

  @Test
  void aFileLargerThanTheLimitIsRefusedWithoutBeingReadWhole() throws Exception {
    Path huge = work.resolve("wordmark.png");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    DiagnosticException refused = assertThrows(DiagnosticException.class, () -> new Images().load(huge));
    assertEquals(huge + ": error: is larger than 32 MiB; a wordmark or signature is a few hundred kilobytes",
        refused.diagnostic().toString());
  }

  @Test
  void aDeviceIsRefusedWithoutBeingRead() {
    DiagnosticException refused = assertThrows(DiagnosticException.class, () -> new Images().load(Path.of("/dev/zero")));
    assertEquals("/dev/zero: error: is not a regular file, so not an image", refused.diagnostic().toString());
  }
}

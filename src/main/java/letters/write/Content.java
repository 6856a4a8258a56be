package letters.write;

import java.io.IOException;
import java.io.OutputStream;

/** What goes into a file, written to a stream so that a large file need not be held in memory. */
@FunctionalInterface
public interface Content {
  void writeTo(OutputStream out) throws IOException;
}

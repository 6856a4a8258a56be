package letters.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One of a handed-over command's two output streams, sent to the launcher as lines it can read
 * with bash's {@code read -r}: each line of output is a line tagged with the stream's letter
 * ({@code o} output, {@code e} errors), and text flushed before its line ends (a progress bar's
 * {@code \r}) is a line tagged with the capital letter, which the launcher prints without a line
 * end. Both streams of a command share one connection, so each whole frame is written under its
 * lock; output is sent as the command flushes it, so the launcher prints in the same order.
 */
final class FramedOutput extends OutputStream {
  private static final int SEND_AT = 64 * 1024;

  private final OutputStream connection;
  private final char tag;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  FramedOutput(OutputStream connection, char tag) {
    this.connection = connection;
    this.tag = tag;
  }

  @Override
  public void write(int b) throws IOException {
    pending.write(b);
    sendIfLarge();
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    pending.write(bytes, offset, length);
    sendIfLarge();
  }

  @Override
  public void flush() throws IOException {
    send(true);
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private void sendIfLarge() throws IOException {
    if (pending.size() >= SEND_AT) {
      send(false);
    }
  }

  /** Sends every whole line pending, and with {@code all} the unfinished one too. */
  private void send(boolean all) throws IOException {
    byte[] bytes = pending.toByteArray();
    ByteArrayOutputStream frames = new ByteArrayOutputStream(bytes.length + 16);
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        frame(frames, tag, bytes, start, i);
        start = i + 1;
      }
    }
    if (all && start < bytes.length) {
      frame(frames, Character.toUpperCase(tag), bytes, start, bytes.length);
      start = bytes.length;
    }
    pending.reset();
    pending.write(bytes, start, bytes.length - start);
    if (frames.size() > 0) {
      synchronized (connection) {
        connection.write(frames.toByteArray());
        connection.flush();
      }
    }
  }

  private static void frame(ByteArrayOutputStream frames, char tag, byte[] bytes, int from, int to) {
    frames.write(tag);
    frames.write(bytes, from, to - from);
    frames.write('\n');
  }
}

package letters.cli;

import java.io.PrintWriter;
import letters.Progress;

/** A one-line progress bar on a terminal, redrawn in place and cleared at the end. */
final class ProgressBar implements Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private int total;
  private int done;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void started(int letters) {
    total = letters;
  }

  @Override
  public synchronized void finished(String id, boolean written) {
    done++;
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + id;
    err.print("\r\u001B[2K" + line);
    if (done == total) {
      err.print("\r\u001B[2K");
    }
    err.flush();
  }
}

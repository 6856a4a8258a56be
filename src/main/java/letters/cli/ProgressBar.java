package letters.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import letters.Progress;

/**
 * A one-line progress bar on a terminal, redrawn in place and cleared at the end. It shows itself
 * only once a command has run for a moment (a quick command prints nothing extra), and then
 * keeps the seconds ticking even while the library has nothing to report. Off a terminal it stays
 * silent.
 */
final class ProgressBar implements Progress, AutoCloseable {
  private static final int WIDTH = 30;
  private static final Duration DELAY = Duration.ofMillis(500);
  private static final Duration TICK = Duration.ofMillis(200);

  private final PrintWriter err;
  private final String label;
  private final long start = System.nanoTime();
  private final long delay;
  private final ScheduledExecutorService ticker;
  private int total = -1;
  private int done;
  private String last = "";
  private boolean drawn;
  private boolean closed;

  /** A bar that draws on {@code err} after {@code delay}, redrawn every tick when {@code ticking}. */
  ProgressBar(PrintWriter err, String label, Duration delay, boolean ticking) {
    this.err = err;
    this.label = label;
    this.delay = delay.toNanos();
    this.ticker = ticking ? Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "progress");
      thread.setDaemon(true);
      return thread;
    }) : null;
    if (ticker != null) {
      ticker.scheduleAtFixedRate(this::draw, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** The bar for a command: drawn on a terminal, silent elsewhere. */
  static ProgressBar on(Session session, String label) {
    return session.terminal() ? new ProgressBar(session.err(), label, DELAY, true) : silent();
  }

  /** A bar that never draws. */
  static ProgressBar silent() {
    return new ProgressBar(null, "", Duration.ZERO, false);
  }

  @Override
  public synchronized void started(int steps) {
    total = steps;
    draw();
  }

  @Override
  public synchronized void finished(String id, boolean written) {
    done++;
    last = id;
    if (ticker == null) {
      draw();
    }
  }

  /** Clears the bar so that a line can be printed, and draws it again on the next tick. */
  synchronized void hide() {
    if (drawn) {
      err.print("\r\u001B[2K");
      err.flush();
      drawn = false;
    }
  }

  /**
   * {@code out} such that what is printed through it never runs into the bar: the bar is cleared
   * before each write (for commands that print results as they go, both on the same terminal).
   */
  PrintWriter above(PrintWriter out) {
    if (err == null) {
      return out;
    }
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) {
        hide();
        out.write(chars, offset, length);
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        out.flush();
      }
    }, true);
  }

  private synchronized void draw() {
    if (err == null || closed || System.nanoTime() - start < delay) {
      return;
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    String line;
    if (total < 0) {
      line = label + "… " + seconds + " s";
    } else {
      int filled = total == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
      line = label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
          + (last.isEmpty() ? "" : " " + last) + (ticker == null ? "" : "  " + seconds + " s");
    }
    err.print("\r\u001B[2K" + line);
    err.flush();
    drawn = true;
  }

  /** Stops the bar and clears its line, so that what the command prints next stands alone. */
  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    synchronized (this) {
      hide();
      closed = true;
    }
  }
}

package letters.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The open pages' server-sent event streams: each is told the sources' version when it opens and
 * whenever it changes. One thread serves them all, so a page left open holds no thread; there are
 * at most {@value #MAX_STREAMS} at once (more get 503 and try again), and each ends after {@link
 * #LIFETIME_SECONDS} seconds, telling the browser to open it again at once: a stream whose page
 * went away is found out at the latest by the next beat and closed.
 */
final class EventStreams implements AutoCloseable {
  /** The most streams open at once: a page holds one, and one person opens a few pages. */
  static final int MAX_STREAMS = 32;

  static final long LIFETIME_SECONDS = 60;
  private static final long BEAT_MILLIS = 5_000;
  private static final long TICK_MILLIS = 100;

  private final LongSupplier version;
  private final List<Stream> streams = new ArrayList<>();
  private final Thread thread;

  private record Stream(HttpExchange exchange, long opened) {}

  EventStreams(LongSupplier version) {
    this.version = version;
    this.thread = Thread.ofPlatform().daemon().name("preview-events").start(this::serve);
  }

  /** Starts a stream on {@code exchange}; false, with nothing sent, when there are too many already. */
  boolean open(HttpExchange exchange) throws IOException {
    synchronized (streams) {
      if (streams.size() >= MAX_STREAMS) {
        return false;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, 0);
      // The browser opens the stream again a second after it ends, or at once after a failure.
      send(exchange, "retry: 1000\ndata: " + version.getAsLong() + "\n\n");
      streams.add(new Stream(exchange, System.nanoTime()));
      return true;
    }
  }

  /** How many streams are open. */
  int size() {
    synchronized (streams) {
      return streams.size();
    }
  }

  private void serve() {
    long sent = version.getAsLong();
    long beat = System.nanoTime();
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(TICK_MILLIS);
        long now = version.getAsLong();
        boolean changed = now != sent;
        boolean beating = System.nanoTime() - beat > TimeUnit.MILLISECONDS.toNanos(BEAT_MILLIS);
        sent = now;
        if (beating) {
          beat = System.nanoTime();
        }
        tell(changed ? "data: " + now + "\n\n" : beating ? ": still here\n\n" : null);
      }
    } catch (InterruptedException e) {
      // Closed: the server is stopping.
    }
  }

  /** Sends {@code message} (when there is one) to every stream, ends the old ones and drops the dead. */
  private void tell(String message) {
    synchronized (streams) {
      long now = System.nanoTime();
      streams.removeIf(stream -> {
        boolean old = now - stream.opened() > TimeUnit.SECONDS.toNanos(LIFETIME_SECONDS);
        if (!old && message != null) {
          try {
            send(stream.exchange(), message);
          } catch (IOException e) {
            old = true;
          }
        }
        if (old) {
          stream.exchange().close();
        }
        return old;
      });
    }
  }

  private static void send(HttpExchange exchange, String message) throws IOException {
    OutputStream out = exchange.getResponseBody();
    out.write(message.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() {
    thread.interrupt();
    synchronized (streams) {
      streams.forEach(stream -> stream.exchange().close());
      streams.clear();
    }
  }
}

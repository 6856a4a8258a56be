package letters.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import letters.Letters;
import letters.diagnostic.Result;
import letters.layout.PageImages;
import letters.load.ForceRecord;

/**
 * The live preview server. Routes: {@code /} (every force), {@code /force/ID} (one letter),
 * {@code /part/...} (the same pages' changing part, fetched again when the sources change),
 * {@code /pdf/ID.pdf}, {@code /page/ID/N.png}, {@code /events} (server-sent events: the sources'
 * version). Anything else is 404. Letters are rendered when asked for and kept until their record
 * or the templates change.
 */
public final class PreviewServer implements AutoCloseable {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PAGE = Pattern.compile("/page/(" + ID + ")/([1-9][0-9]?)\\.png");

  private final Path forces;
  private final Path templates;
  private final Sources sources;
  private final HttpServer server;
  private final Map<String, Rendering> renderings = new ConcurrentHashMap<>();
  private volatile Opened opened;

  /** The campaign as opened from one state of the templates folder. */
  private record Opened(Letters letters, String templates) {}

  /** A letter rendered from one state of its inputs; its page images are drawn when first asked for. */
  static final class Rendering {
    private final String inputs;
    private final Result<Letters.Rendered> result;
    private List<byte[]> pages;

    Rendering(String inputs, Result<Letters.Rendered> result) {
      this.inputs = inputs;
      this.result = result;
    }

    String inputs() {
      return inputs;
    }

    Result<Letters.Rendered> result() {
      return result;
    }

    /** The pages as PNG images. */
    synchronized List<byte[]> pages() throws IOException {
      if (pages == null) {
        pages = result.value().isPresent() ? PageImages.of(result.value().get().pdf().bytes(), 60f) : List.of();
      }
      return pages;
    }

    int pageCount() {
      return result.value().map(r -> r.pdf().pages()).orElse(0);
    }
  }

  private PreviewServer(Path forces, Path templates, int port) throws IOException {
    this.forces = forces;
    this.templates = templates;
    this.sources = new Sources(forces, templates);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    server.setExecutor(Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().unstarted(r)));
    server.createContext("/", this::handle);
  }

  /** Starts serving the letters of {@code forces} with {@code templates} on 127.0.0.1:{@code port} (0: any free port). */
  public static PreviewServer start(Path forces, Path templates, int port) throws IOException {
    PreviewServer preview = new PreviewServer(forces, templates, port);
    preview.server.start();
    return preview;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "only GET".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Matcher page = PAGE.matcher(path);
      if (path.equals("/")) {
        html(exchange, Pages.shell("Letters", "/part/index"));
      } else if (path.equals("/part/index")) {
        html(exchange, Pages.index(letters(), records(), sources.version()));
      } else if (path.equals("/events")) {
        events(exchange);
      } else if (path.startsWith("/force/") && isId(path.substring(7))) {
        html(exchange, Pages.shell(path.substring(7), "/part/force/" + path.substring(7)));
      } else if (path.startsWith("/part/force/") && isId(path.substring(12))) {
        String id = path.substring(12);
        html(exchange, Pages.force(letters(), id, rendering(id), sources.version()));
      } else if (path.startsWith("/pdf/") && path.endsWith(".pdf") && isId(path.substring(5, path.length() - 4))) {
        Rendering rendering = rendering(path.substring(5, path.length() - 4));
        if (rendering.result().value().isEmpty()) {
          send(exchange, 404, "text/plain", "no letter".getBytes(StandardCharsets.UTF_8));
        } else {
          send(exchange, 200, "application/pdf", rendering.result().value().get().pdf().bytes());
        }
      } else if (page.matches()) {
        List<byte[]> pages = rendering(page.group(1)).pages();
        int number = Integer.parseInt(page.group(3));
        if (number > pages.size()) {
          send(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
        } else {
          send(exchange, 200, "image/png", pages.get(number - 1));
        }
      } else {
        send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  /**
   * The letters, opened again when anything under the templates folder has changed: a campaign
   * reads its templates once, so that each rendering comes from one version of them.
   */
  private synchronized Opened opened() {
    String now = fingerprint(templates);
    if (opened == null || !now.equals(opened.templates())) {
      opened = new Opened(Letters.open(forces, templates), now);
    }
    return opened;
  }

  private Letters letters() {
    return opened().letters();
  }

  private Result<List<ForceRecord>> records() {
    return letters().records();
  }

  /** The letter of {@code id}, rendered again only if its record or the templates changed. */
  Rendering rendering(String id) {
    Opened current = opened();
    String inputs = current.templates() + "|" + fingerprint(forces.resolve(id + ".yaml"));
    Rendering kept = renderings.get(id);
    if (kept != null && kept.inputs().equals(inputs)) {
      return kept;
    }
    Rendering made = new Rendering(inputs, current.letters().render(id));
    renderings.put(id, made);
    return made;
  }

  /** The names, sizes and times of the files under {@code path}: changes when any of them does. */
  private static String fingerprint(Path path) {
    if (!Files.exists(path)) {
      return "absent";
    }
    try (Stream<Path> files = Files.walk(path)) {
      StringBuilder print = new StringBuilder();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        print.append(file).append(':').append(Files.size(file)).append(':')
            .append(Files.getLastModifiedTime(file).toMillis()).append(';');
      }
      return Integer.toHexString(print.toString().hashCode()) + print.length();
    } catch (IOException e) {
      return "unreadable";
    }
  }

  /** Server-sent events: the sources' version, at once and whenever it changes. */
  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    long sent = -1;
    int quiet = 0;
    try {
      while (true) {
        long now = sources.version();
        if (now != sent) {
          out.write(("data: " + now + "\n\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
          sent = now;
          quiet = 0;
        } else if (++quiet == 150) {
          out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          quiet = 0;
        }
        Thread.sleep(100);
      }
    } catch (IOException | InterruptedException e) {
      // The page went away.
    }
  }

  private static void html(HttpExchange exchange, String page) throws IOException {
    send(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  @Override
  public void close() throws IOException {
    server.stop(0);
    sources.close();
  }
}

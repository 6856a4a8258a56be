package letters.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import letters.Letters;
import letters.check.Explainer;
import letters.diagnostic.Result;
import letters.load.Record;

/**
 * The live preview server. Routes: {@code /} (every record), {@code /letter/ID} (one letter),
 * {@code /gallery} (every sentence the assessment can say), {@code /part/...} (the same pages'
 * changing part, fetched again when the sources change),
 * {@code /pdf/ID.pdf}, {@code /page/ID/N.png}, {@code /events} (server-sent events: the sources'
 * version), {@code /site/...} (the published site, as {@code letters publish} writes it). Anything
 * else is 404. Letters are rendered when asked for and kept until their record or the templates
 * change.
 *
 * <p>It is safe to leave running. It listens on 127.0.0.1 only and answers only requests that
 * name it as {@code 127.0.0.1:PORT} or {@code localhost:PORT} in their Host header, so that a web
 * page elsewhere cannot reach it through a name of its own that resolves here (DNS rebinding). It
 * serves with {@value #WORKERS} threads and a short queue, keeps at most {@link
 * EventStreams#MAX_STREAMS} event streams open (on one thread of their own), gives a client
 * {@value #REQUEST_SECONDS} seconds to send its request and {@value #CONNECTIONS} connections
 * in all, and keeps renderings only of records that exist. A template that runs away is stopped
 * by its letter's limits (as any letter's) and shown in the red panel.
 */
public final class PreviewServer implements AutoCloseable {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PAGE = Pattern.compile("/page/(" + ID + ")/([1-9][0-9]?)\\.png");

  /** Threads serving requests; more requests wait in a queue of {@value #QUEUE}, and beyond it are refused. */
  static final int WORKERS = 4;
  static final int QUEUE = 64;

  /** Seconds a client has to send its request line and headers. */
  static final int REQUEST_SECONDS = 10;

  /** Seconds a client has to take a response (an event stream ends well before). */
  static final int RESPONSE_SECONDS = 2 * (int) EventStreams.LIFETIME_SECONDS;

  /** Connections open at once; more are closed as they come. */
  static final int CONNECTIONS = 200;

  static {
    // The JDK's server reads its limits and settings once, from these documented properties (see the
    // jdk.httpserver module); its defaults wait for ever and take any number of connections.
    // Set here, before the first server is made, unless whoever runs this has set them.
    limit("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
    limit("sun.net.httpserver.maxRspTime", RESPONSE_SECONDS);
    limit("jdk.httpserver.maxConnections", CONNECTIONS);
    // It writes a response's head and body apart, and Nagle's algorithm then held the body back
    // until the client acknowledged the head, which Linux delays by 40 ms: every page took 40 ms
    // more than making it did.
    limit("sun.net.httpserver.nodelay", "true");
  }

  private static void limit(String property, Object value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, String.valueOf(value));
    }
  }

  private final Path records;
  private final Path templates;
  private final Sources sources;
  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final EventStreams events;
  private final Map<String, Rendering> renderings = new ConcurrentHashMap<>();
  private final SitePreview site = new SitePreview();
  private volatile Opened opened;
  private volatile GalleryPage gallery;
  private volatile Known known = new Known(-1, Set.of());

  /** The campaign as opened from one state of the templates folder. */
  private record Opened(Letters letters, String templates) {}

  /** The ids of the records there are, as of one version of the sources. */
  private record Known(long version, Set<String> ids) {}

  /** The gallery page as written from one state of the templates. */
  private record GalleryPage(String templates, String html) {}

  /** A letter rendered from one state of its inputs; its page images are drawn when first asked for. */
  static final class Rendering {
    private final String inputs;
    private final Result<Letters.Rendered> result;
    private List<byte[]> pages;
    private List<Explainer.Explanation> explanations;

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
        pages = result.value().isPresent() ? Letters.pageImages(result.value().get().pdf().bytes(), 60f) : List.of();
      }
      return pages;
    }

    int pageCount() {
      return result.value().map(r -> r.pdf().pages()).orElse(0);
    }

    /**
     * Where each sentence comes from, worked out once for this rendering and kept with it: explaining
     * composes the letter again for every other value of every finding, far more than the letter's
     * own rendering costs, and the page is refreshed far more often than its inputs change.
     */
    synchronized List<Explainer.Explanation> explanations(Letters letters, String id) {
      if (explanations == null) {
        explanations = letters.explain(id).value().orElse(List.of());
      }
      return explanations;
    }
  }

  private PreviewServer(Path records, Path templates, int port) throws IOException {
    this.records = records;
    this.templates = templates;
    this.sources = new Sources(records, templates);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    AtomicInteger count = new AtomicInteger();
    // Refused work is the server's to handle: it closes that connection and goes on.
    this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
        r -> Thread.ofPlatform().daemon().name("preview-" + count.incrementAndGet()).unstarted(r));
    this.events = new EventStreams(sources::version);
    server.setExecutor(workers);
    server.createContext("/", this::handle);
  }

  /** Starts serving the letters of {@code records} with {@code templates} on 127.0.0.1:{@code port} (0: any free port). */
  public static PreviewServer start(Path records, Path templates, int port) throws IOException {
    PreviewServer preview = new PreviewServer(records, templates, port);
    preview.server.start();
    return preview;
  }

  public String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  private int port() {
    return server.getAddress().getPort();
  }

  /** Answers one request: refused unless it names this server, and a failure shown rather than dropped. */
  private void handle(HttpExchange exchange) throws IOException {
    boolean streaming = false;
    try {
      if (!isForThisServer(exchange.getRequestHeaders().get("Host"))) {
        send(exchange, 403, "text/plain", "this server answers only to 127.0.0.1 and localhost".getBytes(StandardCharsets.UTF_8));
      } else if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "only GET".getBytes(StandardCharsets.UTF_8));
      } else if (exchange.getRequestURI().getRawPath().equals("/events")) {
        streaming = events.open(exchange);
        if (!streaming) {
          exchange.getResponseHeaders().set("Retry-After", "5");
          send(exchange, 503, "text/plain", "too many open pages".getBytes(StandardCharsets.UTF_8));
        }
      } else {
        route(exchange, exchange.getRequestURI().getRawPath());
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      failed(exchange, e);
    } finally {
      if (!streaming) {
        exchange.close();
      }
    }
  }

  /** Whether the Host header names this server as the browser reached it on this machine. */
  private boolean isForThisServer(List<String> hosts) {
    if (hosts == null || hosts.size() != 1) {
      return false;
    }
    String host = hosts.getFirst().toLowerCase(Locale.ROOT);
    return host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port());
  }

  /** A failure of the preview itself, in the red panel, when the response has not begun. */
  private static void failed(HttpExchange exchange, Throwable e) throws IOException {
    if (exchange.getResponseCode() != -1) {
      return;
    }
    String panel = "<div class=\"error\" id=\"error\">the preview could not show this: " + Pages.escape(String.valueOf(e)) + "</div>";
    send(exchange, 500, "text/html; charset=utf-8", panel.getBytes(StandardCharsets.UTF_8));
  }

  private void route(HttpExchange exchange, String path) throws IOException {
    Matcher page = PAGE.matcher(path);
    if (path.equals("/")) {
      html(exchange, Pages.shell(language(), "Letters", "/part/index"));
    } else if (path.equals("/part/index")) {
      html(exchange, Pages.index(letters(), records(), sources.version()));
    } else if (path.equals("/gallery")) {
      html(exchange, Pages.shell(language(), "Wording gallery", "/part/gallery"));
    } else if (path.equals("/part/gallery")) {
      html(exchange, gallery());
    } else if (path.startsWith("/letter/") && isKnown(path.substring(8))) {
      html(exchange, Pages.shell(language(), path.substring(8), "/part/letter/" + path.substring(8)));
    } else if (path.startsWith("/part/letter/") && isKnown(path.substring(13))) {
      String id = path.substring(13);
      html(exchange, Pages.letter(letters(), id, rendering(id), sources.version()));
    } else if (path.startsWith("/pdf/") && path.endsWith(".pdf") && isKnown(path.substring(5, path.length() - 4))) {
      Rendering rendering = rendering(path.substring(5, path.length() - 4));
      if (rendering.result().value().isEmpty()) {
        send(exchange, 404, "text/plain", "no letter".getBytes(StandardCharsets.UTF_8));
      } else {
        send(exchange, 200, "application/pdf", rendering.result().value().get().pdf().bytes());
      }
    } else if (path.startsWith("/site/")) {
      site(exchange, path.substring(6));
    } else if (page.matches() && isKnown(page.group(1))) {
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

  private void site(HttpExchange exchange, String path) throws IOException {
    Optional<SitePreview.File> file = site.file(letters(), sources.version(), path);
    if (file.isPresent()) {
      send(exchange, 200, file.get().type(), file.get().bytes());
    } else {
      StringBuilder text = new StringBuilder("not in the published site\n");
      site.problems().forEach(problem -> text.append(problem.format(Path.of("").toAbsolutePath())).append('\n'));
      send(exchange, 404, "text/plain; charset=utf-8", text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Whether {@code id} is the id of a record there is now. Only those are rendered and kept: any
   * other name is 404 at once, so that asking for made-up ids costs nothing and fills nothing.
   */
  private boolean isKnown(String id) {
    if (!isId(id)) {
      return false;
    }
    long version = sources.version();
    Known now = known;
    if (now.version() != version) {
      now = new Known(version, recordIds());
      known = now;
      renderings.keySet().retainAll(now.ids());
    }
    return now.ids().contains(id);
  }

  private Set<String> recordIds() {
    try (Stream<Path> files = Files.list(records)) {
      return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".yaml")).map(name -> name.substring(0, name.length() - 5))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      return Set.of();
    }
  }

  private static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  /**
   * The letters, opened again when anything under the templates folder has changed: a campaign
   * reads its templates once, so that each rendering comes from one version of them. Opened again
   * from the letters before, which keeps what the change left as it was.
   */
  private synchronized Opened opened() {
    String now = fingerprint(templates);
    if (opened == null || !now.equals(opened.templates())) {
      opened = new Opened(opened == null ? Letters.open(records, templates) : opened.letters().reopened(), now);
    }
    return opened;
  }

  private Letters letters() {
    return opened().letters();
  }

  /** The language the campaign's letters are written in, for the pages that show them. */
  private String language() {
    return letters().campaign().value().map(campaign -> campaign.document().language()).orElse("und");
  }

  /** The gallery page, written again only when a template has changed: it composes every combination. */
  private synchronized String gallery() {
    Opened current = opened();
    GalleryPage kept = gallery;
    if (kept == null || !kept.templates().equals(current.templates())) {
      kept = new GalleryPage(current.templates(), Pages.gallery(current.letters(), current.letters().gallery()));
      gallery = kept;
    }
    return kept.html();
  }

  private Result<List<Record>> records() {
    return letters().records();
  }

  /** The letter of {@code id}, rendered again only if its record or the templates changed. */
  Rendering rendering(String id) {
    Opened current = opened();
    String inputs = current.templates() + "|" + fingerprint(records.resolve(id + ".yaml"));
    Rendering kept = renderings.get(id);
    if (kept != null && kept.inputs().equals(inputs)) {
      return kept;
    }
    Rendering made = new Rendering(inputs, current.letters().render(id));
    renderings.put(id, made);
    return made;
  }

  /** How many renderings are kept. */
  int kept() {
    return renderings.size();
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
    events.close();
    server.stop(0);
    workers.shutdownNow();
    sources.close();
  }
}

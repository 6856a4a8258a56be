package letters.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import letters.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server under hostile use: requests that name another host (DNS rebinding),
 * hundreds of held event streams, slow clients, made-up ids by the thousand, and a template that
 * never ends. Each is refused, bounded or timed out, the server keeps answering, and its threads
 * and heap come back to where they were.
 */
class PreviewServerLimitsTest {
  @TempDir Path work;
  private PreviewServer server;
  private int port;

  @BeforeEach
  void start() throws Exception {
    TestFiles.copyProject(work);
    server = PreviewServer.start(work.resolve("forces"), work.resolve("templates"), 0);
    port = URI.create(server.url()).getPort();
    assertEquals(200, status(get("/part/index", "127.0.0.1:" + port)), "warmed up");
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void answersOnlyRequestsThatNameIt() throws Exception {
    assertEquals(200, status(get("/part/index", "127.0.0.1:" + port)));
    assertEquals(200, status(get("/part/index", "LOCALHOST:" + port)));
    for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1", "127.0.0.1:1", "localhost.attacker.example:" + port)) {
      String answer = get("/pdf/thames-valley.pdf", host);
      assertEquals(403, status(answer), host + " answered\n" + answer);
      assertTrue(!answer.contains("%PDF"), "no letter for " + host);
    }
    assertEquals(403, status(exchange("GET /part/index HTTP/1.1\r\nConnection: close\r\n\r\n")), "no Host header at all");
    assertEquals(403, status(exchange("GET /part/index HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")),
        "two Host headers");
    // A rebinding page asks again and again: each refusal is cheap and leaves nothing behind.
    Footprint before = Footprint.now();
    for (int i = 0; i < 500; i++) {
      assertEquals(403, status(get("/pdf/thames-valley.pdf", "attacker.example:" + port)));
    }
    assertBackToNormal(before);
  }

  @Test
  void heldEventStreamsAreBoundedAndHoldNoThreads() throws Exception {
    Footprint before = Footprint.now();
    List<Socket> held = new ArrayList<>();
    int streaming = 0;
    int refused = 0;
    try {
      for (int i = 0; i < 300; i++) {
        Socket socket = connect();
        held.add(socket);
        socket.getOutputStream().write(request("/events", "127.0.0.1:" + port).getBytes(StandardCharsets.US_ASCII));
        String head = readHead(socket);
        if (head.startsWith("HTTP/1.1 200")) {
          streaming++;
          assertTrue(head.contains("text/event-stream"), head);
        } else {
          assertTrue(head.startsWith("HTTP/1.1 503"), head);
          refused++;
        }
      }
      assertEquals(EventStreams.MAX_STREAMS, streaming, "streams open at once");
      assertEquals(300 - EventStreams.MAX_STREAMS, refused);
      Footprint during = Footprint.now();
      assertTrue(during.threads() - before.threads() <= PreviewServer.WORKERS, "threads while held: " + before + " → " + during);
      assertEquals(200, status(get("/part/index", "127.0.0.1:" + port)), "still answering");
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
    assertBackToNormal(before);
  }

  @Test
  void slowClientsAreCutOffAndTheServerAnswersAgain() throws Exception {
    Footprint before = Footprint.now();
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Socket socket = connect();
      socket.getOutputStream().write('G');
      slow.add(socket);
    }
    byte[] rest = ("ET /part/index HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    long started = System.nanoTime();
    int closed = 0;
    // One byte a second, as long as the server takes it.
    for (int second = 0; second < PreviewServer.REQUEST_SECONDS + 10 && closed < slow.size(); second++) {
      Thread.sleep(1000);
      closed = 0;
      for (Socket socket : slow) {
        try {
          socket.getOutputStream().write(rest[Math.min(second, rest.length - 1)]);
          socket.getOutputStream().flush();
          socket.setSoTimeout(1);
          if (socket.getInputStream().read() == -1) {
            closed++;
          }
        } catch (SocketTimeoutException e) {
          // Still open.
        } catch (IOException e) {
          closed++;
        }
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertEquals(slow.size(), closed, "every slow client cut off, after " + took);
    assertTrue(took.toSeconds() <= PreviewServer.REQUEST_SECONDS + 5, "cut off in time: " + took);
    for (Socket socket : slow) {
      socket.close();
    }
    assertEquals(200, status(get("/part/index", "127.0.0.1:" + port)), "answering again");
    assertBackToNormal(before);
  }

  @Test
  void madeUpIdsCostNothingAndAreNotKept() throws Exception {
    Footprint before = Footprint.now();
    for (int i = 0; i < 2000; i++) {
      assertEquals(404, status(get("/pdf/made-up-" + i + ".pdf", "127.0.0.1:" + port)));
    }
    assertEquals(404, status(get("/part/letter/no-such-force", "127.0.0.1:" + port)));
    assertEquals(200, status(get("/pdf/warwickshire.pdf", "127.0.0.1:" + port)));
    assertTrue(server.kept() <= 5, "renderings kept: " + server.kept());
    Footprint after = settle(before);
    assertTrue(after.heap() < before.heap() + (32 << 20), "heap: " + before + " → " + after);
  }

  @Test
  void aTemplateWithoutEndIsShownInTheRedPanelAndLeavesNothingRunning() throws Exception {
    Footprint before = Footprint.now();
    Path contact = work.resolve("templates/paragraphs/contact.ftl");
    String fixed = Files.readString(contact);
    Files.writeString(contact, "<p>Queries?<#list 1.. as i></#list></p>\n");
    String answer = get("/part/letter/thames-valley", "127.0.0.1:" + port);
    assertEquals(200, status(answer));
    assertTrue(answer.contains("class=\"error\"") && answer.contains("contact.ftl:1:12") && answer.contains("more than 5 seconds"),
        answer);
    assertTrue(!running("freemarker"), "no template still running");

    Files.writeString(contact, fixed);
    answer = get("/part/letter/thames-valley", "127.0.0.1:" + port);
    assertTrue(answer.contains("If you have any queries") && !answer.contains("class=\"error\""), answer);
    Footprint after = settle(before);
    assertTrue(after.threads() <= before.threads() + PreviewServer.WORKERS, before + " → " + after);
  }

  /** Live threads and heap in use after collection. */
  private record Footprint(int threads, long heap) {
    static Footprint now() {
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      return new Footprint(ManagementFactory.getThreadMXBean().getThreadCount(),
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    @Override
    public String toString() {
      return threads + " threads, " + (heap >> 20) + " MiB";
    }
  }

  /** Threads and heap return to where they were, give or take the server's workers and 32 MiB. */
  private static void assertBackToNormal(Footprint before) throws InterruptedException {
    Footprint after = settle(before);
    assertTrue(after.threads() <= before.threads() + PreviewServer.WORKERS, before + " → " + after);
    assertTrue(after.heap() < before.heap() + (32 << 20), "heap back: " + before + " → " + after);
  }

  /** The footprint once closed connections have been let go (the server finds them at its next beat). */
  private static Footprint settle(Footprint before) throws InterruptedException {
    Footprint now = Footprint.now();
    for (int i = 0; i < 30 && (now.threads() > before.threads() + PreviewServer.WORKERS || now.heap() > before.heap() + (16 << 20)); i++) {
      Thread.sleep(1000);
      now = Footprint.now();
    }
    return now;
  }

  private static boolean running(String code) {
    return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
        .anyMatch(thread -> Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(code)));
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
    return socket;
  }

  private static String request(String path, String host) {
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
  }

  private String get(String path, String host) throws IOException {
    return exchange(request(path, host));
  }

  /** Sends {@code request} as it is and reads the whole answer. */
  private String exchange(String request) throws IOException {
    try (Socket socket = connect()) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  /** The status line and headers of an answer still coming. */
  private static String readHead(Socket socket) throws IOException {
    socket.setSoTimeout(10_000);
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      head.append((char) c);
    }
    return head.toString();
  }

  private static int status(String answer) {
    return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
  }
}

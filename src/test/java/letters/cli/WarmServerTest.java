package letters.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import letters.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm process serve keeps, driven over loopback as the launcher drives it: a handed-over
 * command prints, writes and ends exactly as the same command run afresh, and anything it should
 * not run (a wrong secret, another project, a command it does not take) is refused before it
 * runs, which sends the launcher to a fresh JVM.
 */
class WarmServerTest {
  @TempDir Path project;

  private static final String LAUNCHER = "/nowhere/letters";

  private WarmServer server;

  /** What one run said and how it ended. */
  record Run(int status, String out, String err) {}

  @BeforeEach
  void serve() throws IOException {
    TestFiles.copyProject(project);
    server = WarmServer.start(sources(project));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private static Sources sources(Path root) {
    return new Sources(root, root.resolve("forces"), root.resolve("templates"));
  }

  @Test
  void aBuildHandedOverPrintsWritesAndEndsAsAFreshOne() throws IOException {
    assertSameAsFresh(project, project.resolve("out"), "build");
  }

  @Test
  void aPreviewFromTheRecordsFolderIsTheFreshOne() throws IOException {
    assertSameAsFresh(project.resolve("forces"), project.resolve("out/preview"), "preview", "thames-valley.yaml");
  }

  @Test
  void anExplanationIsTheFreshOne() throws IOException {
    Run warm = assertSameAsFresh(project.resolve("templates/paragraphs"), project.resolve("out"), "explain", "kent");
    assertEquals(1, warm.status());
    assertTrue(warm.err().contains("no record 'kent'"), warm.err());
  }

  @Test
  void aMalformedRecordIsTheSameErrorAndStatus() throws IOException {
    Files.writeString(project.resolve("forces/kent.yaml"), "force: Kent Police\nfindings: [unclosed\n");
    Run warm = assertSameAsFresh(project, project.resolve("letters"), "build", "--out", "letters");
    assertEquals(1, warm.status());
    assertTrue(warm.err().startsWith("forces/kent.yaml:"), warm.err());
    assertTrue(warm.out().startsWith("5 letters written to letters, 1 failed"), warm.out());
  }

  @Test
  void templatesAreReadAsTheyAreNow() throws IOException {
    Path contact = project.resolve("templates/paragraphs/contact.ftl");
    assertEquals(0, hand(project, "preview", "thames-valley", "--text").orElseThrow().status());
    Files.writeString(contact, Files.readString(contact).replace("<p>", "<p>Edited just now. "));
    Run warm = hand(project, "preview", "thames-valley", "--text").orElseThrow();
    assertTrue(warm.out().contains("Edited just now."), warm.out());
  }

  @Test
  void commandsHandedOverAtOnceEachRunAsIfAlone() throws Exception {
    List<String[]> lines = List.of(new String[] {"build"}, new String[] {"preview", "thames-valley"},
        new String[] {"explain", "kent"}, new String[] {"preview", "cambridgeshire", "--text"});
    List<Run> together = new ArrayList<>();
    try (java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(lines.size())) {
      List<java.util.concurrent.Future<Optional<Run>>> runs =
          lines.stream().map(line -> clients.submit(() -> hand(project, line))).toList();
      for (java.util.concurrent.Future<Optional<Run>> run : runs) {
        together.add(run.get().orElseThrow());
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(fresh(project, lines.get(i)), together.get(i), List.of(lines.get(i)).toString());
    }
  }

  @Test
  void aWrongSecretIsRefusedBeforeAnythingIsSaid() throws IOException {
    WarmFile file = server.file();
    WarmFile wrong = new WarmFile(file.path(), file.port(), file.server(), file.client(), file.code());
    assertEquals(Optional.empty(), hand(wrong, project, "build"));
    assertFalse(Files.exists(project.resolve("out")));
  }

  @Test
  void anotherProjectIsLeftToAFreshJvm(@TempDir Path other) throws IOException {
    TestFiles.copyProject(other);
    assertEquals(Optional.empty(), hand(other, "build"));
    assertEquals(Optional.empty(), hand(project, "build", "--records", other.resolve("forces").toString()));
    assertEquals(Optional.empty(), hand(project, "build", "--project", other.toString()));
    assertFalse(Files.exists(other.resolve("out")));
    assertEquals(0, hand(project, "build", "--project", ".", "thames-valley").orElseThrow().status());
  }

  @Test
  void onlyBuildPreviewAndExplainWithoutSecretsOrDesktopAreRun() throws IOException {
    for (List<String> line : List.<List<String>>of(List.of("check"), List.of("serve"), List.of("bench"), List.of("diff"),
        List.of("build", "--sign", "key.p12"), List.of("preview", "thames-valley", "--open"),
        List.of("build", "@args"), List.of("build", "--help"), List.of("--debug", "build"), List.of("build", "--nonsense"), List.of())) {
      assertEquals(Optional.empty(), hand(project, line.toArray(String[]::new)), line.toString());
    }
  }

  @Test
  void aClientInAnotherTimeZoneOrLocaleIsLeftToAFreshJvm() throws IOException {
    for (String name : List.of("TZ", "LANG", "LC_ALL")) {
      Map<String, String> own = new java.util.HashMap<>(System.getenv());
      own.put(name, "Pacific/Auckland".equals(own.get(name)) ? "Europe/London" : "Pacific/Auckland");
      assertEquals(Optional.empty(), hand(server.file(), project, own, "explain", "thames-valley"), name);
    }
    assertTrue(hand(server.file(), project, System.getenv(), "explain", "thames-valley").isPresent());
  }

  @Test
  void theFileIsTheUsersAloneAndGoesWhenTheServerStops() throws IOException {
    Path file = WarmFile.in(project);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)));
    assertEquals("rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent(), LinkOption.NOFOLLOW_LINKS)));
    assertEquals("*\n", Files.readString(file.resolveSibling(".gitignore")), "no repository takes the key in");
    List<String> lines = Files.readAllLines(file);
    assertEquals("port " + server.file().port(), lines.getFirst());
    assertTrue(lines.get(1).matches("client [0-9a-f]{64}"), lines.get(1));
    server.close();
    assertFalse(Files.exists(file));
    assertEquals(Optional.empty(), hand(server.file(), project, "build"), "a stale file's server is gone");
    assertFalse(Files.exists(project.resolve("out")));
  }

  @Test
  void aLaterServerKeepsItsFileWhenAnEarlierOneStops() throws IOException {
    WarmServer later = WarmServer.start(sources(project));
    try {
      server.close();
      assertTrue(Files.exists(WarmFile.in(project)));
      assertEquals(0, hand(later.file(), project, "explain", "thames-valley").orElseThrow().status());
    } finally {
      later.close();
    }
    assertFalse(Files.exists(WarmFile.in(project)));
  }

  @Test
  void serveOffersItAndRemovesItWhenStoppedUnlessTurnedOff() throws InterruptedException {
    assertEquals(new Served(true, ""), serveBriefly(Map.of()), "offered while serve runs");
    assertFalse(Files.exists(WarmFile.in(project)), "removed as serve stops");
    assertEquals(new Served(false, ""), serveBriefly(Map.of(WarmServer.SWITCH, "0")), "LETTERS_WARM=0 turns it off");
  }

  @Test
  void serveWithoutAPlaceForItsFileRunsAndSaysWhy() throws IOException, InterruptedException {
    server.close();
    TestFiles.deleteTree(project.resolve(WarmFile.FOLDER));
    Files.writeString(project.resolve(WarmFile.FOLDER), "a file where the folder would be");
    assertEquals(new Served(false, ".letters/warm: note: build, preview and explain will not use this serve: not a folder\n"),
        serveBriefly(Map.of()));
  }

  @Test
  void aClientThatGoesAwayMidCommandLeavesTheServerAsItWas() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.file().port())) {
      assertTrue(accepted(socket.getOutputStream(), new BufferedInputStream(socket.getInputStream()), server.file(),
          project, "build"));
    }
    // The abandoned build runs to its end holding out/; the next waits for it, then goes on as ever.
    Run next = hand(project, "build").orElseThrow();
    assertEquals(0, next.status(), next.err());
    assertEquals("5 letters written to out\n", next.out());
    assertSameAsFresh(project, project.resolve("out"), "build");
  }

  @Test
  void aBuildWhoseClientGoesAwayStopsLeavingWholeLettersItsManifestNames() throws Exception {
    int records = manyRecords();
    Path out = project.resolve("out");
    abandonBuild(() -> pdfs(out) > 0);
    long written = pdfs(out);
    assertTrue(written < records, written + " of " + records + " letters written after the client went away");
    JsonNode named = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("letters");
    assertEquals(written, named.size(), "the letters written are named");
    for (JsonNode entry : named) {
      assertTrue(Files.isRegularFile(out.resolve(entry.get("file").asText())), entry.toString());
    }
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(), files.map(f -> f.getFileName().toString())
          .filter(name -> name.startsWith(".") && !name.endsWith(".lock")).toList(), "no temporary files");
    }
    // serve goes on as ever.
    Run next = hand(project, "build").orElseThrow();
    assertEquals(0, next.status(), next.err());
    assertEquals(records + " letters written to out\n", next.out());
  }

  interface Condition {
    boolean holds() throws IOException;
  }

  /** Waits, two minutes at most, for {@code condition}, which must then hold. */
  private static void await(Condition condition, String what) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!condition.holds() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(condition.holds(), what);
  }

  @Test
  void aRebuildWhoseClientGoesAwayKeepsEveryLetterOfTheBuildBefore() throws Exception {
    int records = manyRecords();
    Path out = project.resolve("out");
    assertEquals(0, hand(project, "build").orElseThrow().status());
    Path manifest = out.resolve("manifest.json");
    String before = Files.readString(manifest);
    // Gone once the rebuild has begun writing: its first manifest no longer names the letters it rewrites.
    abandonBuild(() -> !Files.readString(manifest).equals(before) && pdfs(out) == records);
    assertEquals(records, pdfs(out), "no letter of the build before is lost");
    JsonNode named = new ObjectMapper().readTree(manifest.toFile()).get("letters");
    for (JsonNode entry : named) {
      assertTrue(Files.isRegularFile(out.resolve(entry.get("file").asText())), entry.toString());
    }
  }

  /** Replaces the project's records by {@code 600} made from a shipped one; returns how many. */
  private int manyRecords() throws IOException {
    int records = 600;
    Path forces = project.resolve("forces");
    String warwickshire = Files.readString(forces.resolve("warwickshire.yaml"));
    TestFiles.deleteTree(forces);
    Files.createDirectories(forces);
    for (int i = 1; i <= records; i++) {
      Files.writeString(forces.resolve("force-" + i + ".yaml"),
          warwickshire.replace("force: Warwickshire Police", "force: Force " + i + " Police"));
    }
    return records;
  }

  /** Hands a build over and goes away once {@code begun} holds, as a user's Ctrl-C would; waits for serve to stop it. */
  private void abandonBuild(Condition begun) throws IOException, InterruptedException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.file().port())) {
      assertTrue(accepted(socket.getOutputStream(), new BufferedInputStream(socket.getInputStream()), server.file(),
          project, "build"));
      await(begun, "the build began");
    }
    await(server::idle, "the abandoned build ended");
  }

  private static long pdfs(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
    }
  }

  @Test
  void aClientThatTricklesItsBytesIsCutUnanswered() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.file().port())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      byte[] secret = (server.file().client() + "\0").getBytes(StandardCharsets.US_ASCII);
      // A byte a second: each well within a read's time, the whole secret far beyond the handshake's.
      Thread trickle = Thread.ofVirtual().start(() -> {
        try {
          for (byte b : secret) {
            out.write(b);
            out.flush();
            Thread.sleep(1_000);
          }
        } catch (IOException | InterruptedException e) {
          // Cut, as it should be.
        }
      });
      assertEquals(-1, socket.getInputStream().read(), "cut before the secret was all sent, with no answer");
      assertTrue(trickle.isAlive(), "the secret was still being sent");
      trickle.interrupt();
    }
  }

  @Test
  void aRequestTooLongIsRefused() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.file().port())) {
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      out.write((server.file().client() + "\0").getBytes(StandardCharsets.US_ASCII));
      assertEquals("s" + server.file().server(), line(in));
      byte[] huge = new byte[WarmRequest.LIMIT + 1];
      java.util.Arrays.fill(huge, (byte) 'a');
      try {
        out.write(huge);
      } catch (IOException e) {
        // Refused while it was still being sent.
      }
      assertEquals(-1, in.read());
    }
  }

  /** What serve, run briefly, said on its error stream and whether its file was there meanwhile. */
  record Served(boolean offered, String err) {}

  /** Serves the project through the command line until its first line, then stops it. */
  private Served serveBriefly(Map<String, String> environment) throws InterruptedException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Thread serve = new Thread(() -> Main.run(new String[] {"serve", "--port", "0"}, new PrintWriter(out, true),
        new PrintWriter(err, true), project, false, environment));
    server.file().delete();
    serve.start();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!out.toString().contains("\n") && serve.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    boolean offered = Files.exists(WarmFile.in(project));
    serve.interrupt();
    serve.join(10_000);
    assertFalse(serve.isAlive());
    assertTrue(out.toString().startsWith("letters preview at "), out.toString());
    return new Served(offered, err.toString());
  }

  /** Runs {@code args} handed over from {@code folder} and afresh; both must say, write and end the same. */
  private Run assertSameAsFresh(Path folder, Path written, String... args) throws IOException {
    Run warm = hand(folder, args).orElseThrow(() -> new AssertionError("refused: " + List.of(args)));
    Map<String, byte[]> warmFiles = TestFiles.contents(written);
    TestFiles.deleteTree(written);
    Run fresh = fresh(folder, args);
    assertEquals(fresh, warm);
    Map<String, byte[]> freshFiles = TestFiles.contents(written);
    assertEquals(freshFiles.keySet(), warmFiles.keySet());
    freshFiles.forEach((name, bytes) -> assertArrayEquals(bytes, warmFiles.get(name), name));
    return warm;
  }

  private static Run fresh(Path folder, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), folder, false,
        Map.of("LETTERS_LAUNCHER", LAUNCHER));
    return new Run(status, out.toString(), err.toString());
  }

  private Optional<Run> hand(Path folder, String... args) throws IOException {
    return hand(server.file(), folder, args);
  }

  /**
   * Hands {@code args} over as the launcher does; empty when the server refuses them (the launcher
   * then starts a fresh JVM).
   */
  static Optional<Run> hand(WarmFile file, Path folder, String... args) throws IOException {
    return hand(file, folder, System.getenv(), args);
  }

  private static Optional<Run> hand(WarmFile file, Path folder, Map<String, String> own, String... args)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), file.port())) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      return accepted(socket.getOutputStream(), in, file, folder, own, args) ? Optional.of(frames(in)) : Optional.empty();
    } catch (java.net.SocketException e) {
      return Optional.empty();
    }
  }

  /** Whether the server took {@code args}, sent as the launcher sends them, and is running them. */
  private static boolean accepted(OutputStream out, InputStream in, WarmFile file, Path folder, String... args)
      throws IOException {
    return accepted(out, in, file, folder, System.getenv(), args);
  }

  /** As {@link #accepted(OutputStream, InputStream, WarmFile, Path, String...)}, from a client whose environment is {@code own}. */
  private static boolean accepted(OutputStream out, InputStream in, WarmFile file, Path folder, Map<String, String> own,
      String... args) throws IOException {
    out.write((file.client() + "\0").getBytes(StandardCharsets.US_ASCII));
    if (!("s" + file.server()).equals(line(in))) {
      return false;
    }
    List<String> environment = new ArrayList<>(List.of("LETTERS_LAUNCHER=" + LAUNCHER, "LETTERS_KEYSTORE_PASSWORD=never sent on"));
    WarmRequest.COMPARED.stream().filter(own::containsKey).forEach(name -> environment.add(name + "=" + own.get(name)));
    List<String> fields = new ArrayList<>(List.of(folder.toString(), String.valueOf(environment.size())));
    fields.addAll(environment);
    fields.add(String.valueOf(args.length));
    fields.addAll(List.of(args));
    for (String field : fields) {
      out.write((field + "\0").getBytes(StandardCharsets.UTF_8));
    }
    return "a".equals(line(in));
  }

  /** The command's output as the launcher prints it: o/e lines, O/E text without a line end, x the status. */
  private static Run frames(InputStream in) throws IOException {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    for (String frame = line(in); frame != null; frame = line(in)) {
      String text = frame.substring(1);
      switch (frame.charAt(0)) {
        case 'o' -> out.append(text).append('\n');
        case 'O' -> out.append(text);
        case 'e' -> err.append(text).append('\n');
        case 'E' -> err.append(text);
        case 'x' -> {
          return new Run(Integer.parseInt(text), out.toString(), err.toString());
        }
        default -> throw new AssertionError("not a frame: " + frame);
      }
    }
    throw new AssertionError("no exit status; so far: " + out + err);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }
}

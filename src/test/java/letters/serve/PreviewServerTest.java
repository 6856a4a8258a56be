package letters.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import letters.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server's routes: what it serves, what it refuses, and that it writes nothing. */
class PreviewServerTest {
  @TempDir Path work;
  private PreviewServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    TestFiles.copyProject(work);
    server = PreviewServer.start(work.resolve("forces"), work.resolve("templates"), 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void servesTheLettersOnLoopbackOnly() throws Exception {
    assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    HttpResponse<String> index = get("/part/index");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("Thames Valley Police") && index.body().contains("Insufficient information"), index.body());
    HttpResponse<byte[]> pdf = client.send(request("/pdf/thames-valley.pdf"), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF-"));
    assertEquals(200, get("/page/thames-valley/2.png").statusCode());
  }

  @Test
  void theWordingGalleryIsLinkedFromTheIndexAndListsEverySentence() throws Exception {
    assertTrue(get("/part/index").body().contains("<a href=\"/gallery\">Wording gallery</a>"));
    assertEquals(200, get("/gallery").statusCode());
    HttpResponse<String> gallery = get("/part/gallery");
    assertEquals(200, gallery.statusCode());
    assertTrue(gallery.body().contains(" distinct sentences in the assessment over 1,728 combinations"), gallery.body());
    assertTrue(gallery.body().contains("However, no information was provided that allowed us to assess your progress in reviewing "
        + "the capability and capacity of your counter-corruption unit, improving your IT systems’ monitoring capability or "
        + "seeking intelligence from those organisations that support vulnerable people."), gallery.body());
    assertTrue(!gallery.body().contains("class=\"problem\""), gallery.body());
  }

  @Test
  void refusesWhatIsNotARouteAndPathTricks() throws Exception {
    for (String path : List.of("/nothing", "/letter/../../pom.xml", "/pdf/..%2F..%2Fpom.xml", "/pdf/thames-valley.yaml",
        "/page/thames-valley/3.png", "/page/../forces/1.png", "/letter/Thames%20Valley", "/templates/campaign.yaml")) {
      int status = get(path).statusCode();
      assertTrue(status == 404 || status == 400, path + " answered " + status);
    }
    HttpResponse<String> post = client.send(
        HttpRequest.newBuilder(URI.create(server.url() + "part/index")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  @Test
  void writesNothingIntoTheSources() throws Exception {
    String before = listing();
    get("/part/index");
    get("/part/letter/warwickshire");
    get("/pdf/warwickshire.pdf");
    get("/site/");
    assertEquals(before, listing());
  }

  @Test
  void aTemplateEditIsRenderedAgainAndOnlyWhatChangedIs() throws Exception {
    PreviewServer.Rendering first = server.rendering("thames-valley");
    assertTrue(first == server.rendering("thames-valley"), "kept while nothing changed");
    Path contact = work.resolve("templates/paragraphs/contact.ftl");
    Files.writeString(contact, Files.readString(contact).replace("If you have any queries", "Should you have any queries"));
    PreviewServer.Rendering second = server.rendering("thames-valley");
    assertTrue(second.result().value().orElseThrow().letter().text().contains("Should you have any queries"));
  }

  @Test
  void servesThePublishedSiteAndPublishesItAgainAfterAnEdit() throws Exception {
    assertTrue(get("/part/index").body().contains("<a href=\"/site/\">"), "the index links the site");
    HttpResponse<String> index = get("/site/");
    assertEquals(200, index.statusCode());
    assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElse(""));
    assertTrue(index.body().contains("national overview of forces’ plans") && index.body().contains("letters/thames-valley.html"));
    assertEquals("text/css; charset=utf-8", get("/site/style.css").headers().firstValue("Content-Type").orElse(""));
    HttpResponse<byte[]> pdf = client.send(request("/site/letters/thames-valley.pdf"), HttpResponse.BodyHandlers.ofByteArray());
    assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF-"));
    for (String path : List.of("/site/letters/nobody.html", "/site/../pom.xml", "/site/letters/..%2F..%2Fpom.xml", "/site/x/index.html")) {
      assertEquals(404, get(path).statusCode(), path);
    }

    Path contact = work.resolve("templates/paragraphs/contact.ftl");
    Files.writeString(contact, Files.readString(contact).replace("If you have any queries", "Should you have any queries"));
    long deadline = System.currentTimeMillis() + 10_000;
    while (!get("/site/letters/thames-valley.html").body().contains("Should you have any queries")) {
      assertTrue(System.currentTimeMillis() < deadline, "the site was not published again after the edit");
      Thread.sleep(100);
    }
  }

  private String listing() throws Exception {
    try (Stream<Path> files = Files.walk(work)) {
      StringBuilder listing = new StringBuilder();
      for (Path file : files.sorted().toList()) {
        listing.append(file).append(Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() : 0).append('\n');
      }
      return listing.toString();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(request(path), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build();
  }
}

package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import letters.cli.Main;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second campaign, made from files alone: the test suite's letters to fire and rescue services
 * (in {@code src/test/resources/campaigns/fire}), with its own recipient, organisation, records
 * folder, plan elements, statuses (one, "Partly in place", holding another's label), outcomes,
 * paragraphs and a second signatory. Every command runs on it as on the shipped campaign, through
 * the command line from inside its project, with no code of its own.
 */
class SecondCampaignTest {
  private static final Path CAMPAIGN = Path.of("src/test/resources/campaigns/fire");

  @TempDir Path work;
  private Path project;

  @BeforeEach
  void copyTheCampaign() throws IOException {
    project = work.resolve("fire");
    TestFiles.copyTree(CAMPAIGN, project);
  }

  /** What one command printed and how it ended. */
  private record Run(int status, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), project, false);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void buildWritesEachServicesLetterInItsOwnWords() throws IOException {
    Run build = run("build");
    assertEquals(new Run(0, "3 letters written to out\n", ""), build);
    String cornwall = PdfText.text(Files.readAllBytes(project.resolve("out/cornwall.pdf")));
    assertTrue(cornwall.contains("Morwenna Trelawny QFSM\nChief Fire Officer\nCornwall Fire and Rescue Service\nBy post\n"),
        cornwall);
    assertTrue(cornwall.contains("Copied to: Chair of Cornwall Council"), cornwall);
    assertTrue(cornwall.contains("Dear Chief Fire Officer"), cornwall);
    assertTrue(cornwall.contains("Following our 2018 inspection of fire and rescue services, we asked each service"), cornwall);
    assertTrue(cornwall.contains("We found that you\nhad begun to work with residents on fire safety in some of their buildings."),
        cornwall);
    assertTrue(cornwall.contains("The service told us that training will begin in the autumn."), cornwall);
    assertTrue(cornwall.contains("Yours sincerely\n"), cornwall);
    assertTrue(cornwall.contains("Rowan Clarke QFSM\nHer Majesty’s Inspector of Fire & Rescue Services"),
        "signed by the second signatory: " + cornwall);
    String avon = PdfText.text(Files.readAllBytes(project.resolve("out/avon.pdf")));
    assertTrue(avon.contains("Alex Harding\nChief Fire Officer\nAvon Fire and Rescue Service\nBy email\n"), avon);
    assertTrue(avon.contains("\nAmelia Hart\nHer Majesty’s Inspector of Fire & Rescue Services\n"), avon);
    try (PDDocument draft = Loader.loadPDF(project.resolve("out/tyne-and-wear.pdf").toFile())) {
      assertEquals("NOT FOR ISSUE – HMICFRS assessment: Protecting residents of high-rise buildings – Tyne and Wear Fire"
          + " and Rescue Service", draft.getDocumentInformation().getTitle(), "the campaign's own draft mark");
    }

    JsonNode manifest = new ObjectMapper().readTree(project.resolve("out/manifest.json").toFile());
    assertEquals("Avon Fire and Rescue Service", manifest.get("letters").get(0).get("name").asText());
  }

  @Test
  void checkIsCleanAndSaysWhatItCovered() {
    Run check = run("check");
    assertEquals("", check.err());
    assertEquals("checked 3 records and every combination of findings, each with or without notes and optional"
        + " recipient fields in turn: 2,500 of 10,000 combinations (--all for every one): 0 problems\n", check.out());
    assertEquals(0, check.status());
  }

  @Test
  void explainNamesTheTemplateLinesAndFindingsBehindEachSentence() {
    Run explain = run("explain", "avon");
    assertEquals(0, explain.status(), explain.err());
    String out = explain.out();
    assertTrue(out.contains("services/avon.yaml:1\n    Avon Fire and Rescue Service\n"), out);
    assertTrue(out.contains("templates/paragraphs/assessment.ftl:9  [risk_information: current]\n"
        + "    The risk information you hold on high-rise residential buildings is current.\n"), out);
    assertTrue(out.contains("  [building_audits: in_place, evacuation_guidance: partly_in_place, crew_training: in_progress,"
        + " resident_engagement: in_place]\n    We found that some of your guidance on changing from a ‘stay put’ strategy"
        + " to evacuation had been issued.\n"), out);
  }

  @Test
  void diffShowsWhichLettersAPhraseChangeTouches() throws IOException {
    assertEquals(0, run("build").status());
    Path phrasebook = project.resolve("templates/phrasebook.yaml");
    Files.writeString(phrasebook, Files.readString(phrasebook).replace(
        "    in_progress: training your operational crews in high-rise firefighting",
        "    in_progress: training all your operational crews in high-rise firefighting"));
    Run diff = run("diff");
    assertEquals(1, diff.status(), diff.err());
    assertTrue(diff.out().contains("training {+all+} your operational crews"), diff.out());
    assertTrue(diff.out().startsWith("avon:") || diff.out().contains("\navon:") || diff.out().contains("avon\n"), diff.out());
    assertTrue(diff.out().contains("unchanged: cornwall, tyne-and-wear"), diff.out());
  }

  @Test
  void schemaNamesTheDeclaredFields() throws IOException {
    Run schema = run("schema");
    assertEquals(0, schema.status(), schema.err());
    JsonNode json = new ObjectMapper().readTree(schema.out());
    List<String> required = new ArrayList<>();
    json.get("required").forEach(node -> required.add(node.asText()));
    assertEquals(List.of("service", "chief_fire_officer", "findings", "outcome"), required);
    assertEquals("Chief Fire Officer", json.at("/properties/chief_fire_officer/title").asText());
    assertEquals("By email", json.at("/properties/sent_by/default").asText());
    assertEquals("Fire authority", json.at("/properties/authority/title").asText());
    assertTrue(json.at("/properties/force").isMissingNode(), "no field of the shipped campaign");
  }

  @Test
  void summaryIsHeadedWithTheCampaignsLabels() throws IOException {
    Run summary = run("summary");
    assertEquals(new Run(0, "out/summary.csv\nout/summary.pdf\n", ""), summary);
    List<String> csv = Files.readString(project.resolve("out/summary.csv")).lines().toList();
    assertEquals("\uFEFFService,Risk information on high-rise buildings,Evacuation policy reviewed,Audits of high-rise"
        + " buildings,Guidance on changing evacuation strategy,Training of operational crews,Engagement with residents,"
        + "Assessment,Letter", csv.getFirst());
    assertEquals("Avon Fire and Rescue Service,Current,Reviewed,In place,Partly in place,In progress,In place,"
        + "Progress made,Issued", csv.get(1));
    assertTrue(csv.get(3).endsWith(",Assured,Not yet issued"), csv.get(3));
    String pdf = PdfText.text(Files.readAllBytes(project.resolve("out/summary.pdf")));
    assertTrue(pdf.startsWith("Protecting residents of high-rise buildings: services’ progress, 2019\n"), pdf);
    assertTrue(pdf.contains("Services by assessment\nCause of concern: 1 of 3 services\nProgress made: 1 of 3 services\n"
        + "Assured: 1 of 3 services\n"), pdf);
  }

  @Test
  void theBundleHasABookmarkPerServiceInNameOrder() throws IOException {
    assertEquals(new Run(0, "3 letters written to out\nbundle written to out/bundle.pdf\n", ""), run("build", "--bundle"));
    try (PDDocument bundle = Loader.loadPDF(project.resolve("out/bundle.pdf").toFile())) {
      assertEquals("Protecting residents of high-rise buildings: letters to services, 2019",
          bundle.getDocumentInformation().getTitle());
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : bundle.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertEquals(List.of("Avon Fire and Rescue Service", "Cornwall Fire and Rescue Service",
          "Tyne and Wear Fire and Rescue Service"), bookmarks);
    }
  }

  @Test
  void thePreviewServesAServicesLetterPageAndItsPdf() throws Exception {
    try (Preview server = Letters.serve(project.resolve("services"), project.resolve("templates"), 0)) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> shell = client.send(HttpRequest.newBuilder(URI.create(server.url() + "letter/cornwall")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, shell.statusCode());
      assertTrue(shell.body().contains("<html lang=\"en-GB\">"), shell.body());
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(server.url() + "part/letter/cornwall")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<h1>Cornwall Fire and Rescue Service</h1>"), page.body());
      assertTrue(page.body().contains("Issued</span> · Cause of concern"), page.body());
      assertTrue(page.body().contains("Training of operational crews</td><td>Not started"), page.body());
      HttpResponse<String> index = client.send(HttpRequest.newBuilder(URI.create(server.url() + "part/index")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(index.body().contains("<th>Fire and rescue service</th><th>Assessment</th>"), index.body());
      assertTrue(index.body().contains("<a href=\"/letter/tyne-and-wear\">Tyne and Wear Fire and Rescue Service</a>"),
          index.body());
      assertTrue(index.body().contains("<span class=\"draft\">Not yet issued</span>"), index.body());
      HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(URI.create(server.url() + "pdf/cornwall.pdf")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, pdf.statusCode());
      assertTrue(PdfText.text(pdf.body()).contains("Morwenna Trelawny QFSM\nChief Fire Officer\n"));
    }
  }
}

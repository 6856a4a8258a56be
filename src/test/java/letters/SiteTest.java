package letters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import letters.cli.Main;
import letters.sign.Verifier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The published website, read back as a reader, a spreadsheet and the Nu HTML checker see it: every
 * page valid, the index's tables and chart the same numbers as summary.csv, each letter's page the
 * same text as the letter's own text file with its PDF beside it, and the site written whole or
 * not at all.
 */
class SiteTest {
  private static final List<String> IDS =
      List.of("avon-and-somerset", "cambridgeshire", "northamptonshire", "thames-valley", "warwickshire");

  @TempDir static Path work;
  private static Path site;

  @BeforeAll
  static void publish() {
    site = work.resolve("site");
    BuildReport report = Letters.open(Path.of("forces"), Path.of("templates")).publish(site);
    assertTrue(report.isClean(), () -> "publish: " + report.diagnostics());
    assertEquals(5, report.written().size());
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    HtmlChecker checker = new HtmlChecker();
    List<Path> pages = pages(site);
    assertEquals(6, pages.size(), pages::toString);
    for (Path page : pages) {
      assertEquals("", checker.check(page), page + " according to the Nu HTML checker");
    }
    Path broken = work.resolve("broken.html");
    Files.writeString(broken, "<!DOCTYPE html><html lang=\"en\"><title>t</title><p>text</span>");
    assertTrue(checker.check(broken).contains("error: Stray end tag"), "the checker finds errors: " + checker.check(broken));
  }

  @Test
  void indexTableIsSummaryCsvWithEachForceLinkingItsPage() throws IOException {
    List<CSVRecord> csv = csv(site.resolve(Letters.SITE_SUMMARY));
    HtmlPage index = HtmlPage.read(site.resolve(Letters.SITE_INDEX));
    Element table = index.withClass("records");
    List<List<String>> rows = HtmlPage.all(table, "tr").stream()
        .map(row -> HtmlPage.all(row, "*").stream()
            .filter(cell -> cell.getLocalName().equals("th") || cell.getLocalName().equals("td"))
            .map(HtmlPage::text).toList())
        .toList();
    assertEquals(csv.stream().map(CSVRecord::toList).toList(), rows);
    List<String> links = HtmlPage.all(table, "a").stream().map(a -> a.getAttribute("href")).toList();
    assertEquals(IDS.stream().map(id -> Letters.SITE_LETTERS + "/" + id + ".html").toList(), links);
    links.forEach(link -> assertTrue(Files.isRegularFile(site.resolve(link)), link));
  }

  @Test
  void chartAndItsTableCountTheOutcomesOfSummaryCsv() throws IOException {
    List<CSVRecord> csv = csv(site.resolve(Letters.SITE_SUMMARY));
    int outcomeColumn = csv.getFirst().toList().indexOf("Outcome");
    Map<String, Long> counted = csv.subList(1, csv.size()).stream()
        .collect(Collectors.groupingBy(row -> row.get(outcomeColumn), Collectors.counting()));
    HtmlPage index = HtmlPage.read(site.resolve(Letters.SITE_INDEX));

    Map<String, Long> tabled = new LinkedHashMap<>();
    for (Element row : HtmlPage.all(index.withClass("counts"), "tr").subList(1, 5)) {
      tabled.put(HtmlPage.text(HtmlPage.all(row, "th").getFirst()), Long.parseLong(HtmlPage.text(HtmlPage.all(row, "td").getFirst())));
    }
    assertEquals(List.of("Insufficient information", "Plans not commenced", "Implementation started", "All in place"),
        List.copyOf(tabled.keySet()), "every outcome, in the campaign's order");
    tabled.forEach((outcome, forces) -> assertEquals(counted.getOrDefault(outcome, 0L), forces, outcome));

    Element svg = index.first("svg");
    List<String> lines = HtmlPage.all(svg, "text").stream().map(HtmlPage::text).toList();
    assertEquals(tabled.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList(), lines);
    List<Double> bars = HtmlPage.all(svg, "rect").stream()
        .map(rect -> Double.parseDouble(rect.getAttribute("width").replace("%", ""))).toList();
    long most = tabled.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    List<Long> counts = List.copyOf(tabled.values());
    for (int i = 0; i < counts.size(); i++) {
      assertEquals(100.0 * counts.get(i) / most, bars.get(i), 0.05, "bar of " + lines.get(i));
    }
    String alternative = HtmlPage.text(HtmlPage.all(svg, "title").getFirst());
    assertEquals("img", svg.getAttribute("role"));
    assertTrue(lines.stream().allMatch(alternative::contains), alternative);
  }

  @Test
  void eachLetterPageHasTheLettersTextAndItsBuiltPdfBeside(@TempDir Path built) throws IOException {
    assertTrue(Letters.open(Path.of("forces"), Path.of("templates")).build(List.of(), built, Progress.NONE).isClean());
    for (String id : IDS) {
      HtmlPage page = HtmlPage.read(site.resolve(Letters.SITE_LETTERS).resolve(id + ".html"));
      Element article = page.first("article");
      String text = HtmlPage.all(article, "*").stream()
          .filter(e -> List.of("p", "address", "h1").contains(e.getLocalName()))
          .map(HtmlPage::text)
          .collect(Collectors.joining("\n\n")) + "\n";
      assertEquals(Files.readString(built.resolve(id + ".txt")), text, id);

      assertEquals(id + ".pdf", HtmlPage.all(page.withClass("download"), "a").getFirst().getAttribute("href"));
      assertArrayEquals(Files.readAllBytes(built.resolve(id + ".pdf")),
          Files.readAllBytes(site.resolve(Letters.SITE_LETTERS).resolve(id + ".pdf")), id + ".pdf is the letter build writes");
    }
  }

  @Test
  void letterPageSaysWhatEachBlockIs() throws IOException {
    HtmlPage page = HtmlPage.read(site.resolve(Letters.SITE_LETTERS).resolve("thames-valley.html"));
    assertEquals("en-GB", page.root().getAttribute("lang"));
    assertEquals("HMICFRS assessment: Abuse of position for a sexual purpose – Thames Valley Police",
        HtmlPage.text(page.first("title")));
    assertEquals(List.of("HMICFRS assessment: Abuse of position for a sexual purpose"),
        page.all("h1").stream().map(HtmlPage::text).toList());
    assertEquals("Chief Constable Francis Habgood QPM\nThames Valley Police\nVia email",
        HtmlPage.text(page.withClass("recipient")));
    assertEquals("address", page.withClass("recipient").getLocalName());
    assertEquals("address", page.withClass("copied-to").getLocalName());
    assertTrue(HtmlPage.text(page.first("blockquote")).startsWith("To address this cause of concern"));
    assertEquals("2017-10-02", page.first("time").getAttribute("datetime"));
    assertEquals("HM Inspectorate of Constabulary and Fire & Rescue Services", page.first("img").getAttribute("alt"));
    assertTrue(HtmlPage.text(page.withClass("signatory")).startsWith("Michael Cunningham QPM\n"));
    assertEquals("../index.html", HtmlPage.all(page.withClass("back"), "a").getFirst().getAttribute("href"));
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    Path again = work.resolve("again");
    assertTrue(Letters.open(Path.of("forces"), Path.of("templates")).publish(again).isClean());
    Map<String, byte[]> first = files(site);
    Map<String, byte[]> second = files(again);
    assertEquals(first.keySet(), second.keySet());
    first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
  }

  @Test
  void draftsAreListedAndLeftOutAndTheOthersPublished(@TempDir Path folder) throws IOException {
    Path forces = folder.resolve("forces");
    TestFiles.copyTree(Path.of("forces"), forces);
    Path record = forces.resolve("warwickshire.yaml");
    Files.writeString(record, Files.readString(record).replaceAll("(?s)sign_off:.*", ""));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"publish", "--templates", Path.of("templates").toAbsolutePath().toString()},
        new PrintWriter(out, true), new PrintWriter(err, true), folder, false);
    assertEquals(1, status);
    assertEquals("forces/warwickshire.yaml: error: is not signed off, so it is not published; give it a sign_off (by, on)"
        + " first\n", err.toString());
    assertEquals("4 letters published to out/site/index.html, 1 not published\n", out.toString());
    Path published = folder.resolve("out/site");
    assertFalse(Files.exists(published.resolve("letters/warwickshire.html")));
    assertFalse(Files.exists(published.resolve("letters/warwickshire.pdf")));
    assertTrue(Files.isRegularFile(published.resolve("letters/thames-valley.html")));
    assertFalse(Files.readString(published.resolve(Letters.SITE_INDEX)).contains("Warwickshire"));
    assertFalse(Files.readString(published.resolve(Letters.SITE_SUMMARY)).contains("Warwickshire"));
  }

  @Test
  void withAKeyEveryPublishedLetterIsSigned(@TempDir Path folder) throws Exception {
    Path keystore = TestKeystore.write(folder.resolve("keystore.p12"), "Michael Cunningham", "a password");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(
        new String[] {"publish", "--sign", keystore.toString(), "--records", Path.of("forces").toAbsolutePath().toString(),
            "--templates", Path.of("templates").toAbsolutePath().toString()},
        new PrintWriter(out, true), new PrintWriter(err, true), folder, false,
        Map.of("LETTERS_KEYSTORE_PASSWORD", "a password"));
    assertEquals(0, status, err::toString);
    for (String id : IDS) {
      Verifier.Verification verification = Verifier.verify(folder.resolve("out/site/letters/" + id + ".pdf"));
      assertTrue(verification.isValid(), id + ": " + verification.problem());
      assertEquals(java.util.Optional.of("Michael Cunningham"), verification.signer());
    }
  }

  @Test
  void aPublishThatFailsLeavesThePreviousSiteAsItWas(@TempDir Path folder) throws IOException {
    Path templates = TestFiles.templatesWithCampaign(folder, campaign -> campaign);
    Path out = folder.resolve("site");
    assertTrue(Letters.open(Path.of("forces"), templates).publish(out).isClean());
    Map<String, byte[]> before = files(out);

    Path contact = templates.resolve("paragraphs/contact.ftl");
    Files.writeString(contact, Files.readString(contact) + "${campaign.facts.nobody}");
    BuildReport failed = Letters.open(Path.of("forces"), templates).publish(out);
    assertTrue(failed.written().isEmpty());
    assertTrue(failed.diagnostics().stream().anyMatch(d -> d.isError() && d.file().endsWith("contact.ftl")),
        failed.diagnostics()::toString);
    Map<String, byte[]> after = files(out);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    assertEquals(List.of("site", "templates"), listing(folder), "nothing left beside the site");
  }

  @Test
  void whatAnInterruptedPublishLeftIsClearedAndAnOldSiteMovedAsideComesBack(@TempDir Path folder) throws IOException {
    Path out = folder.resolve("site");
    Files.createDirectories(folder.resolve(".site.0123456789abcdef.staging/letters"));
    Files.writeString(folder.resolve(".site.0123456789abcdef.staging/letters/half.html"), "<p>half");
    Files.createDirectories(folder.resolve(".site.fedcba9876543210.old/letters"));
    Files.writeString(folder.resolve(".site.fedcba9876543210.old/letters/manifest.json"), "{}");
    Files.writeString(folder.resolve(".site.fedcba9876543210.old/index.html"), "the previous site");
    Files.writeString(folder.resolve(".site.notours.staging"), "someone else's");

    Path templates = TestFiles.templatesWithCampaign(folder, campaign -> campaign);
    Files.delete(templates.resolve("letter.ftl"));
    assertTrue(Letters.open(Path.of("forces"), templates).publish(out).written().isEmpty(), "a publish that fails");
    assertEquals("the previous site", Files.readString(out.resolve(Letters.SITE_INDEX)), "moved back, then left as it was");
    assertEquals(List.of(".site.notours.staging", "site", "templates"), listing(folder));

    assertTrue(Letters.open(Path.of("forces"), Path.of("templates")).publish(out).isClean());
    assertEquals(files(site).keySet(), files(out).keySet());
  }

  @Test
  void aFolderThisToolDidNotWriteIsNeverReplaced(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("notes.txt"), "mine");
    BuildReport report = Letters.open(Path.of("forces"), Path.of("templates")).publish(folder);
    assertTrue(report.written().isEmpty());
    assertTrue(report.diagnostics().getLast().message().startsWith("holds files this tool did not write"),
        report.diagnostics()::toString);
    assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
    assertEquals(List.of("notes.txt"), listing(folder));
  }

  @Test
  void namesAndNotesArePrintedAsWritten(@TempDir Path folder) throws IOException {
    Path forces = Files.createDirectories(folder.resolve("forces"));
    String name = "<script>alert('x')</script> & ${record.force} Police";
    Files.writeString(forces.resolve("odd.yaml"), Files.readString(Path.of("forces/thames-valley.yaml"))
        .replace("force: Thames Valley Police", "force: \"" + name + "\"")
        .replace("name: Anthony Stansfeld", "name: \"<b>Ann</b> &amp; Co\""));
    Path out = folder.resolve("site");
    assertTrue(Letters.open(forces, Path.of("templates")).publish(out).isClean());
    HtmlPage index = HtmlPage.read(out.resolve(Letters.SITE_INDEX));
    assertEquals(name, HtmlPage.text(HtmlPage.all(index.withClass("records"), "a").getFirst()));
    HtmlPage page = HtmlPage.read(out.resolve("letters/odd.html"));
    assertTrue(HtmlPage.text(page.withClass("recipient")).contains("\n" + name + "\n"), HtmlPage.text(page.withClass("recipient")));
    assertTrue(HtmlPage.text(page.withClass("copied-to")).startsWith("Copied to: <b>Ann</b> &amp; Co\n"));
    assertTrue(index.all("script").isEmpty() && page.all("script").isEmpty() && page.all("b").isEmpty());
  }

  @Test
  void anotherCampaignsSiteSpeaksInItsOwnWords(@TempDir Path folder) throws IOException {
    Path templates = TestFiles.templatesWithCampaign(folder, campaign -> campaign
        .replace("  title: HMICFRS letters to forces\n", "  title: Llythyrau at heddluoedd\n")
        .replace("  language: en-GB ", "  language: cy ")
        .replace("  skip_link: Skip to main content\n", "  skip_link: Neidio i’r prif gynnwys\n")
        .replace("  home: All letters and the national overview\n", "  home: Pob llythyr\n"));
    Path out = folder.resolve("site");
    assertTrue(Letters.open(Path.of("forces"), templates).publish(out).isClean());
    HtmlPage index = HtmlPage.read(out.resolve(Letters.SITE_INDEX));
    assertEquals("cy", index.root().getAttribute("lang"));
    assertEquals("Llythyrau at heddluoedd", HtmlPage.text(index.withClass("site-title")));
    assertEquals("Neidio i’r prif gynnwys", HtmlPage.text(index.withClass("skip-link")));
    HtmlPage page = HtmlPage.read(out.resolve("letters/warwickshire.html"));
    assertEquals("Pob llythyr", HtmlPage.text(page.withClass("back")));
    assertEquals("cy", page.root().getAttribute("lang"), "the campaign's documents' language");
  }

  @Test
  void aCampaignWithoutASiteSectionIsOneClearError(@TempDir Path folder) throws IOException {
    Path templates = TestFiles.templatesWithCampaign(folder, campaign -> campaign.substring(0, campaign.indexOf("\nsite:")));
    BuildReport report = Letters.open(Path.of("forces"), templates).publish(folder.resolve("site"));
    assertEquals(List.of("campaign.yaml: error: has no 'site' section; declare one (title, introduction, skip_link,"
            + " letters, chart, count, downloads, summary, bundle, letter, home) to publish the letters"),
        report.diagnostics().stream().map(d -> d.format(templates)).toList());
    assertFalse(Files.exists(folder.resolve("site")));
  }

  static List<Path> pages(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
  }

  /** Every file below {@code folder}, by its path there, with its bytes. */
  static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(path).toString(), Files.readAllBytes(path));
      }
    }
    return files;
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return new ArrayList<>(files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }
}

package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import letters.diagnostic.Result;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national overview and the review bundle, read back as a spreadsheet and a reader see them. */
class OverviewTest {
  private static final List<String> FORCES =
      List.of(
          "Avon and Somerset Constabulary", "Cambridgeshire Constabulary", "Northamptonshire Police",
          "Thames Valley Police", "Warwickshire Police");

  @TempDir static Path out;

  @BeforeAll
  static void write() {
    Letters letters = Letters.open(Path.of("forces"), Path.of("templates"));
    Result<List<Path>> summary = letters.summary(out);
    assertTrue(summary.value().isPresent() && !summary.hasErrors(), () -> "summary: " + summary.diagnostics());
    assertTrue(letters.build(List.of(), out, Progress.NONE).isClean());
    Result<Path> bundle = letters.bundle(out);
    assertTrue(bundle.value().isPresent(), () -> "bundle: " + bundle.diagnostics());
  }

  @Test
  void csvHasAHeaderOfCampaignLabelsAndARowPerForceInNameOrder() throws IOException {
    byte[] bytes = Files.readAllBytes(out.resolve("summary.csv"));
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 byte order mark");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends");
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    assertEquals(
        List.of("Force", "National strategy", "Plans comprehensive", "Limited information supplied",
            "Counter-corruption unit review", "IT systems monitoring", "Intelligence from support organisations",
            "Outcome", "Letter"),
        rows.get(0).toList());
    assertEquals(FORCES, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
    assertEquals(
        List.of("Thames Valley Police", "Reflected", "No", "No", "No information", "No information",
            "No information", "Insufficient information", "Signed off"),
        rows.get(4).toList());
    assertEquals("Not reflected", rows.get(5).get(1));
    assertEquals("Implementation started", rows.get(5).get(7));
  }

  @Test
  void summaryTellsItsProgressStepByStep(@TempDir Path folder) {
    List<String> steps = new java.util.ArrayList<>();
    Progress recording = new Progress() {
      @Override
      public void started(int count) {
        steps.add("of " + count);
      }

      @Override
      public void finished(String id, boolean written) {
        steps.add(id);
      }
    };
    assertTrue(Letters.open(Path.of("forces"), Path.of("templates")).summary(folder, recording).value().isPresent());
    assertEquals(List.of("of 4", "records read", "overview laid out", "summary.csv", "summary.pdf"), steps);
  }

  @Test
  void csvQuotesWhatNeedsQuoting(@TempDir Path forces) throws IOException {
    Files.writeString(forces.resolve("odd.yaml"), Files.readString(Path.of("forces/thames-valley.yaml"))
        .replace("force: Thames Valley Police", "force: '\"Odd\", Police of Ynys Môn'"));
    Path folder = forces.resolve("out");
    Result<List<Path>> summary = Letters.open(forces, Path.of("templates")).summary(folder);
    assertTrue(summary.value().isPresent(), () -> "summary: " + summary.diagnostics());
    String text = Files.readString(folder.resolve("summary.csv")).substring(1);
    assertTrue(text.contains("\r\n\"\"\"Odd\"\", Police of Ynys Môn\",Reflected,"), text);
    assertEquals("\"Odd\", Police of Ynys Môn", CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().get(1).get(0));
  }

  @Test
  void pdfShowsTheTableAndTheCountPerOutcome() throws IOException {
    String text = PdfText.text(Files.readAllBytes(out.resolve("summary.pdf"))).replace('\n', ' ');
    assertTrue(text.contains("national overview of forces’ plans, 2017"), text);
    for (String force : FORCES) {
      assertTrue(text.contains(force), force);
    }
    assertTrue(text.contains("Forces by outcome"), text);
    for (String count : List.of("Insufficient information: 1", "Plans not commenced: 1", "Implementation started: 3", "All in place: 0")) {
      assertTrue(text.contains(count), count + " in\n" + text);
    }
    assertEquals(List.of(), PdfText.unembeddedFonts(Files.readAllBytes(out.resolve("summary.pdf"))), "fonts not embedded");
  }

  /** A campaign of other labels, headings and count wording: only its files differ, not the code. */
  @Test
  void anotherCampaignsOverviewComesFromItsOwnFiles(@TempDir Path folder) throws IOException {
    Path templates = folder.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    Path campaign = templates.resolve("campaign.yaml");
    Files.writeString(campaign, Files.readString(campaign)
        .replace("label: National strategy", "label: Follows the NPCC strategy")
        .replace("insufficient_information: Insufficient information", "insufficient_information: Too little to go on")
        .replace("  name: Force ", "  name: Police force ")
        .replace("national overview of forces’ plans, 2017", "where forces stood in 2018"));
    Files.writeString(templates.resolve("summary.ftl"), """
        <#ftl output_format="plainText">
        <#list outcomes as outcome>
        ${outcome.label} (${outcome.letters} of ${letters} forces)
        </#list>
        """);
    Result<List<Path>> summary = Letters.open(Path.of("forces"), templates).summary(folder);
    assertTrue(summary.value().isPresent() && !summary.hasErrors(), () -> "summary: " + summary.diagnostics());
    String csv = Files.readString(folder.resolve("summary.csv"));
    CSVRecord header = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords().getFirst();
    assertEquals(List.of("Police force", "Follows the NPCC strategy"), header.toList().subList(0, 2));
    assertTrue(csv.contains(",Too little to go on,"), csv);
    String text = PdfText.text(Files.readAllBytes(folder.resolve("summary.pdf"))).replace('\n', ' ');
    assertTrue(text.contains("where forces stood in 2018"), text);
    assertTrue(text.contains("Too little to go on (1 of 5 forces)"), text);
    assertTrue(text.contains("Implementation started (3 of 5 forces)"), text);
  }

  @Test
  void anOverviewTemplateThatMissesAnOutcomeIsAClearErrorAndWritesNothing(@TempDir Path folder) throws IOException {
    Path templates = folder.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    Files.writeString(templates.resolve("summary.ftl"), "<#list outcomes[1..] as o>${o.label}\n</#list>");
    Result<List<Path>> summary = Letters.open(Path.of("forces"), templates).summary(folder.resolve("out"));
    assertTrue(summary.value().isEmpty());
    assertEquals(
        "summary.ftl: error: wrote 3 lines for 4 outcomes; write one line per outcome",
        summary.diagnostics().getLast().format(templates));
    assertTrue(Files.notExists(folder.resolve("out/summary.csv")) && Files.notExists(folder.resolve("out/summary.pdf")));
  }

  @Test
  void tableHeaderRepeatsOnEveryPageOfALongOverview(@TempDir Path folder) throws IOException {
    Path forces = folder.resolve("forces");
    Letters.open(Path.of("templates")).writeMadeUpRecords(60, forces);
    Result<List<Path>> summary = Letters.open(forces, Path.of("templates")).summary(folder);
    assertTrue(summary.value().isPresent() && !summary.hasErrors(), () -> "summary: " + summary.diagnostics());
    try (PDDocument document = Loader.loadPDF(folder.resolve("summary.pdf").toFile())) {
      assertTrue(document.getNumberOfPages() >= 3, "pages: " + document.getNumberOfPages());
      float width = document.getPage(0).getMediaBox().getWidth();
      assertTrue(width > document.getPage(0).getMediaBox().getHeight(), "landscape");
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        String text = pageText(document, page);
        assertTrue(text.contains("Force National strategy"), "header on page " + page + ":\n" + text);
      }
    }
  }

  /**
   * The bars, looked at on the rendered page (72 dpi, so a pixel is a point): one in the house teal
   * per outcome with forces, each as long as its count is against the largest (the seeds have 1, 1,
   * 3 and 0 forces per outcome), all starting at one left edge, each level with its outcome's line.
   */
  @Test
  void barsAreDrawnInProportionToTheirCountsBesideTheirLines() throws IOException {
    try (PDDocument document = Loader.loadPDF(out.resolve("summary.pdf").toFile())) {
      int last = document.getNumberOfPages() - 1;
      List<Bar> bars = tealBars(new PDFRenderer(document).renderImageWithDPI(last, 72f));
      assertEquals(3, bars.size(), "bars: " + bars);
      assertEquals(bars.get(0).length(), bars.get(1).length(), 2);
      assertEquals(bars.get(0).length() * 3, bars.get(2).length(), 4);
      assertTrue(bars.stream().allMatch(bar -> Math.abs(bar.left() - bars.get(0).left()) <= 1), "left edges: " + bars);
      Map<String, Float> lines = lineMiddles(document, last + 1);
      List<String> labels = List.of("Insufficient information: 1", "Plans not commenced: 1", "Implementation started: 3");
      for (int i = 0; i < bars.size(); i++) {
        Float middle = lines.get(labels.get(i));
        assertTrue(middle != null, labels.get(i) + " in " + lines.keySet());
        Bar bar = bars.get(i);
        assertTrue(Math.abs(middle - (bar.top() + bar.bottom()) / 2f) <= 4f, labels.get(i) + " at " + middle + ", bar " + bar);
      }
    }
  }

  @Test
  void bundleHasEveryLetterInNameOrderWithABookmarkAndPageLabelsRestartingPerLetter() throws IOException {
    try (PDDocument document = Loader.loadPDF(out.resolve(Letters.BUNDLE).toFile())) {
      assertEquals(10, document.getNumberOfPages());
      assertEquals(
          "Abuse of position for a sexual purpose: letters to forces, 2017", document.getDocumentInformation().getTitle());
      List<String> titles = new ArrayList<>();
      List<Integer> firstPages = new ArrayList<>();
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(item.getTitle());
        PDPageDestination target = (PDPageDestination) item.getDestination();
        firstPages.add(document.getPages().indexOf(target.getPage()) + 1);
      }
      assertEquals(FORCES, titles);
      assertEquals(List.of(1, 3, 5, 7, 9), firstPages);
      PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
      assertEquals(
          List.of("1", "2", "1", "2", "1", "2", "1", "2", "1", "2"), List.of(labels.getLabelsByPageIndices()));
      for (int i = 0; i < FORCES.size(); i++) {
        String first = pageText(document, firstPages.get(i));
        assertTrue(first.contains(FORCES.get(i)) && first.contains("Dear Chief Constable"), first);
        assertTrue(pageText(document, firstPages.get(i) + 1).strip().endsWith("2"), "its own page number");
      }
    }
  }

  @Test
  void bundleEmbedsEveryFont() throws IOException {
    assertEquals(List.of(), PdfText.unembeddedFonts(Files.readAllBytes(out.resolve(Letters.BUNDLE))));
  }

  @Test
  void bundleOfAnEmptyFolderIsAClearError(@TempDir Path empty) {
    Result<Path> bundle = Letters.open(Path.of("forces"), Path.of("templates")).bundle(empty);
    assertTrue(bundle.value().isEmpty());
    assertTrue(bundle.diagnostics().getFirst().message().contains("no letters to bundle"), bundle.diagnostics().toString());
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document).replace("\r\n", "\n").replace('\n', ' ');
  }

  /** A bar as rendered: its top and bottom rows, its left column and its length, in pixels. */
  private record Bar(int top, int bottom, int left, int length) {}

  /** The solid rectangles of the house teal on the page, from top to bottom. */
  private static List<Bar> tealBars(BufferedImage image) {
    List<Bar> bars = new ArrayList<>();
    Bar current = null;
    for (int y = 0; y < image.getHeight(); y++) {
      int left = -1;
      int longest = 0;
      for (int x = 0, run = 0; x < image.getWidth(); x++) {
        run = isTeal(image.getRGB(x, y)) ? run + 1 : 0;
        if (run > longest) {
          longest = run;
          left = x - run + 1;
        }
      }
      if (longest <= 5) {
        current = null;
      } else if (current == null) {
        current = new Bar(y, y, left, longest);
        bars.add(current);
      } else {
        bars.set(bars.size() - 1, current = new Bar(current.top(), y, current.left(), current.length()));
      }
    }
    return bars;
  }

  /** Each line of text on {@code page} with the middle of its letters, from the top, in points. */
  private static Map<String, Float> lineMiddles(PDDocument document, int page) throws IOException {
    Map<String, Float> lines = new java.util.LinkedHashMap<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) throws IOException {
        TextPosition first = positions.getFirst();
        lines.put(text.strip(), first.getYDirAdj() - first.getHeightDir() / 2f);
        super.writeString(text, positions);
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(document);
    return lines;
  }

  private static boolean isTeal(int rgb) {
    int r = rgb >> 16 & 0xFF;
    int g = rgb >> 8 & 0xFF;
    int b = rgb & 0xFF;
    return r < 0x20 && Math.abs(g - 0x7C) < 0x18 && Math.abs(b - 0x89) < 0x18;
  }
}

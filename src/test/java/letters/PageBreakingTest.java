package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import letters.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where pages break, forced to every place by notes and copy lists of every length: never after
 * the subject or the paragraph introducing the quotation, never inside the close nor before it,
 * and never leaving one line of a paragraph alone; a letter longer than the campaign allows is
 * written and warned about, and one that runs away is stopped with a clear error.
 */
class PageBreakingTest {
  @TempDir static Path work;
  private static final List<PageReading> letters = new ArrayList<>();

  @BeforeAll
  static void build() throws Exception {
    Path forces = work.resolve("forces");
    Files.createDirectories(forces);
    String shipped = Files.readString(Path.of("forces/warwickshire.yaml"));
    for (int copies = 6; copies <= 30; copies++) {
      Files.writeString(forces.resolve("copies-" + copies + ".yaml"),
          LetterRecords.withCopies(shipped.replace("Warwickshire", "Copies " + copies), copies));
    }
    for (int sentences = 1; sentences <= 12; sentences++) {
      Files.writeString(forces.resolve("notes-" + sentences + ".yaml"),
          LetterRecords.withNotes(shipped.replace("Warwickshire", "Notes " + sentences), sentences));
    }
    Path out = work.resolve("out");
    BuildReport report = Letters.open(forces, Path.of("templates")).build(List.of(), out, Progress.NONE);
    assertEquals(37, report.written().size(), report.diagnostics().toString());
    for (var entry : report.written()) {
      letters.add(PageReading.of(Files.readAllBytes(out.resolve(entry.file()))));
    }
  }

  /** The page of each element's first and last line, in reading order, with its type and text. */
  private record Placed(String type, String text, int first, int last, int lines) {}

  private static List<Placed> placed(PageReading letter) {
    List<Placed> placed = new ArrayList<>();
    for (Map.Entry<PageReading.Element, List<PageReading.Line>> element : letter.linesByElement().entrySet()) {
      List<PageReading.Line> lines = element.getValue();
      StringBuilder text = new StringBuilder();
      lines.forEach(line -> text.append(line.text()).append('\n'));
      placed.add(new Placed(element.getKey().type(), text.toString().strip(), lines.getFirst().page(),
          lines.getLast().page(), lines.size()));
    }
    return placed;
  }

  @Test
  void theSubjectAndTheParagraphIntroducingTheQuotationStayWithWhatFollows() {
    int subjectsMoved = 0;
    for (PageReading letter : letters) {
      List<Placed> placed = placed(letter);
      for (int i = 0; i + 1 < placed.size(); i++) {
        Placed here = placed.get(i);
        Placed next = placed.get(i + 1);
        if (here.type().equals("H1") || next.type().equals("BlockQuote")) {
          assertEquals(here.last(), next.first(), here.text() + " is parted from " + next.text());
        }
        if (here.type().equals("H1") && here.first() == 2) {
          subjectsMoved++;
        }
      }
    }
    assertTrue(subjectsMoved > 0, "at some length of the copy list the subject starts page 2, with what follows");
  }

  @Test
  void theCloseStaysWholeAndNeverStartsAPage() {
    for (PageReading letter : letters) {
      List<Placed> placed = placed(letter);
      int closing = placed.stream().map(Placed::text).toList().indexOf("Yours sincerely");
      Placed before = placed.get(closing - 1);
      Placed name = placed.get(closing + 1);
      int page = placed.get(closing).first();
      assertEquals(page, name.last(), "the name and titles are on the page of 'Yours sincerely'");
      assertTrue(letter.images.stream().anyMatch(image -> image.page() == page), "and so is the signature");
      assertEquals(page, before.last(), "the close follows the end of the last paragraph on its page");
      long linesOnPage = letter.lines().stream().filter(l -> l.page() == page && !l.text().isEmpty()).count();
      assertTrue(linesOnPage > name.lines() + 1, "the close never stands alone on a page");
    }
  }

  @Test
  void noParagraphLeavesOneLineAtAPageFootOrHead() {
    int split = 0;
    for (PageReading letter : letters) {
      for (List<PageReading.Line> lines : letter.linesByElement().values()) {
        int firstPage = lines.getFirst().page();
        long onFirst = lines.stream().filter(l -> l.page() == firstPage).count();
        if (onFirst < lines.size()) {
          split++;
          assertTrue(onFirst >= 2 && lines.size() - onFirst >= 2, lines.getFirst().text() + ": " + onFirst + " of "
              + lines.size() + " lines on page " + firstPage);
        }
      }
    }
    assertTrue(split >= 10, "paragraphs split across pages: " + split);
  }

  @Test
  void aLetterLongerThanTheCampaignAllowsIsWrittenWithAWarning() {
    BuildReport report = Letters.open(Path.of(work.toString(), "forces"), Path.of("templates"))
        .build(List.of("notes-12"), work.resolve("twelve"), Progress.NONE);
    assertTrue(report.isClean());
    Diagnostic warning = report.diagnostics().getFirst();
    assertEquals("pages: the letter takes 3 pages, more than the 2 the campaign allows", warning.message());
    assertTrue(warning.file().endsWith("notes-12.yaml"));
    // The preview server renders without writing, and says so too.
    var rendered = Letters.open(Path.of(work.toString(), "forces"), Path.of("templates")).render("notes-12");
    assertEquals(3, rendered.value().orElseThrow().pdf().pages());
    assertEquals(List.of(warning), rendered.diagnostics());
  }

  @Test
  void aLetterThatRunsPastFiftyPagesIsRefusedAndNothingIsWritten() throws Exception {
    Path forces = work.resolve("runaway");
    Files.createDirectories(forces);
    Files.writeString(forces.resolve("runaway.yaml"), LetterRecords.withNotes(
        Files.readString(Path.of("forces/warwickshire.yaml")).replace("Warwickshire", "Runaway"), 900));
    BuildReport report = Letters.open(forces, Path.of("templates")).build(List.of(), work.resolve("none"), Progress.NONE);
    assertEquals(0, report.written().size());
    assertEquals(List.of(forces.resolve("runaway.yaml") + ": error: the letter runs past 50 pages;"
        + " it is laid out no further (is a template repeating itself?)"),
        report.diagnostics().stream().map(Diagnostic::toString).toList());
    assertTrue(Files.notExists(work.resolve("none/runaway.pdf")));
  }
}

package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the letter's words look on the page: which face, how large, where. */
class TypographyTest {
  private static List<Run> runs;

  /** A run of text as the PDF draws it: the font, the size and the left edge of its first glyph. */
  private record Run(String text, String font, float size, float x, int page) {}

  @BeforeAll
  static void readBack() throws IOException {
    byte[] pdf = Letters.open(Path.of("forces"), Path.of("templates")).render("thames-valley").value().orElseThrow().pdf().bytes();
    runs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              StringBuilder run = new StringBuilder();
              TextPosition first = null;
              for (TextPosition position : positions) {
                if (first != null && !position.getFont().getName().equals(first.getFont().getName())) {
                  add(run, first);
                  run.setLength(0);
                  first = null;
                }
                first = first == null ? position : first;
                run.append(position.getUnicode());
              }
              add(run, first);
            }

            private void add(StringBuilder run, TextPosition first) {
              String font = first.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "");
              runs.add(new Run(run.toString().strip(), font, first.getFontSizeInPt(), first.getXDirAdj(), getCurrentPageNo()));
            }
          };
      stripper.writeText(document, new StringWriter());
    }
  }

  private static Run run(String starting) {
    return runs.stream().filter(r -> r.text().startsWith(starting)).findFirst()
        .orElseThrow(() -> new AssertionError("no run starts with " + starting + ": " + runs));
  }

  @Test
  void reportTitleIsItalicAndTheRestOfItsSentenceIsNot() {
    assertEquals("LiberationSans-Italic", run("PEEL: police legitimacy 2016").font());
    assertEquals("LiberationSans", run("In December 2016").font());
  }

  @Test
  void subjectIsBoldAndBodyIsElevenPointRegular() {
    assertEquals("LiberationSans-Bold", run("HMICFRS assessment:").font());
    Run body = run("The report highlighted");
    assertEquals("LiberationSans", body.font());
    assertEquals(11f, body.size(), 0.01f);
  }

  @Test
  void recommendationIsIndentedFromTheBody() {
    float body = run("The report highlighted").x();
    float quote = run("To address this cause of concern").x();
    assertTrue(quote > body + 20f, "quote at " + quote + ", body at " + body);
  }

  @Test
  void signatoryNameIsBoldOnTheLastPageAndPageTwoIsNumbered() {
    Run name = runs.stream().filter(r -> r.text().equals("Michael Cunningham QPM") && r.font().endsWith("Bold") && r.size() > 10f)
        .findFirst().orElseThrow(() -> new AssertionError(runs.toString()));
    assertEquals(2, name.page());
    assertTrue(runs.stream().anyMatch(r -> r.text().equals("2") && r.page() == 2));
    assertTrue(runs.stream().noneMatch(r -> r.text().equals("1") && r.page() == 1), "page 1 carries no number");
  }
}

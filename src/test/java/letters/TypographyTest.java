package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the letters look as a reviewer reads them, glyph by glyph, over the shipped records and a
 * spread of others (every combination of findings cycled through, notes long and short, many copy
 * recipients, Welsh names, drafts): no image touches a glyph, no paragraph leaves a single line at
 * a page's foot or head, no word is letter-spaced, and no justified line's word spaces stretch past
 * the limit (1.75 times the natural space) or shrink below two thirds of it, while the last line
 * of a paragraph keeps its natural spaces.
 */
class TypographyTest {
  /** The most a word space may grow in a justified line, and the least it may shrink to. */
  private static final float WIDEST_SPACE = 1.75f;
  private static final float NARROWEST_SPACE = 2 / 3f;
  private static final float TOLERANCE = 0.02f;
  private static final float RIGHT_MARGIN = 595.28f - 68f;
  private static final float QUOTE_RIGHT = RIGHT_MARGIN - 30f;

  @TempDir static Path work;
  private static final Map<String, PageReading> letters = new LinkedHashMap<>();
  private static final Map<String, TrueTypeFont> faces = new HashMap<>();

  @BeforeAll
  static void build() throws Exception {
    Path forces = work.resolve("forces");
    TestFiles.copyTree(Path.of("forces"), forces);
    Letters.open(Path.of("templates")).writeMadeUpRecords(40, forces);
    String shipped = Files.readString(forces.resolve("warwickshire.yaml"));
    Files.writeString(forces.resolve("draft.yaml"), renamed(shipped, "Draft").replaceAll("(?s)sign_off:.*", ""));
    Files.writeString(forces.resolve("long-notes.yaml"), LetterRecords.withNotes(renamed(shipped, "Long Notes"), 14));
    Files.writeString(forces.resolve("many-copies.yaml"), LetterRecords.withCopies(renamed(shipped, "Many Copies"), 12));
    Path out = work.resolve("out");
    BuildReport report = Letters.open(forces, Path.of("templates")).build(List.of(), out, Progress.NONE);
    assertTrue(report.written().size() == 48, () -> "built: " + report.diagnostics());
    try (Stream<Path> files = Files.list(out)) {
      for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
        letters.put(pdf.getFileName().toString(), PageReading.of(Files.readAllBytes(pdf)));
      }
    }
    for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
      try (InputStream in = TypographyTest.class.getResourceAsStream("/liberation/LiberationSans-" + face + ".ttf")) {
        String name = face.equals("Regular") ? "LiberationSans" : "LiberationSans-" + face;
        faces.put(name, new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
      }
    }
    assertTrue(letters.get("long-notes.pdf").pages >= 3, "the long notes run to a third page");
  }

  private static String renamed(String record, String force) {
    return record.replace("Warwickshire Police", force + " Police");
  }

  @Test
  void noImageOverlapsAnyGlyph() {
    int checked = 0;
    for (Map.Entry<String, PageReading> letter : letters.entrySet()) {
      for (PageReading.Image image : letter.getValue().images) {
        for (PageReading.Glyph glyph : letter.getValue().glyphs) {
          // The draft mark lies under everything, turned across the page, as a watermark does.
          if (glyph.page() != image.page() || glyph.turned()) {
            continue;
          }
          boolean overlaps = glyph.x() < image.right() && glyph.right() > image.left()
              && glyph.bottom() < image.top() && glyph.top() > image.bottom();
          assertTrue(!overlaps, () -> letter.getKey() + ": '" + glyph.text() + "' at " + glyph + " under " + image);
          checked++;
        }
      }
    }
    assertTrue(checked > 10_000, "glyphs checked against images: " + checked);
  }

  @Test
  void noParagraphLeavesASingleLineAtTheFootOrHeadOfAPage() {
    int split = 0;
    for (Map.Entry<String, PageReading> letter : letters.entrySet()) {
      for (List<PageReading.Line> lines : letter.getValue().linesByElement().values()) {
        Map<Integer, Integer> perPage = new LinkedHashMap<>();
        lines.forEach(line -> perPage.merge(line.page(), 1, Integer::sum));
        if (perPage.size() > 1) {
          split++;
          assertTrue(perPage.values().stream().allMatch(count -> count >= 2),
              () -> letter.getKey() + ": " + lines.getFirst().element() + " is split " + perPage + ": " + lines.getFirst().text());
        }
      }
    }
    assertTrue(split > 0, "some paragraph runs across a page: the rule was put to the test");
  }

  @Test
  void noWordIsLetterSpacedGlyphsStandAtTheirAdvancePlusTheFontsKerning() {
    int pairs = 0;
    for (Map.Entry<String, PageReading> letter : letters.entrySet()) {
      List<String> spacing = letter.getValue().operators.stream().filter(op -> List.of("Tc", "Tw", "Tz").contains(op)).toList();
      assertEquals(List.of(), spacing, letter.getKey() + " sets character or word spacing");
      for (PageReading.Line line : letter.getValue().lines()) {
        List<PageReading.Glyph> glyphs = line.glyphs();
        for (int i = 1; i < glyphs.size(); i++) {
          PageReading.Glyph a = glyphs.get(i - 1);
          PageReading.Glyph b = glyphs.get(i);
          if (a.text().isBlank() || b.text().isBlank() || !a.face().equals(b.face())) {
            continue;
          }
          float kern = kerning(a, b);
          float gap = b.x() - a.right();
          assertEquals(kern, gap, TOLERANCE,
              () -> letter.getKey() + ": '" + a.text() + b.text() + "' in \"" + line.text() + "\" page " + line.page());
          pairs++;
        }
      }
    }
    assertTrue(pairs > 50_000, "pairs of glyphs checked: " + pairs);
  }

  /** The kerning between two glyphs in the font file itself, as the PDF states widths: thousandths of an em. */
  private static float kerning(PageReading.Glyph a, PageReading.Glyph b) {
    TrueTypeFont font = faces.get(a.face());
    try {
      int units = font.getKerning().getHorizontalKerningSubtable().getKerning(a.code(), b.code());
      return Math.round(units * 1000f / font.getUnitsPerEm()) * a.size() / 1000f;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void justifiedLinesStretchWordSpacesWithinTheLimitAndLastLinesKeepNaturalSpaces() {
    int justified = 0;
    for (Map.Entry<String, PageReading> letter : letters.entrySet()) {
      for (List<PageReading.Line> lines : letter.getValue().linesByElement().values()) {
        for (int i = 0; i < lines.size(); i++) {
          PageReading.Line line = lines.get(i);
          List<Float> spaces = spaces(line);
          String where = letter.getKey() + " page " + line.page() + ": \"" + line.text() + "\" spaces " + spaces;
          boolean natural = spaces.stream().allMatch(s -> Math.abs(s - 1f) < TOLERANCE);
          if (i == lines.size() - 1) {
            assertTrue(natural, "the last line of a paragraph keeps natural spaces: " + where);
            continue;
          }
          if (!natural) {
            justified++;
            float right = line.glyphs().getLast().right();
            assertTrue(Math.abs(right - RIGHT_MARGIN) < 0.05f || Math.abs(right - QUOTE_RIGHT) < 0.05f,
                "a line with stretched or shrunk spaces is flush with the margin: " + right + " " + where);
            float first = spaces.getFirst();
            assertTrue(spaces.stream().allMatch(s -> Math.abs(s - first) < TOLERANCE), "spaces alike: " + where);
            assertTrue(first <= WIDEST_SPACE + TOLERANCE && first >= NARROWEST_SPACE - TOLERANCE, where);
          }
        }
      }
    }
    assertTrue(justified > 500, "justified lines checked: " + justified);
  }

  /** Each word space of {@code line} as a share of the font's space: 1 is natural. */
  private static List<Float> spaces(PageReading.Line line) {
    List<Float> spaces = new ArrayList<>();
    List<PageReading.Glyph> glyphs = line.glyphs();
    for (int i = 1; i + 1 < glyphs.size(); i++) {
      PageReading.Glyph space = glyphs.get(i);
      if (space.text().equals(" ") && !glyphs.get(i - 1).text().equals(" ")) {
        float gap = glyphs.get(i + 1).x() - glyphs.get(i - 1).right();
        spaces.add(gap / space.width());
      }
    }
    return spaces;
  }

  private static List<PageReading.Glyph> thamesValley() {
    return letters.get("thames-valley.pdf").glyphs;
  }

  private static PageReading.Line line(String starting) {
    return letters.get("thames-valley.pdf").lines().stream().filter(l -> l.text().startsWith(starting)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with " + starting));
  }

  @Test
  void reportTitleIsItalicAndTheRestOfItsSentenceIsNot() {
    PageReading.Line line = line("In December 2016");
    String italic = line.glyphs().stream().filter(g -> g.face().equals("LiberationSans-Italic"))
        .map(PageReading.Glyph::text).reduce("", String::concat);
    assertEquals("PEEL: police legitimacy 2016", italic.strip());
    assertEquals("LiberationSans", line.glyphs().getFirst().face());
  }

  @Test
  void subjectIsABoldHeadingAndBodyIsElevenPointRegular() {
    PageReading.Line subject = line("HMICFRS assessment:");
    assertEquals("H1", subject.element().type());
    assertTrue(subject.glyphs().stream().allMatch(g -> g.face().equals("LiberationSans-Bold")));
    PageReading.Line body = line("The report highlighted");
    assertEquals("LiberationSans", body.glyphs().getFirst().face());
    assertEquals(11f, body.glyphs().getFirst().size(), 0.01f);
  }

  @Test
  void recommendationIsAnIndentedQuotation() {
    PageReading.Line quote = line("To address this cause of concern");
    assertEquals("BlockQuote", quote.element().type());
    assertEquals(line("The report highlighted").glyphs().getFirst().x() + 30f, quote.glyphs().getFirst().x(), 0.01f);
  }

  @Test
  void signatoryNameIsBoldOnTheLastPageAndPageTwoIsNumbered() {
    PageReading.Line name = letters.get("thames-valley.pdf").lines().stream()
        .filter(l -> l.text().equals("Michael Cunningham QPM")).toList().getLast();
    assertEquals(2, name.page());
    assertTrue(name.glyphs().stream().allMatch(g -> g.face().equals("LiberationSans-Bold")));
    assertTrue(thamesValley().stream().anyMatch(g -> g.element() == null && g.page() == 2 && g.text().equals("2")));
    assertTrue(thamesValley().stream().noneMatch(g -> g.element() == null && g.page() == 1), "page 1 carries no number");
  }
}

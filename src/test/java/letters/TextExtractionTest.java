package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import letters.compose.Block;
import letters.compose.BlockKind;
import letters.compose.Figure;
import letters.compose.Letter;
import letters.compose.LetterInfo;
import letters.compose.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What copying a letter's text gives: whole words. A hyphen added where a word is broken across
 * lines is a soft hyphen (U+00AD), which a reader's tool drops when it joins the lines; a word's own
 * hyphen stays a hyphen (U+002D), so "counter-corruption" broken after its hyphen is still
 * "counter-corruption", not "countercorruption".
 */
class TextExtractionTest {
  @TempDir Path work;

  @Test
  void everyWordOfEveryLetterComesBackWholeAndSoftHyphensOnlyEndLines() throws Exception {
    Path forces = work.resolve("forces");
    TestFiles.copyTree(Path.of("forces"), forces);
    Letters.open(Path.of("templates")).writeMadeUpRecords(30, forces);
    Letters letters = Letters.open(forces, Path.of("templates"));
    BuildReport report = letters.build(List.of(), work.resolve("out"), Progress.NONE);
    int softHyphens = 0;
    for (var entry : report.written()) {
      Letter letter = letters.letter(entry.id()).value().orElseThrow();
      // The text a reader follows: page numbers and a draft's mark (page furniture) left out.
      String raw = PdfText.body(Files.readAllBytes(work.resolve("out").resolve(entry.file())));
      String mark = letter.info().draftMark().orElse("\n");
      raw = raw.lines().filter(line -> !line.equals(mark)).collect(java.util.stream.Collectors.joining("\n"));
      softHyphens += (int) raw.chars().filter(c -> c == '\u00AD').count();
      assertFalse(raw.matches("(?s).*\u00AD(?!\\R).*"), entry.id() + ": a soft hyphen inside a line");
      String copied = PdfText.normalise(raw);
      for (Block block : letter.blocks()) {
        for (String line : block.text().split("\n")) {
          assertTrue(copied.contains(PdfText.normalise(line)), entry.id() + " gives back \"" + line + "\" in\n" + copied);
        }
      }
    }
    assertTrue(softHyphens > 10, "words hyphenated across the letters: " + softHyphens);
  }

  @Test
  void aWordBrokenAfterItsOwnHyphenKeepsItAndTheHyphenIsNotSoft() throws Exception {
    String sentence = "We reviewed the capability and capacity of your counter-corruption unit and its plans.";
    for (int words = 0; words < 40; words++) {
      String text = "word ".repeat(words) + sentence;
      String raw = PdfText.text(Letters.layOut(letter(text)).bytes());
      if (raw.contains("counter-\n")) {
        assertTrue(raw.contains("counter-\ncorruption"), raw);
        assertFalse(raw.contains("counter\u00AD"), raw);
        assertTrue(PdfText.joined(raw).contains("counter-corruption unit"), PdfText.joined(raw));
        return;
      }
    }
    throw new AssertionError("no width broke the line after counter-");
  }

  @Test
  void aHyphenatedWordIsJoinedWithoutItsHyphen() throws Exception {
    for (int words = 0; words < 60; words++) {
      String text = "word ".repeat(words) + "The organisations’ relationships with vulnerable people were unacceptable.";
      String raw = PdfText.text(Letters.layOut(letter(text)).bytes());
      int soft = raw.indexOf('\u00AD');
      if (soft > 0) {
        assertEquals('\n', raw.charAt(soft + 1), raw);
        String joined = PdfText.joined(raw);
        assertFalse(joined.contains("\u00AD"));
        // Lines that end between words are joined by a space, as copying does.
        assertTrue(joined.replace('\n', ' ')
            .contains("The organisations’ relationships with vulnerable people were unacceptable."), joined);
        return;
      }
    }
    throw new AssertionError("no width hyphenated a word");
  }

  private static Letter letter(String paragraph) {
    LetterInfo info = new LetterInfo("test", "Test Police", "insufficient_information", "A test", "An inspector",
        "A subject", "en-GB", LocalDate.of(2017, 10, 2), false, Optional.empty());
    return new Letter(info, List.of(new Block(BlockKind.PARAGRAPH, Optional.empty(), List.of(new Span(paragraph, false, false)))),
        new Figure(Path.of("templates/assets/wordmark.png"), "A wordmark"), Optional.empty());
  }
}

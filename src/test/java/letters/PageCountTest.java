package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import letters.compose.Letter;
import letters.layout.HouseStyle;
import letters.layout.LetterLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page count the editors' check takes from {@link LetterLayout#pages}, which lays a letter out
 * without drawing it, is the one the letter's PDF has: for letters of two and three pages, drafts
 * among them, their length changed by copy lists and notes of every length.
 */
class PageCountTest {
  @TempDir Path work;

  @Test
  void countingPagesGivesThePagesOfTheRenderedLetter() throws Exception {
    Path forces = work.resolve("forces");
    Files.createDirectories(forces);
    String shipped = Files.readString(Path.of("forces/warwickshire.yaml"));
    for (int copies = 0; copies <= 40; copies += 4) {
      Files.writeString(forces.resolve("copies-" + copies + ".yaml"),
          LetterRecords.withCopies(shipped.replace("Warwickshire", "Copies " + copies), copies));
    }
    for (int sentences = 1; sentences <= 16; sentences += 3) {
      String notes = LetterRecords.withNotes(shipped.replace("Warwickshire", "Notes " + sentences), sentences);
      Files.writeString(forces.resolve("notes-" + sentences + ".yaml"), notes);
      // Without its sign-off the letter is a draft, marked across every page.
      Files.writeString(forces.resolve("draft-" + sentences + ".yaml"), notes.replaceAll("(?s)\nsign_off:.*", "\n"));
    }
    Letters letters = Letters.open(forces, Path.of("templates"));
    LetterLayout layout = LetterLayout.of(HouseStyle.standard());
    Set<Integer> seen = new HashSet<>();
    for (var record : letters.records().value().orElseThrow()) {
      Letter letter = letters.letter(record).value().orElseThrow();
      int pages = layout.render(letter).pages();
      assertEquals(pages, layout.pages(letter), record.id());
      seen.add(pages);
      if (record.id().startsWith("draft")) {
        assertTrue(letter.info().draftMark().isPresent(), record.id() + " is a draft");
      }
    }
    assertTrue(seen.size() >= 2, "letters of several lengths were counted: " + seen);
  }
}

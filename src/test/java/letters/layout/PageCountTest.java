package letters.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import letters.Letters;
import letters.check.Combinations;
import letters.compose.Letter;
import letters.load.Campaign;
import letters.load.Finding;
import letters.load.Record;
import org.junit.jupiter.api.Test;

/**
 * The page count the editors' check takes from {@link LetterLayout#pages}, which lays a letter out
 * without drawing it, is the one the letter's PDF has (two or three pages): for letters of
 * combinations of findings with and without notes (of up to two dozen sentences) and every
 * recipient field, signed off and as drafts marked across every page.
 */
class PageCountTest {
  @Test
  void countingPagesGivesThePagesOfTheRenderedLetter() throws Exception {
    Letters letters = Letters.open(Path.of("templates"));
    Campaign campaign = letters.campaign().value().orElseThrow();
    LetterLayout layout = LetterLayout.of(HouseStyle.standard());
    List<Map<String, String>> combinations = letters.combinations();
    Set<Integer> seen = new HashSet<>();
    for (int n = 0; n < combinations.size(); n += 37) {
      for (int variant = 0; variant < 4; variant++) {
        Record signed = Combinations.record(campaign, combinations.get(n), variant % 2 == 1, variant / 2 == 1);
        Record draft = new Record(signed.id(), signed.file(), signed.name(), signed.envelope(), signed.findings(),
            signed.outcome(), Optional.empty());
        // Notes of a dozen sentences each: a page or two longer.
        Map<String, Finding> longer = new LinkedHashMap<>();
        int sentences = n % 24 + 1;
        signed.findings().forEach((id, finding) -> longer.put(id, new Finding(finding.value(),
            finding.note().map(note -> (note + " ").repeat(sentences).strip()))));
        for (Record record : List.of(signed, draft, signed.withFindings(longer))) {
          Letter letter = letters.letter(record).value().orElseThrow();
          int pages = layout.render(letter).pages();
          assertEquals(pages, layout.pages(letter), combinations.get(n) + " in variant " + variant);
          seen.add(pages);
        }
      }
    }
    assertTrue(seen.size() >= 2, "letters of more than one length were counted: " + seen);
  }
}

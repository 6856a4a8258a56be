package letters.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** British hyphenation: the TeX UK patterns as loaded, and the words of a letter they break. */
class HyphenationTest {
  private final Hyphenator british = Hyphenator.british();

  @Test
  void thePatternFileIsLoadedWhole() {
    // ukhyphen.tex holds 8,527 patterns; a partial read would hyphenate differently, not fail.
    assertEquals(8527, british.patternCount());
  }

  /** Splits as the Oxford list behind the patterns has them (British: "cap-ab-il-ity", not "ca-pa-bil-i-ty"). */
  @ParameterizedTest
  @CsvSource({
    "inspection, in-spec-tion",
    "capability, cap-ab-il-ity",
    "monitoring, mon-it-or-ing",
    "technology, tech-no-logy",
    "progress, pro-gress",
    "recommendation, re-com-mend-a-tion",
    "organisations, or-gan-isa-tions",
    "unacceptable, un-ac-cept-able",
    "relationships, re-la-tion-ships",
    "department, de-part-ment",
  })
  void britishWordsBreakWhereTheOxfordListBreaksThem(String word, String expected) {
    assertEquals(expected, british.hyphenated(word));
  }

  @Test
  void theFilesExceptionsWinOverThePatterns() {
    assertEquals("as-so-ciate", british.hyphenated("associate"));
    assertEquals("present", british.hyphenated("present"));
    assertEquals("project", british.hyphenated("project"));
  }

  @Test
  void noBreakLeavesFewerThanTwoLettersBeforeOrThreeAfter() {
    for (String word : List.of("inspection", "hyphenation", "vulnerable", "capacity", "reviewing", "table")) {
      boolean[] points = british.points(word);
      for (int i = 0; i < points.length; i++) {
        if (points[i]) {
          assertTrue(i >= 2 && word.length() - i >= 3, word + " breaks at " + i);
        }
      }
    }
    assertEquals("ta-ble", british.hyphenated("table"), "two letters before, three after: just allowed");
    assertEquals("vel-vet", british.hyphenated("velvet"));
    assertEquals("lately", british.hyphenated("lately"), "never two letters carried over: late-ly");
    assertEquals("needed", british.hyphenated("needed"), "never two letters carried over: need-ed");
  }

  @Test
  void namesNumbersAndAddressesAreNeverHyphenatedButTheirOwnHyphensMayBreak() {
    assertEquals("", kinds("Constabulary"));
    assertEquals("", kinds("john.young@hmic.gsi.gov.uk"));
    assertEquals("", kinds("07802948502"));
    assertEquals("in-spec-tion.", kinds("inspection."));
    assertEquals("‘or-gan-isa-tions’", kinds("‘organisations’"));
    // After its own hyphen a word may break; its lower-case part is hyphenated, its name part not.
    assertEquals("counter=cor-rup-tion", kinds("counter-corruption"));
    assertEquals("Dyfed=Powys", kinds("Dyfed-Powys"));
  }

  /** The word with "-" where it may be hyphenated and "=" where it may break after its own hyphen. */
  private static String kinds(String word) {
    int[] text = word.codePoints().toArray();
    Item.Penalty.Kind[] breaks = Breaks.of(text, List.of(), true);
    StringBuilder out = new StringBuilder();
    boolean any = false;
    for (int k = 0; k < text.length; k++) {
      if (breaks[k] == Item.Penalty.Kind.HYPHENATION) {
        out.append('-');
        any = true;
      } else if (breaks[k] == Item.Penalty.Kind.EXPLICIT_HYPHEN) {
        out.setLength(out.length() - 1);
        out.append('=');
        any = true;
      }
      out.appendCodePoint(text[k]);
    }
    return any ? out.toString() : "";
  }
}

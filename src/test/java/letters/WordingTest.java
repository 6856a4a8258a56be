package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import letters.compose.Letter;
import letters.diagnostic.Result;
import letters.load.Campaign;
import letters.load.FindingDeclaration;
import letters.load.Record;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The assessment paragraph over every combination of the declared findings, with and without
 * notes: read back independently of the templates, each must state exactly its findings, each
 * element once, in sentences a person would write.
 */
class WordingTest {
  private static final Letters LETTERS = Letters.open(Path.of("templates"));
  private static final Campaign CAMPAIGN = LETTERS.campaign().value().orElseThrow();
  private static final List<String> ELEMENTS =
      CAMPAIGN.elements().stream().map(FindingDeclaration::id).toList();

  static Stream<Arguments> combinations() {
    return LETTERS.combinations().stream()
        .flatMap(findings -> Stream.of(Arguments.of(findings, false), Arguments.of(findings, true)));
  }

  @ParameterizedTest(name = "{0} notes={1}")
  @MethodSource("combinations")
  void assessmentStatesExactlyItsFindingsInWellFormedSentences(Map<String, String> values, boolean notes)
      throws Exception {
    Letter letter = compose(record(values, notes));
    String assessment = letter.block("assessment").orElseThrow().text();

    Map<String, String> expected = new LinkedHashMap<>(values);
    assertEquals(expected, FindingsReader.read(withoutNotes(assessment)), assessment);

    for (String sentence : FindingsReader.sentences(assessment)) {
      assertTrue(Character.isUpperCase(sentence.charAt(0)), () -> "no capital: " + sentence);
      assertTrue(sentence.endsWith("."), () -> "no full stop: " + sentence);
    }
    assertFalse(assessment.contains("  "), assessment);
    assertFalse(assessment.matches(".*\\b(null|true|false|[a-z]+_[a-z_]+)\\b.*"), assessment);
    assertFalse(assessment.matches(".*[,.]\\s*[,.].*"), assessment);
    assertEquals(values.get("limited_information").equals("true") ? 1 : 0, count(assessment, "limited information"), assessment);
    assertFalse(assessment.startsWith("However"), assessment);
    assertConnectorsAndAgreementFit(withoutNotes(assessment));
    if (notes) {
      assertNotesFollowTheirElements(assessment);
    }
  }

  /**
   * Connectors fit the turn from one sentence to the next: "however" opens exactly the shortfalls
   * that follow good news, always with its commas; good news after a shortfall says "did include"
   * or "nevertheless"; "this" and "these" standing alone agree with the elements stated; "also
   * included" is said once at most; and no sentence naming the counter-corruption review speaks of
   * "our review".
   */
  private static void assertConnectorsAndAgreementFit(String assessment) {
    List<String> sentences = FindingsReader.sentences(assessment);
    assertTrue(count(assessment, "also included") <= 1, assessment);
    for (int i = 1; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      String lower = sentence.toLowerCase(java.util.Locale.ROOT);
      boolean shortfall = isShortfall(sentence);
      boolean afterShortfall = isShortfall(sentences.get(i - 1));
      boolean however = lower.matches(".*\\bhowever\\b.*");
      assertEquals(shortfall && !afterShortfall, however, () -> "connector in: " + sentence + " | " + assessment);
      assertFalse(however && !lower.matches("^however, .*|.*, however, .*"), () -> "'however' without its commas: " + sentence);
      boolean turn = lower.contains("did include") || lower.contains("nevertheless");
      // "We were also pleased" turns back to the good news that opened the sentence before it.
      boolean echo = i == 1 && lower.contains("also pleased");
      if (!shortfall && afterShortfall) {
        assertTrue(turn || echo, () -> "no turn in: " + sentence + " | " + assessment);
      } else {
        assertFalse(turn, () -> "a turn where there is none: " + sentence + " | " + assessment);
      }
      List<String> stated = FindingsReader.ELEMENTS.entrySet().stream()
          .filter(e -> lower.contains(e.getValue())).map(Map.Entry::getKey).toList();
      if (lower.matches(".*\\bthis (had|was|were|has|is)\\b.*")) {
        assertEquals(1, stated.size(), () -> "'this' with several elements: " + sentence);
        assertFalse(PLURAL.contains(stated.getFirst()), () -> "'this' for a plural noun: " + sentence);
      }
      if (lower.matches(".*\\bthese (had|was|were|has|is)\\b.*")) {
        assertTrue(stated.size() > 1 || PLURAL.contains(stated.getFirst()), () -> "'these' for one singular noun: " + sentence);
      }
      if (lower.contains("counter-corruption unit")) {
        assertFalse(lower.matches(".*\\bour review\\b.*"), () -> "two reviews in one sentence: " + sentence);
      }
    }
  }

  /** The elements whose noun, where the plans include them, is plural ("improvements"). */
  private static final List<String> PLURAL = List.of("it_monitoring");

  private static boolean isShortfall(String sentence) {
    return Stream.of("did not reflect", "no information", "did not allow", "unclear", "could not")
        .anyMatch(sentence.toLowerCase(java.util.Locale.ROOT)::contains);
  }

  /** Each note stands once, as its own sentence, after the sentence that states its element. */
  private static void assertNotesFollowTheirElements(String assessment) {
    List<String> sentences = FindingsReader.sentences(assessment);
    for (String element : ELEMENTS) {
      String note = note(element);
      assertEquals(1, count(assessment, note), assessment);
      int at = sentences.indexOf(note);
      assertTrue(at > 0, () -> "note is not a sentence of its own: " + assessment);
      int before = at - 1;
      while (sentences.get(before).startsWith("Note on ")) {
        before--;
      }
      String stating = sentences.get(before);
      assertTrue(stating.contains(FindingsReader.ELEMENTS.get(element)),
          () -> "note on " + element + " does not follow its element: " + assessment);
    }
  }

  private static String withoutNotes(String assessment) {
    String text = assessment;
    for (String element : ELEMENTS) {
      text = text.replace(" " + note(element), "");
    }
    return text;
  }

  /** The note {@link Letters#example} gives an element. */
  private static String note(String element) {
    return "Note on " + CAMPAIGN.finding(element).orElseThrow().label() + " for checking.";
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static Record record(Map<String, String> values, boolean notes) {
    return LETTERS.example(values, notes);
  }

  private static Letter compose(Record record) {
    Result<Letter> letter = LETTERS.letter(record);
    return letter.value().orElseThrow(() -> new AssertionError(letter.diagnostics()));
  }
}

package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import letters.check.Combinations;
import letters.compose.Composer;
import letters.compose.Letter;
import letters.load.Campaign;
import letters.load.Campaigns;
import letters.load.Finding;
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
  private static final Campaign CAMPAIGN = Campaigns.load(Path.of("templates")).value().orElseThrow();
  private static final Composer COMPOSER = Composer.of(CAMPAIGN);
  private static final List<String> ELEMENTS =
      CAMPAIGN.elements().stream().map(FindingDeclaration::id).toList();

  static Stream<Arguments> combinations() {
    return Combinations.of(CAMPAIGN).stream()
        .flatMap(findings -> Stream.of(Arguments.of(findings, false), Arguments.of(findings, true)));
  }

  @ParameterizedTest(name = "{0} notes={1}")
  @MethodSource("combinations")
  void assessmentStatesExactlyItsFindingsInWellFormedSentences(Map<String, String> values, boolean notes)
      throws Exception {
    Letter letter = COMPOSER.compose(record(values, notes));
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
   * "However" opens exactly the shortfalls that follow good news, and "this"/"these", "was"/"were"
   * and "result"/"results" agree with how many elements the sentence states.
   */
  private static void assertConnectorsAndAgreementFit(String assessment) {
    List<String> sentences = FindingsReader.sentences(assessment);
    for (int i = 1; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      boolean contrast = isShortfall(sentence) && !isShortfall(sentences.get(i - 1));
      assertEquals(contrast, sentence.startsWith("However"), () -> "connector in: " + sentence + " | " + assessment);
      long elements = FindingsReader.ELEMENTS.values().stream().filter(sentence::contains).count();
      for (String[] agreement : AGREEMENTS) {
        if (sentence.contains(agreement[0])) {
          assertEquals(1, elements, () -> "'" + agreement[0] + "' with several elements: " + sentence);
        }
        if (sentence.contains(agreement[1])) {
          assertTrue(elements > 1, () -> "'" + agreement[1] + "' with one element: " + sentence);
        }
      }
    }
  }

  private static final String[][] AGREEMENTS = {
    {"this had", "these had"}, {"this was", "these were"}, {"result of", "results of"}
  };

  private static boolean isShortfall(String sentence) {
    return Stream.of("did not reflect", "no information", "did not allow", "unclear", "could not find")
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
      while (sentences.get(before).startsWith("Inspectors noted")) {
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

  private static String note(String element) {
    return "Inspectors noted progress on item " + (ELEMENTS.indexOf(element) + 1) + ".";
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static Record record(Map<String, String> values, boolean notes) {
    Map<String, Finding> findings = new LinkedHashMap<>();
    values.forEach(
        (id, value) -> {
          Optional<String> note = notes && ELEMENTS.contains(id) ? Optional.of(note(id)) : Optional.empty();
          findings.put(id, new Finding(value, note));
        });
    return Combinations.record(CAMPAIGN, values, false, true).withFindings(findings);
  }
}

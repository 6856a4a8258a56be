package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import letters.load.Campaign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each plan element in each status, stated alone, in words that fit both: its own noun, the number
 * of that noun, and a verb that fits what it is (a review is completed or under way, never "in
 * place"; improvements are made; work starts). The expected words are this test's own, written from
 * the 2017 letters' register, not read from the phrasebook.
 */
class ElementStatusWordingTest {
  private static final Letters LETTERS = Letters.open(Path.of("templates"));
  private static final Campaign CAMPAIGN = LETTERS.campaign().value().orElseThrow();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "counter_corruption_review | no_information | your progress in reviewing the capability and capacity of your counter-corruption unit | result|any work",
      "counter_corruption_review | unclear        | unclear what your review of the capability and capacity of your counter-corruption unit had found | result|in place",
      "counter_corruption_review | not_evidenced  | could not(, however,)? find evidence of a review of the capability and capacity | in place|commenced",
      "counter_corruption_review | planned        | included a review of .*, which at the time of our assessment had yet to start | in place|these",
      "counter_corruption_review | commenced      | included a review of .*, which was already under way | in place|commenced|these",
      "counter_corruption_review | in_place       | your review of the capability and capacity of your counter-corruption unit had been completed | in place|under way",
      "it_monitoring             | no_information | your progress in improving your IT systems. monitoring capability | result|deploying",
      "it_monitoring             | unclear        | unclear what progress your force had made in improving your IT systems. monitoring capability | result",
      "it_monitoring             | not_evidenced  | could not(, however,)? find evidence of improvements to your IT systems. monitoring capability | this",
      "it_monitoring             | planned        | included improvements to your IT systems. monitoring capability, although .* these had yet to be made | \\bthis\\b",
      "it_monitoring             | commenced      | included improvements to .*, and these were being made | \\bthis\\b|in place",
      "it_monitoring             | in_place       | the improved monitoring capability of your IT systems was in place | these|commenced",
      "vulnerable_support        | no_information | your progress in seeking intelligence from those organisations that support vulnerable people | any work done",
      "vulnerable_support        | unclear        | unclear whether work to seek intelligence from those organisations that support vulnerable people had started | result",
      "vulnerable_support        | not_evidenced  | could not(, however,)? find evidence of work to seek intelligence from | this",
      "vulnerable_support        | planned        | included work to seek intelligence .*, although at the time of our assessment this had yet to start | these|in place",
      "vulnerable_support        | commenced      | included work to seek intelligence .*, and this had started | these|in place",
      "vulnerable_support        | in_place       | your force was seeking intelligence from those organisations that support vulnerable people | these|commenced"})
  void eachElementIsStatedInWordsThatFitItsStatus(String element, String status, String fits, String never) throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("national_strategy", "reflected");
    values.put("plans_comprehensive", "false");
    values.put("limited_information", "false");
    String others = status.equals("no_information") ? "not_evidenced" : "no_information";
    CAMPAIGN.elements().forEach(e -> values.put(e.id(), e.id().equals(element) ? status : others));
    String assessment = LETTERS.letter(LETTERS.example(values, false)).value().orElseThrow()
        .block("assessment").orElseThrow().text();

    List<String> stating = FindingsReader.mentioning(assessment, element);
    assertEquals(1, stating.size(), assessment);
    String sentence = stating.getFirst();
    assertTrue(sentence.matches("(?s).*" + fits + ".*"), () -> "expected /" + fits + "/ in: " + sentence);
    assertFalse(sentence.matches("(?s).*(" + never + ").*"), () -> "not expected /" + never + "/ in: " + sentence);
    assertFalse(sentence.matches("(?s).*\\bour review\\b.*"), () -> "two reviews in: " + sentence);
    assertEquals(status, FindingsReader.read(assessment).get(element), assessment);
  }
}

package letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an assessment paragraph the way a reviewer does and says what it finds about each plan
 * element: the inverse of the templates, written independently of them, so a test can check that
 * a letter states exactly its record's findings. It understands the 2017 seeds' own phrasings too.
 */
final class FindingsReader {
  /** The words that identify each plan element in a sentence. */
  static final Map<String, String> ELEMENTS =
      Map.of(
          "counter_corruption_review", "counter-corruption unit",
          "it_monitoring", "monitoring capability",
          "vulnerable_support", "support vulnerable people");

  private FindingsReader() {}

  /** national_strategy, plans_comprehensive, limited_information and each element's status. */
  static Map<String, String> read(String assessment) {
    String text = PdfText.normalise(assessment);
    String lower = text.toLowerCase(Locale.ROOT);
    Map<String, String> found = new LinkedHashMap<>();
    found.put("national_strategy", lower.contains("did not reflect") ? "not_reflected" : "reflected");
    found.put("plans_comprehensive", String.valueOf(lower.contains("comprehensive")));
    found.put("limited_information", String.valueOf(lower.contains("limited information")));
    for (var element : List.of("counter_corruption_review", "it_monitoring", "vulnerable_support")) {
      found.put(element, statusOf(sentences(text), ELEMENTS.get(element)));
    }
    return found;
  }

  /** The sentences that mention {@code element}'s words. */
  static List<String> mentioning(String assessment, String element) {
    return sentences(PdfText.normalise(assessment)).stream()
        .filter(s -> s.toLowerCase(Locale.ROOT).contains(ELEMENTS.get(element)))
        .toList();
  }

  static List<String> sentences(String text) {
    return Arrays.stream(text.split("(?<=[.!?])\\s+(?=[A-Z])")).map(String::strip).toList();
  }

  private static String statusOf(List<String> sentences, String words) {
    List<String> statuses = new ArrayList<>();
    for (String sentence : sentences) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (!lower.contains(words)) {
        continue;
      }
      String led = lead(lower);
      if (led != null) {
        statuses.add(led);
        continue;
      }
      String[] clauses = lower.split(", | but ");
      int at = 0;
      while (at < clauses.length && !clauses[at].contains(words)) {
        at++;
      }
      String status = null;
      for (int i = at; i < clauses.length && status == null; i++) {
        status = status(clauses[i]);
      }
      statuses.add(status == null ? status(lower) : status);
    }
    return statuses.size() == 1 ? String.valueOf(statuses.getFirst()) : "stated " + statuses.size() + " times " + statuses;
  }

  /**
   * The status a sentence gives everything it names when it opens with what was found ("It was
   * unclear …", "We could not find evidence of …"), after any "However," or "From the limited
   * information supplied,"; null for a sentence that says what the plans included.
   */
  private static String lead(String sentence) {
    String start = sentence.replaceFirst("^(however,? )?(from the limited information supplied, )?", "");
    if (start.startsWith("no information was provided") || start.startsWith("the limited information supplied did not allow")) {
      return "no_information";
    }
    if (start.startsWith("it was unclear") || start.startsWith("it was not clear")) {
      return "unclear";
    }
    if (start.matches("^we could not,? (however,? )?find evidence.*")) {
      return "not_evidenced";
    }
    if (start.matches("^we were (\\w+ )?pleased to find that.*")) {
      return "in_place";
    }
    return null;
  }

  private static String status(String clause) {
    if (clause.contains("no information was provided") || clause.contains("did not allow us to assess")) {
      return "no_information";
    }
    if (clause.contains("unclear")) {
      return "unclear";
    }
    if (clause.contains("could not") && clause.contains("find evidence")) {
      return "not_evidenced";
    }
    if (clause.contains("yet to start") || clause.contains("yet to be") || clause.contains("not yet commenced")) {
      return "planned";
    }
    if (clause.contains("commenced") || clause.contains("under way") || clause.contains("had started") || clause.contains("being made")) {
      return "commenced";
    }
    if (clause.contains("in place") || clause.contains("been completed")) {
      return "in_place";
    }
    return null;
  }
}

package letters.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import letters.Letters;
import letters.Progress;
import letters.TestFiles;
import letters.diagnostic.Diagnostic;
import letters.load.Campaign;
import letters.load.Campaigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults planted in templates that the check composes once for many combinations when it can:
 * each shows only for one pattern of statuses, in a paragraph that reads no findings in the
 * shipped templates, and the check still finds it in exactly the combinations that have it. One
 * reads the findings itself; one reads a variable the assessment set from them; one calls a
 * function that reads such a variable.
 */
class PlantedFaultTest {
  @TempDir Path work;

  @Test
  void aParagraphThatReadsTheFindingsItselfIsCheckedInEveryCombination() throws IOException {
    Path templates = copy();
    plant(templates, "paragraphs/publication.ftl", "alongside a national overview report.",
        "alongside a national overview report<#if record.findings.it_monitoring.status == \"planned\""
            + " && record.findings.vulnerable_support.status == \"unclear\""
            + " && record.findings.counter_corruption_review.status == \"commenced\">,,</#if>.");
    found(check(templates), "doubled: doubled space or punctuation: 'report,,.'",
        Map.of("it_monitoring", "planned", "vulnerable_support", "unclear", "counter_corruption_review", "commenced"),
        combinations(templates) / 216);
  }

  @Test
  void aParagraphThatReadsWhatTheAssessmentSetIsCheckedInEveryCombination() throws IOException {
    Path templates = oddSetByTheAssessment("assign", "in_place", "no_information");
    plant(templates, "paragraphs/contact.ftl", "If you have", "If you<#if odd> no_information</#if> have");
    found(check(templates), "leaked-value: a value printed as it is stored: 'no_information'",
        Map.of("it_monitoring", "in_place", "vulnerable_support", "no_information"), combinations(templates) / 36);
  }

  @Test
  void aParagraphThatCallsAFunctionReadingWhatTheAssessmentSetIsCheckedInEveryCombination() throws IOException {
    // Global: a function of the imported library sees the main namespace's variables only so.
    Path templates = oddSetByTheAssessment("global", "commenced", "planned");
    plant(templates, "lib/language.ftl", "<#-- A sentence from its parts",
        "<#function ending><#return (odd!false)?then(\",,\", \"\")></#function>\n<#-- A sentence from its parts");
    plant(templates, "paragraphs/contact.ftl", "If you have any queries,", "If you have any queries${lang.ending()},");
    found(check(templates), "doubled: doubled space or punctuation: 'queries,,,'",
        Map.of("it_monitoring", "commenced", "vulnerable_support", "planned"), combinations(templates) / 36);
  }

  /** The shipped templates, the assessment setting {@code odd} when two elements have these statuses. */
  private Path oddSetByTheAssessment(String directive, String itMonitoring, String vulnerableSupport) throws IOException {
    Path templates = copy();
    plant(templates, "paragraphs/assessment.ftl", "<#assign news = ", "<#" + directive + " odd = findings.it_monitoring.status == \""
        + itMonitoring + "\" && findings.vulnerable_support.status == \"" + vulnerableSupport + "\">\n<#assign news = ");
    return templates;
  }

  private Path copy() throws IOException {
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    return templates;
  }

  /** Replaces {@code text} in {@code file} of {@code templates} by {@code planted}. */
  private static void plant(Path templates, String file, String text, String planted) throws IOException {
    Path changed = templates.resolve(file);
    String before = Files.readString(changed);
    assertTrue(before.contains(text), text);
    Files.writeString(changed, before.replace(text, planted));
  }

  private static List<Diagnostic> check(Path templates) {
    return Letters.open(Path.of("forces"), templates).check(false, Progress.NONE).problems();
  }

  private static int combinations(Path templates) {
    return Combinations.of(campaign(templates)).size();
  }

  /**
   * That the combinations' problems are one: {@code message}, first met in a combination with
   * {@code statuses}, and met in {@code count} combinations in all.
   */
  private static void found(List<Diagnostic> problems, String message, Map<String, String> statuses, int count) {
    List<String> combinations = problems.stream().map(Diagnostic::message).filter(m -> m.contains(" (in {")).toList();
    assertEquals(1, combinations.size(), problems.toString());
    String found = combinations.getFirst();
    assertTrue(found.startsWith(message + " (in {"), found);
    assertTrue(found.endsWith(") (and " + (count - 1) + " more combinations)"), found);
    statuses.forEach((element, status) -> assertTrue(found.contains(element + "=" + status), found));
  }

  private static Campaign campaign(Path templates) {
    return Campaigns.load(templates).value().orElseThrow();
  }
}

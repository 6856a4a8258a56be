package letters.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import letters.TestFiles;
import letters.compose.Composer;
import letters.diagnostic.Diagnostic;
import letters.layout.HouseStyle;
import letters.layout.LetterLayout;
import letters.load.Campaign;
import letters.load.Campaigns;
import letters.load.FindingDeclaration;
import letters.load.FindingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the check covers of a campaign too large to check every letter of (the wide campaign: four
 * plan elements, seven statuses, 230,496 letters), and its lint rules on the seventh status,
 * "Partly in place", whose label contains "In place".
 */
class CheckCoverageTest {
  static final Path WIDE = Path.of("src/test/resources/campaigns/wide");

  @TempDir Path work;

  @Test
  void everyStatusPatternAndEveryValueMeetsEachOfTheFourVariants() {
    Campaign campaign = Campaigns.load(WIDE.resolve("templates")).value().orElseThrow();
    Check check = new Check(campaign, Composer.of(campaign), LetterLayout.of(HouseStyle.standard()));
    List<Map<String, String>> combinations = Combinations.of(campaign);
    assertEquals(57_624, combinations.size());
    Map<List<String>, Set<Integer>> byPattern = new HashMap<>();
    Map<String, Set<Integer>> byValue = new HashMap<>();
    for (Map<String, String> values : combinations) {
      int variant = check.variant(values);
      List<String> pattern = campaign.elements().stream().map(e -> values.get(e.id())).toList();
      byPattern.computeIfAbsent(pattern, p -> new HashSet<>()).add(variant);
      values.forEach((id, value) -> byValue.computeIfAbsent(id + "=" + value, v -> new HashSet<>()).add(variant));
    }
    assertEquals(7 * 7 * 7 * 7, byPattern.size());
    byPattern.forEach((pattern, variants) -> assertEquals(Set.of(0, 1, 2, 3), variants, pattern.toString()));
    int values = campaign.findings().stream().mapToInt(f -> f.values().size()).sum();
    assertEquals(values, byValue.size());
    byValue.forEach((value, variants) -> assertEquals(Set.of(0, 1, 2, 3), variants, value));
  }

  @Test
  void partlyInPlaceBesideInPlaceIsClean() {
    Campaign campaign = Campaigns.load(WIDE.resolve("templates")).value().orElseThrow();
    Check check = new Check(campaign, Composer.of(campaign), LetterLayout.of(HouseStyle.standard()));
    int checked = 0;
    for (Map<String, String> values : Combinations.of(campaign)) {
      // Every way the two statuses meet in one letter, the other elements at their first status.
      List<String> statuses = elements(campaign).stream().map(values::get).toList();
      if (statuses.contains("partly_in_place") && statuses.contains("in_place")
          && statuses.stream().allMatch(s -> s.equals("partly_in_place") || s.equals("in_place") || s.equals("no_information"))
          && values.get("limited_information").equals("false") && values.get("timetable_given").equals("false")) {
        assertEquals(List.of(), messages(check.problems(Combinations.record(campaign, values, true, true), "it", false)));
        checked++;
      }
    }
    assertEquals(3 * 2 * (3 * 3 * 3 * 3 - 2 * 2 * 2 * 2 - 2 * 2 * 2 * 2 + 1), checked);
  }

  @Test
  void aPartlyInPlaceSentenceThatSaysInPlaceIsStillCaught() throws IOException {
    Path templates = work.resolve("templates");
    TestFiles.copyTree(WIDE.resolve("templates"), templates);
    Path phrasebook = templates.resolve("phrasebook.yaml");
    String partly = "partly_in_place: the improved monitoring capability of your IT systems was partly in place";
    assertTrue(Files.readString(phrasebook).contains(partly));
    Files.writeString(phrasebook, Files.readString(phrasebook).replace(partly,
        "partly_in_place: the improved monitoring capability of your IT systems was in place in part"));
    Campaign campaign = Campaigns.load(templates).value().orElseThrow();
    Check check = new Check(campaign, Composer.of(campaign), LetterLayout.of(HouseStyle.standard()));
    Map<String, String> values = new java.util.LinkedHashMap<>(Combinations.of(campaign).getFirst());
    values.put("it_monitoring", "partly_in_place");
    assertEquals(List.of("status: 'it_monitoring' is partly_in_place but its sentence says 'in place': From the limited information "
        + "supplied, we found that the improved "
        + "monitoring capability of your IT systems was in place in part. (in it)"),
        messages(check.problems(Combinations.record(campaign, values, false, false), "it", false)));
  }

  @Test
  void doubledMarksAreReportedWithTheWordsTheyTouch() {
    assertEquals(List.of("us ,"), Lint.DOUBLED.find("Contact us , today.", true, Set.of()));
    assertEquals(List.of("today.."), Lint.DOUBLED.find("Contact us today..", true, Set.of()));
    assertEquals(List.of("us  today."), Lint.DOUBLED.find("Contact us  today.", true, Set.of()));
    assertEquals(List.of(), Lint.DOUBLED.find("Wait… and see... then go.", true, Set.of()));
    // One word of 200,000 letters: a pattern starting with a greedy run would try it from every letter.
    String long_ = "x".repeat(200_000);
    assertEquals(List.of(long_ + ",,"), Lint.DOUBLED.find("A " + long_ + ",, b.", true, Set.of()));
  }

  @Test
  void howeverIsReportedWithTheWordBefore() {
    assertEquals(List.of(), Lint.HOWEVER.find("It was. However, it was not. We did, however, go.", true, Set.of()));
    assertEquals(List.of("did, however"), Lint.HOWEVER.find("We did, however go.", true, Set.of()));
    assertEquals(List.of("and however,"), Lint.HOWEVER.find("It was and however, it was not.", true, Set.of()));
    assertEquals(List.of("However"), Lint.HOWEVER.find("However it was.", true, Set.of()));
  }

  @Test
  void aParagraphIsLintedSentenceBySentenceEachWithTheSpacesAfterIt() {
    assertEquals(List.of("One.  ", "Two, e.g. three. ", "‘Four’ five"), Check.sentences("One.  Two, e.g. three. ‘Four’ five"));
    assertEquals(List.of("Plain text"), Check.sentences("Plain text"));
    assertEquals(List.of("Is it? No. ", "Yes."), Check.sentences("Is it? No. Yes."));
  }

  private static List<String> elements(Campaign campaign) {
    return campaign.findings().stream().filter(f -> f.kind() == FindingKind.ELEMENT).map(FindingDeclaration::id).toList();
  }

  private static List<String> messages(List<Diagnostic> problems) {
    return problems.stream().map(Diagnostic::message).toList();
  }
}

package letters.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import letters.TestFiles;
import letters.compose.Composer;
import letters.diagnostic.DiagnosticException;
import letters.layout.HouseStyle;
import letters.layout.LetterLayout;
import letters.load.Campaign;
import letters.load.Campaigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new status and a new plan element need their phrases and nothing else: added to a copy of the
 * templates (campaign.yaml and phrasebook.yaml only), every letter states them, and the check finds
 * nothing wrong, though "Partly in place" contains the label "In place".
 */
class NewWordingTest {
  @TempDir Path work;

  @Test
  void aNewStatusNeedsOnlyItsPhrases() throws IOException, DiagnosticException {
    Path templates = templates();
    edit(templates.resolve("campaign.yaml"), "      in_place: In place\n", "      in_place: In place\n      partly_in_place: Partly in place\n");
    edit(templates.resolve("phrasebook.yaml"), "statuses:\n", """
        statuses:
          partly_in_place:
            news: good
            lead: we found that
            join: and
        """);
    phrase(templates, "counter_corruption_review",
        "your review of the capability and capacity of your counter-corruption unit was partly complete");
    phrase(templates, "it_monitoring", "the improved monitoring capability of your IT systems was partly in place");
    phrase(templates, "vulnerable_support",
        "your force was seeking intelligence from some of those organisations that support vulnerable people");
    Campaign campaign = Campaigns.load(templates).value().orElseThrow();
    assertEquals(7 * 7 * 7 * 8, Combinations.of(campaign).size());

    Gallery gallery = Gallery.of(campaign, Composer.of(campaign), Gallery.ASSESSMENT);
    assertEquals(Map.of(), gallery.problems(campaign));
    List<String> partly = gallery.sections(campaign).get("Partly in place").stream().map(Gallery.Entry::sentence).toList();
    assertTrue(partly.contains("We found that your review of the capability and capacity of your counter-corruption unit was partly "
        + "complete, the improved monitoring capability of your IT systems was partly in place and your force was seeking "
        + "intelligence from some of those organisations that support vulnerable people."), partly.toString());
    assertClean(campaign, Map.of("counter_corruption_review", "partly_in_place", "it_monitoring", "in_place"));
    assertClean(campaign, Map.of("it_monitoring", "partly_in_place", "vulnerable_support", "in_place"));
  }

  @Test
  void aNewElementNeedsOnlyItsPhrases() throws IOException, DiagnosticException {
    Path templates = templates();
    edit(templates.resolve("campaign.yaml"), "\noutcomes:\n", """
          staff_training:
            label: Training for staff
            type: element
            values:
              no_information: No information
              unclear: Unclear
              not_evidenced: Not evidenced
              planned: Planned
              commenced: Commenced
              in_place: In place

        outcomes:
        """);
    Files.writeString(templates.resolve("phrasebook.yaml"), Files.readString(templates.resolve("phrasebook.yaml")) + """

          staff_training:
            number: singular
            in_place: your staff had been trained to recognise abuse of position for a sexual purpose
            commenced:
              item: training for staff to recognise abuse of position for a sexual purpose
              then: and this training was already under way
            planned:
              item: training for staff to recognise abuse of position for a sexual purpose
              then: although at the time of our assessment this training had yet to start
            no_information: training staff to recognise abuse of position for a sexual purpose
            unclear: whether training for staff to recognise abuse of position for a sexual purpose had started
            not_evidenced: training for staff to recognise abuse of position for a sexual purpose
        """);
    Campaign campaign = Campaigns.load(templates).value().orElseThrow();
    Check check = new Check(campaign, Composer.of(campaign), LetterLayout.of(HouseStyle.standard()));
    int checked = 0;
    for (Map<String, String> values : Combinations.of(campaign)) {
      if (values.get("counter_corruption_review").equals(values.get("vulnerable_support"))) {
        String assessment = Composer.of(campaign).compose(Combinations.record(campaign, values, true, false))
            .block("assessment").orElseThrow().text();
        assertTrue(assessment.contains("abuse of position for a sexual purpose"), assessment);
        assertEquals(List.of(), check.problems(Combinations.record(campaign, values, true, false), values.toString(), false)
            .stream().map(d -> d.message()).toList());
        checked++;
      }
    }
    assertEquals(6 * 6 * 6 * 8, checked);
  }

  private void assertClean(Campaign campaign, Map<String, String> statuses) {
    Map<String, String> values = new java.util.LinkedHashMap<>(Combinations.of(campaign).getFirst());
    values.putAll(statuses);
    Check check = new Check(campaign, Composer.of(campaign), LetterLayout.of(HouseStyle.standard()));
    assertEquals(List.of(), check.problems(Combinations.record(campaign, values, true, true), values.toString(), true)
        .stream().map(d -> d.message()).toList());
  }

  /** Gives {@code element} its phrase for the new status, right under its number. */
  private static void phrase(Path templates, String element, String words) throws IOException {
    Path phrasebook = templates.resolve("phrasebook.yaml");
    String before = Files.readString(phrasebook);
    int at = before.indexOf("\n", before.indexOf("  " + element + ":\n    number: ")) + 1;
    Files.writeString(phrasebook, before.substring(0, at) + "    partly_in_place: " + words + "\n" + before.substring(at));
  }

  private Path templates() throws IOException {
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    return templates;
  }

  private static void edit(Path file, String text, String replacement) throws IOException {
    String before = Files.readString(file);
    assertTrue(before.contains(text), text);
    Files.writeString(file, before.replace(text, replacement));
  }
}

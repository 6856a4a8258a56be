package letters.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import letters.Letters;
import letters.TestFiles;
import letters.cli.Main;
import letters.compose.Composer;
import letters.diagnostic.DiagnosticException;
import letters.load.Campaign;
import letters.load.Campaigns;
import letters.load.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wording gallery: every distinct sentence of the assessment over every combination, each once
 * with its count and an example that writes it, and every one of them clean by the check.
 */
class GalleryTest {
  private static Campaign campaign;
  private static Composer composer;
  private static Gallery gallery;

  @BeforeAll
  static void collect() throws DiagnosticException {
    campaign = Campaigns.load(Path.of("templates")).value().orElseThrow();
    composer = Composer.of(campaign);
    gallery = Gallery.of(campaign, composer, Gallery.ASSESSMENT);
  }

  @Test
  void listsEachSentenceOfEveryCombinationOnceWithHowManyUseItAndAnExampleThatWritesIt() throws DiagnosticException {
    Map<String, Integer> counted = new HashMap<>();
    for (Map<String, String> values : Combinations.of(campaign)) {
      Set<String> used = new HashSet<>();
      for (boolean notes : new boolean[] {false, true}) {
        Record record = Combinations.record(campaign, values, notes, false);
        String assessment = composer.compose(record).block("assessment").orElseThrow().text();
        for (String sentence : assessment.split("(?<=\\.) (?=[A-Z])")) {
          if (!sentence.startsWith("Note on ")) {
            used.add(sentence);
          }
        }
      }
      used.forEach(sentence -> counted.merge(sentence, 1, Integer::sum));
    }
    assertEquals(1728, gallery.combinations());
    Map<String, Integer> listed = new HashMap<>();
    gallery.entries().forEach(entry -> listed.put(entry.sentence(), entry.combinations()));
    assertEquals(counted, listed);
    for (Gallery.Entry entry : gallery.entries()) {
      Record example = Combinations.record(campaign, entry.example(), entry.withNotes(), false);
      assertTrue(composer.compose(example).text().contains(entry.sentence()), entry.toString());
    }
  }

  @Test
  void everySentenceTheGalleryListsPassesTheCheck() {
    assertEquals(Map.of(), gallery.problems(campaign));
    for (Gallery.Entry entry : gallery.entries()) {
      assertEquals(entry.sentence().contains("the national strategy"), entry.elements().isEmpty(), entry.toString());
    }
  }

  @Test
  void aSentenceThatBreaksARuleIsShownWithItsProblem(@TempDir Path work) throws IOException, DiagnosticException {
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    Path phrasebook = templates.resolve("phrasebook.yaml");
    Files.writeString(phrasebook, Files.readString(phrasebook).replace(
        "then: which was already under way", "then: and this was already in place"));
    Campaign changed = Campaigns.load(templates).value().orElseThrow();
    Gallery broken = Gallery.of(changed, Composer.of(changed), Gallery.ASSESSMENT);
    Map<Gallery.Entry, List<String>> problems = broken.problems(changed);
    assertFalse(problems.isEmpty());
    problems.forEach((entry, found) -> {
      assertEquals(Map.of("counter_corruption_review", "commenced"), entry.statuses(), entry.toString());
      assertTrue(found.stream().anyMatch(p -> p.startsWith("status: 'counter_corruption_review' is commenced but its sentence says 'in place'")),
          found.toString());
    });
  }

  @Test
  void sectionsFollowTheStatusesTheirSentencesState() {
    Map<String, List<Gallery.Entry>> sections = gallery.sections(campaign);
    assertEquals(List.of("", "No information", "Unclear", "Not evidenced", "Planned", "Commenced", "In place"),
        List.copyOf(sections.keySet()));
    assertEquals(4, sections.get("").size(), "the four openings on the plans and the national strategy");
    Map<String, String> labels = campaign.elements().getFirst().values();
    sections.forEach((heading, entries) -> entries.forEach(entry ->
        entry.statuses().values().forEach(status -> assertEquals(heading, labels.get(status), entry.toString()))));
  }

  @Test
  void theCommandPrintsEverySentenceUnderItsStatusWithItsExample() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"gallery"}, new PrintWriter(out), new PrintWriter(err), Path.of(""), false);
    assertEquals("", err.toString());
    assertEquals(0, status);
    List<String> lines = out.toString().lines().toList();
    assertEquals(String.format("%,d distinct sentences in the assessment over 1,728 combinations of findings, each with and without notes",
        gallery.entries().size()), lines.getFirst());
    assertTrue(lines.contains("== Stating no plan element =="), out.toString());
    assertTrue(lines.contains("== In place =="), out.toString());
    int at = lines.indexOf("Your plans reflected the national strategy agreed at the National Police Chiefs’ Council in April of this year.");
    assertTrue(at > 0, out.toString());
    assertTrue(lines.get(at + 1).matches("    432 of 1,728 combinations, e\\.g\\. national_strategy: reflected, plans_comprehensive: false, .*"),
        lines.get(at + 1));
  }

  @Test
  void theReadmesExampleOfChangingAPhraseShowsWhatTheGalleryPrints(@TempDir Path work) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String before = "then: which was already under way";
    assertTrue(readme.contains(before) && readme.contains("Change `then:` to `which had already started`"));
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    Path phrasebook = templates.resolve("phrasebook.yaml");
    Files.writeString(phrasebook, Files.readString(phrasebook).replace(before, "then: which had already started"));
    StringWriter out = new StringWriter();
    int status = Main.run(new String[] {"gallery", "--templates", templates.toString()}, new PrintWriter(out),
        new PrintWriter(new StringWriter()), Path.of(""), false);
    assertEquals(0, status);
    List<String> lines = out.toString().lines().toList();
    int at = 0;
    while (!lines.get(at).contains("which had already started")) {
      at++;
    }
    String shown = "$ ./letters gallery\n" + lines.getFirst() + "\n…\n== Commenced ==\n…\n" + lines.get(at) + "\n" + lines.get(at + 1) + "\n…\n";
    assertTrue(readme.contains(shown), shown);
  }

  @Test
  void everySeedLettersAssessmentSentenceIsInTheGallery() {
    Letters letters = Letters.open(Path.of("forces"), Path.of("templates"));
    Set<String> listed = new HashSet<>();
    gallery.entries().forEach(entry -> listed.add(entry.sentence()));
    for (Record record : letters.records().value().orElseThrow()) {
      String assessment = letters.letter(record.id()).value().orElseThrow().block("assessment").orElseThrow().text();
      for (String sentence : assessment.split("(?<=\\.) (?=[A-Z])")) {
        assertTrue(listed.contains(sentence), record.id() + ": " + sentence);
      }
    }
  }
}

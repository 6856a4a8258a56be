package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import letters.check.Explainer.Explanation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `explain` names the line that wrote each sentence and the findings that chose it, and follows edits. */
class ExplainTest {
  @Test
  void assessmentSentencesNameTheirLineAndTheFindingsThatChoseThem() throws Exception {
    List<Explanation> explained = Letters.open(Path.of("forces"), Path.of("templates")).explain("warwickshire").value().orElseThrow();
    Explanation opening = find(explained, "Your plans did not reflect the national strategy");
    assertEquals(Path.of("templates/paragraphs/assessment.ftl"), Path.of("").toAbsolutePath().relativize(opening.template().toAbsolutePath()));
    assertEquals(lineOf("templates/paragraphs/assessment.ftl", "\"Your plans \" + reflected"), opening.line());
    assertEquals(Map.of("national_strategy", "not_reflected", "plans_comprehensive", "false"), opening.findings());

    Explanation none = find(explained, "o information was provided");
    assertEquals(Path.of("templates/phrasebook.yaml"), Path.of("").toAbsolutePath().relativize(none.template().toAbsolutePath()));
    assertEquals(lineOf("templates/phrasebook.yaml", "lead: no information was provided"), none.line());
    assertTrue(none.lines().contains(lineOf("templates/phrasebook.yaml", "no_information: improving your IT")), none.toString());
    assertTrue(none.findings().keySet().containsAll(List.of("counter_corruption_review", "it_monitoring")), none.toString());

    Explanation commenced = find(explained, "and this had started");
    assertEquals(lineOf("templates/phrasebook.yaml", "plans: your plans"), commenced.line(), commenced.toString());
    assertTrue(commenced.lines().contains(lineOf("templates/phrasebook.yaml", "then: and this had started")),
        commenced.toString());
    assertEquals("commenced", commenced.findings().get("vulnerable_support"));
  }

  @Test
  void fixedTextAndDataNameWhereTheyAreWritten() throws Exception {
    List<Explanation> explained = Letters.open(Path.of("forces"), Path.of("templates")).explain("thames-valley").value().orElseThrow();
    Explanation contact = find(explained, "If you have any queries");
    assertTrue(contact.template().endsWith(Path.of("paragraphs/contact.ftl")) && contact.line() == 2, contact.toString());
    assertEquals(Map.of(), contact.findings());
    Explanation force = explained.stream().filter(e -> e.sentence().equals("Thames Valley Police")).findFirst().orElseThrow();
    assertTrue(force.template().endsWith(Path.of("forces/thames-valley.yaml")), force.toString());
  }

  @Test
  void anEditedTemplateIsFollowed(@TempDir Path work) throws Exception {
    TestFiles.copyTree(Path.of("templates"), work.resolve("templates"));
    Path publication = work.resolve("templates/paragraphs/publication.ftl");
    Files.writeString(publication, "<p>\n  A new first line.\n" + Files.readString(publication).substring(4));
    List<Explanation> explained = Letters.open(Path.of("forces"), work.resolve("templates")).explain("thames-valley").value().orElseThrow();
    Explanation moved = find(explained, "This letter will be published");
    assertEquals(3, moved.line(), moved.toString());
  }

  private static Explanation find(List<Explanation> explained, String start) {
    return explained.stream().filter(e -> e.sentence().contains(start)).findFirst()
        .orElseThrow(() -> new AssertionError(start + " in " + explained));
  }

  private static int lineOf(String file, String text) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }
}

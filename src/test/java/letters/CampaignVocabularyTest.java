package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tool knows no campaign: every word of a campaign's domain is in its templates and records.
 * The sources (Java and resources) are searched for the vocabulary of both campaigns the project
 * holds, the shipped letters to police forces and the test suite's letters to fire and rescue
 * services, as whole words and case aside. "Forced" (a forced line break, CSS's forced-colors) is
 * typesetting, not a campaign's word, and a whole-word match leaves it alone.
 */
class CampaignVocabularyTest {
  private static final Pattern VOCABULARY = Pattern.compile(
      "\\b(forces?|chief[ _-]?constables?|police|policing|hmicfrs|via email|fire|rescue|chief fire officers?)\\b",
      Pattern.CASE_INSENSITIVE);

  @Test
  void noCampaignWordIsInTheTool() throws IOException {
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (VOCABULARY.matcher(lines.get(i)).find()) {
            hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), hits, "campaign vocabulary in the tool's sources; move it to the templates");
  }

  @Test
  void theSearchFindsEachCampaignsWords() {
    for (String line : List.of("Path forces;", "chief_constable", "ChiefConstable", "Police", "HMICFRS",
        "delivery: Via email", "a fire", "Rescue", "Chief Fire Officer")) {
      assertEquals(true, VOCABULARY.matcher(line).find(), line);
    }
    for (String line : List.of("Item.Penalty.forced()", "@media (forced-colors: active)", "enforce", "firewall")) {
      assertEquals(false, VOCABULARY.matcher(line).find(), line);
    }
  }
}

package letters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's record section shows the shipped declaration as it is, so that it never lies. */
class ReadmeRecordTest {
  @Test
  void theReadmeShowsTheShippedRecordAndDocumentSectionsWordForWord() throws IOException {
    String campaign = Files.readString(Path.of("templates/campaign.yaml"));
    int start = campaign.indexOf("\nrecord:\n") + 1;
    int end = campaign.indexOf("\n\n", campaign.indexOf("\ndocument:\n") + 1);
    String declared = campaign.substring(start, end);
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains("```yaml\n" + declared + "\n```\n"),
        "copy the record and document sections of templates/campaign.yaml into the README:\n" + declared);
  }
}

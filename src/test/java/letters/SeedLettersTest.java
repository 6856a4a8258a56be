package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import letters.compose.Block;
import letters.compose.BlockKind;
import letters.compose.Letter;
import letters.load.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five letters of 2017 whose text we have, rebuilt from their records and read back from the
 * PDFs: each must match its golden text, repeat its seed's fixed wording, and state its seed's
 * findings. Run with {@code -Dgolden.update=true} to rewrite the golden files after a deliberate
 * change, then read the diff.
 */
class SeedLettersTest {
  private static final Path SEEDS = Path.of("src/test/resources/seeds");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir static Path out;
  private static Letters letters;

  @BeforeAll
  static void build() {
    letters = Letters.open(Path.of("forces"), Path.of("templates"));
    BuildReport report = letters.build(List.of(), out, Progress.NONE);
    assertTrue(report.isClean(), () -> "build problems: " + report.diagnostics());
  }

  @ParameterizedTest
  @ValueSource(strings = {"avon-and-somerset", "cambridgeshire", "northamptonshire", "thames-valley", "warwickshire"})
  void textReadBackFromThePdfMatchesTheGoldenText(String id) throws IOException {
    String text = PdfText.text(Files.readAllBytes(out.resolve(id + ".pdf")));
    Path golden = GOLDEN.resolve(id + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"avon-and-somerset", "cambridgeshire", "northamptonshire", "thames-valley", "warwickshire"})
  void fixedWordingRecipientCopyAndSignOffAreTheSeedsOwn(String id) throws IOException {
    String seed = PdfText.normalise(Files.readString(SEEDS.resolve(id + ".txt")));
    String pdf = PdfText.normalise(PdfText.body(Files.readAllBytes(out.resolve(id + ".pdf"))));
    Letter letter = letters.letter(id).value().orElseThrow();
    List<BlockKind> checked =
        List.of(BlockKind.RECIPIENT, BlockKind.COPIED_TO, BlockKind.DATE, BlockKind.SALUTATION,
            BlockKind.SUBJECT, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.CLOSING, BlockKind.SIGNATORY);
    int lines = 0;
    for (Block block : letter.blocks()) {
      if (!checked.contains(block.kind()) || block.role().isPresent()) {
        continue;
      }
      for (String line : block.text().split("\n")) {
        String wanted = PdfText.normalise(line);
        assertTrue(seed.contains(wanted), () -> id + ": the seed does not say: " + wanted);
        assertTrue(pdf.contains(wanted), () -> id + ": the PDF does not show: " + wanted);
        lines++;
      }
    }
    assertTrue(lines >= 15, "too few lines compared: " + lines);
  }

  @ParameterizedTest
  @ValueSource(strings = {"avon-and-somerset", "cambridgeshire", "northamptonshire", "thames-valley", "warwickshire"})
  void assessmentStatesExactlyTheSeedsFindings(String id) throws IOException {
    String seed = assessment(PdfText.normalise(Files.readString(SEEDS.resolve(id + ".txt"))));
    String ours = assessment(PdfText.normalise(PdfText.body(Files.readAllBytes(out.resolve(id + ".pdf")))));
    Map<String, String> seedFindings = FindingsReader.read(seed);
    assertEquals(seedFindings, FindingsReader.read(ours), () -> "ours: " + ours);
    assertEquals(seedFindings, recordFindings(id), "the record does not hold the seed's findings");
  }

  /** The assessment paragraph: after the review paragraph, before the publication paragraph. */
  private static String assessment(String text) {
    String before = "submitted by 31 May 2017.";
    int start = text.indexOf(before) + before.length();
    int end = text.indexOf("This letter will be published");
    assertTrue(start > before.length() && end > start, "assessment paragraph not found");
    return text.substring(start, end).strip();
  }

  private static Map<String, String> recordFindings(String id) {
    Record record = letters.record(id).value().orElseThrow();
    Map<String, String> findings = new LinkedHashMap<>();
    record.findings().forEach((key, finding) -> findings.put(key, finding.value()));
    return findings;
  }
}

package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import letters.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user meets it: what it prints, what it writes, how it exits. */
class CommandLineTest {
  @TempDir Path work;
  private Path forces;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void copyShippedRecords() throws IOException {
    forces = Files.createDirectories(work.resolve("forces"));
    try (Stream<Path> files = Files.list(Path.of("forces"))) {
      for (Path file : files.toList()) {
        Files.copy(file, forces.resolve(file.getFileName()));
      }
    }
  }

  private int run(String... args) {
    String[] full = Stream.concat(Stream.of(args),
            Stream.of("--records", "forces", "--templates", Path.of("templates").toAbsolutePath().toString()))
        .toArray(String[]::new);
    return Main.run(full, new PrintWriter(out, true), new PrintWriter(err, true), work, false);
  }

  @Test
  void buildWritesEveryLetterAndSaysSoInOneLine() {
    assertEquals(0, run("build"));
    assertEquals("5 letters written to out\n", out.toString());
    assertEquals("", err.toString());
    assertTrue(Files.isRegularFile(work.resolve("out/thames-valley.pdf")));
    assertTrue(Files.isRegularFile(work.resolve("out/manifest.json")));
  }

  @Test
  void previewWithPngWritesEachPageAsAnImage() throws IOException {
    assertEquals(0, run("preview", "thames-valley", "--png"));
    assertEquals("out/preview/thames-valley.pdf\nout/preview/thames-valley-1.png\nout/preview/thames-valley-2.png\n", out.toString());
    java.awt.image.BufferedImage page = javax.imageio.ImageIO.read(work.resolve("out/preview/thames-valley-1.png").toFile());
    assertEquals(909, page.getWidth(), 2);
  }

  @Test
  void previewOpenWithoutADesktopSaysSoAndStillSucceeds() {
    assertEquals(0, run("preview", "thames-valley", "--open"));
    assertEquals("letters: no desktop viewer here; open out/preview/thames-valley.pdf yourself\n", err.toString());
  }

  @Test
  void summaryWritesTheOverviewAndNamesBothFiles() {
    assertEquals(0, run("summary"));
    assertEquals("out/summary.csv\nout/summary.pdf\n", out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void buildWithBundleAlsoWritesTheBundle() {
    assertEquals(0, run("build", "--bundle"));
    assertEquals("5 letters written to out\nbundle written to out/bundle.pdf\n", out.toString());
    assertTrue(Files.isRegularFile(work.resolve("out/bundle.pdf")));
  }

  @Test
  void buildOfChosenIdsWritesOnlyThose() throws IOException {
    assertEquals(0, run("build", "warwickshire", "cambridgeshire", "--out", "letters"));
    assertEquals(List.of("cambridgeshire.pdf", "cambridgeshire.txt", "manifest.json", "warwickshire.pdf", "warwickshire.txt"), files(work.resolve("letters")));
  }

  @Test
  void badRecordGetsOneLineWithPositionAndTheOtherLettersAreStillWritten() throws IOException {
    Files.writeString(forces.resolve("kent.yaml"), """
        force: Kent Police
        chief_constable: {}
        findings:
          national_strategy: reflected
          counter_corruption_review: started
          it_monitoring: planned
          vulnerable_support: planned
        outcom: plans_not_commenced
        """);
    assertEquals(1, run("build"));
    assertEquals("""
        forces/kent.yaml:5:30: error: 'counter_corruption_review' is 'started'; allowed: no_information, unclear, not_evidenced, planned, commenced, in_place
        forces/kent.yaml:8:1: error: unknown key 'outcom' in a record (did you mean 'outcome'?); allowed: force, chief_constable, delivery, copied_to, findings, outcome, sign_off
        """, err.toString());
    assertEquals("5 letters written to out, 1 failed\n", out.toString());
    assertFalse(Files.exists(work.resolve("out/kent.pdf")));
    assertTrue(files(work.resolve("out")).stream().noneMatch(name -> name.startsWith(".")), "no temporary files");
  }

  @Test
  void brokenTemplateNamesItsFileLineAndColumn() throws IOException {
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    Files.writeString(templates.resolve("paragraphs/contact.ftl"), "<p>Contact ${facts.contact.nobody}.</p>\n");
    int status = Main.run(new String[] {"build"}, new PrintWriter(out, true), new PrintWriter(err, true), work, false);
    assertEquals(1, status);
    assertEquals(
        "templates/paragraphs/contact.ftl:1:14: error: 'facts.contact.nobody' is missing (use ?? or ! to test or default it) (in 5 letters)\n",
        err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace");
    assertEquals(List.of("manifest.json"), files(work.resolve("out")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"build thames-valley --debug", "--debug build thames-valley", "build --debug thames-valley"})
  void debugShowsTheStackTraceBehindAnErrorBeforeTheCommandsNameOrAfterIt(String line) throws IOException {
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    Files.writeString(templates.resolve("paragraphs/contact.ftl"), "<p>Contact ${facts.contact.nobody}.</p>\n");
    int status = Main.run(line.split(" "), new PrintWriter(out, true), new PrintWriter(err, true), work, false);
    assertEquals(1, status, err.toString());
    assertTrue(err.toString().startsWith("templates/paragraphs/contact.ftl:1:14: error: "), err.toString());
    assertTrue(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void previewWritesOneLetterAndPrintsItsPath() {
    assertEquals(0, run("preview", "northamptonshire"));
    assertEquals("out/preview/northamptonshire.pdf\n", out.toString());
    assertTrue(Files.isRegularFile(work.resolve("out/preview/northamptonshire.pdf")));
  }

  @Test
  void previewNeverTouchesTheTextDiffComparesWith() throws IOException {
    assertEquals(0, run("build", "northamptonshire"));
    Path baseline = work.resolve("out/northamptonshire.txt");
    String built = Files.readString(baseline);
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    Path contact = templates.resolve("paragraphs/contact.ftl");
    Files.writeString(contact, Files.readString(contact).replace("If you have any queries", "Should you have any queries"));
    int status = Main.run(new String[] {"preview", "northamptonshire"}, new PrintWriter(out, true), new PrintWriter(err, true), work, false);
    assertEquals(0, status, err.toString());
    assertEquals(built, Files.readString(baseline), "the build's text is left alone");
    out.getBuffer().setLength(0);
    assertEquals(1, Main.run(new String[] {"diff"}, new PrintWriter(out, true), new PrintWriter(err, true), work, false));
    assertTrue(out.toString().contains("northamptonshire: 1 change\n  … plans during a subsequent inspection. [-If-] {+Should+}"),
        out.toString());
  }

  @Test
  void previewTextPrintsTheLetter() {
    assertEquals(0, run("preview", "thames-valley", "--text"));
    assertTrue(out.toString().contains("Dear Chief Constable\n\nHMICFRS assessment:"), out.toString());
    assertFalse(Files.exists(work.resolve("out")));
  }

  @Test
  void unknownForceIsAnErrorNamingTheRecordFile() {
    assertEquals(1, run("preview", "atlantis"));
    assertEquals("forces/atlantis.yaml: error: no record 'atlantis'; the records are: "
        + "avon-and-somerset, cambridgeshire, northamptonshire, thames-valley, warwickshire\n", err.toString());
  }

  @Test
  void mistypedForceGetsTheNearestId() {
    assertEquals(1, run("explain", "thames"));
    assertTrue(err.toString().startsWith(
        "forces/thames.yaml: error: no record 'thames' (did you mean 'thames-valley'?); the records are: "), err.toString());
  }

  @Test
  void idsMayBeGivenAsTheirRecordsFiles() {
    assertEquals(0, run("build", "forces/thames-valley.yaml", "warwickshire.yaml"));
    assertEquals("2 letters written to out\n", out.toString());
    assertTrue(Files.isRegularFile(work.resolve("out/thames-valley.pdf")));
  }

  @Test
  void aRecordOutsideTheForcesFolderIsBadUsage() {
    assertEquals(2, run("build", "elsewhere/thames-valley.yaml"));
    assertEquals("letters: 'elsewhere/thames-valley.yaml' is not a record in the records folder forces; "
        + "name a record by its id (such as thames-valley), or give --records for another folder\n", err.toString());
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, run("build", "--colour"));
    assertTrue(err.toString().startsWith("letters build: Unknown option: '--colour'\nUsage: letters build [-h]"), err.toString());
    assertTrue(err.toString().endsWith("Try 'letters build --help' for more.\n"), err.toString());
    assertEquals("", out.toString());
    assertEquals(2, Main.run(new String[0], new PrintWriter(out, true), new PrintWriter(err, true), work, false));
  }

  @Test
  void helpAndVersion() {
    assertEquals(0, Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(err, true), work, false));
    assertTrue(out.toString().contains("build"), out.toString());
    assertEquals(0, Main.run(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(err, true), work, false));
    assertTrue(out.toString().contains("letters "), out.toString());
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

}

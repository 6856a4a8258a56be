package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import letters.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `letters diff` says after real edits to a template and to a record. */
class DiffTest {
  @TempDir Path work;
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void build() throws Exception {
    TestFiles.copyProject(work);
    assertEquals(0, run("build"));
    out.getBuffer().setLength(0);
  }

  @Test
  void nothingChangedIsSaidAndExitsZero() {
    assertEquals(0, run("diff"));
    assertEquals("unchanged: avon-and-somerset, cambridgeshire, northamptonshire, thames-valley, warwickshire\n", out.toString());
  }

  @Test
  void aTemplateEditShowsTheChangedWordsInEveryLetter() throws Exception {
    Path contact = work.resolve("templates/paragraphs/contact.ftl");
    Files.writeString(contact, Files.readString(contact).replace("If you have any queries", "Should you have any queries"));
    assertEquals(1, run("diff", "thames-valley", "warwickshire"));
    assertEquals("""
        thames-valley: 1 change
          … plans during a subsequent inspection. [-If-] {+Should+} you have any queries, please …
        warwickshire: 1 change
          … plans during a subsequent inspection. [-If-] {+Should+} you have any queries, please …
        """, out.toString());
  }

  @Test
  void aRecordEditChangesOnlyThatLettersAssessment() throws Exception {
    Path record = work.resolve("forces/thames-valley.yaml");
    Files.writeString(record, Files.readString(record).replace("it_monitoring: no_information", "it_monitoring: planned"));
    assertEquals(1, run("diff"));
    String said = out.toString();
    assertEquals(true, said.startsWith("thames-valley: "), said);
    assertEquals(true, said.contains("{+They included improvements to your IT systems’ monitoring capability,"), said);
    assertEquals(true, said.endsWith("unchanged: avon-and-somerset, cambridgeshire, northamptonshire, warwickshire\n"), said);
  }

  @Test
  void aLetterTheLastBuildDidNotWriteIsNew() throws Exception {
    Files.writeString(work.resolve("forces/kent.yaml"),
        Files.readString(work.resolve("forces/warwickshire.yaml")).replace("Warwickshire Police", "Kent Police"));
    assertEquals(1, run("diff", "kent"));
    assertEquals("kent: new (no text from a build in out)\n", out.toString());
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), work, false);
  }
}

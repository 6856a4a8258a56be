package letters.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import letters.TestFiles;
import letters.compose.Composer;
import letters.diagnostic.Diagnostic;
import letters.layout.HouseStyle;
import letters.layout.LetterLayout;
import letters.load.Campaign;
import letters.load.Campaigns;
import letters.load.Record;
import letters.load.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record's names and notes are printed as written, so characters in them that look like
 * template code are the record's text: the check reports no error for them, only a warning
 * naming the record's file and field, while the same characters written by a template stay an
 * error.
 */
class RecordTextTest {
  @TempDir Path work;

  @Test
  void codeLikeRecordTextIsAWarningNamingTheFieldNotAnError() throws IOException {
    Path forces = work.resolve("forces");
    TestFiles.copyTree(Path.of("forces"), forces);
    Path file = forces.resolve("warwickshire.yaml");
    Files.writeString(file, Files.readString(file)
        .replace("force: Warwickshire Police", "force: \"Warwickshire ${police}\"")
        .replace("  vulnerable_support: commenced\n",
            "  vulnerable_support:\n    status: commenced\n    note: \"It wrote <#if plan>done</#if> and #{x}.\"\n"));
    Campaign campaign = Campaigns.load(Path.of("templates")).value().orElseThrow();
    Record record = Records.loadOne(forces, "warwickshire", campaign).value().orElseThrow();
    Check check = new Check(campaign, Composer.of(campaign), LetterLayout.of(HouseStyle.standard()));

    assertEquals(List.of(), check.problems(record, "warwickshire", true));
    assertEquals(List.of(
            file + ":2:8: warning: force holds '${', which the letter prints as written: a record's text is never"
                + " run as template code",
            file + ":12:11: warning: findings.vulnerable_support.note holds '<#', which the letter prints as written: a"
                + " record's text is never run as template code"),
        Check.textLikeCode(record).stream().map(d -> d.format(null)).toList());
  }

  @Test
  void theSameCharactersFromATemplateAreStillAnError() throws IOException {
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    Files.writeString(templates.resolve("paragraphs/contact.ftl"),
        "<p>Contact ${record.force} about <#noparse>${contact}</#noparse> today.</p>\n");
    Campaign campaign = Campaigns.load(templates).value().orElseThrow();
    Record record = Records.loadOne(Path.of("forces"), "warwickshire", campaign).value().orElseThrow();
    List<Diagnostic> problems =
        new Check(campaign, Composer.of(campaign), LetterLayout.of(HouseStyle.standard())).problems(record, "w", true);
    assertEquals(List.of("placeholder: template code in the text: '${' (in w)"),
        problems.stream().map(Diagnostic::message).toList());
  }
}

package letters.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import letters.check.Combinations;
import letters.diagnostic.DiagnosticException;
import letters.load.Campaign;
import letters.load.Campaigns;
import letters.load.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which includes are found not to read the findings, and that the letters composed with those run
 * once are the letters composed in full: for every combination of the shipped campaign's findings
 * in every variant.
 */
class FindingsComposerTest {
  @TempDir Path work;

  @Test
  void everyLetterOfTheShippedCampaignIsTheLetterComposedInFull() throws DiagnosticException {
    Campaign campaign = Campaigns.load(Path.of("templates")).value().orElseThrow();
    Composer composer = Composer.of(campaign);
    List<Map<String, String>> combinations = Combinations.of(campaign);
    for (int variant = 0; variant < 4; variant++) {
      boolean notes = variant % 2 == 1;
      boolean full = variant / 2 == 1;
      FindingsComposer once = FindingsComposer.of(composer, Combinations.record(campaign, combinations.get(5), notes, full));
      // All but the recipient (which assigns a variable) and the assessment.
      assertEquals(8, once.runOnce());
      for (Map<String, String> values : combinations) {
        Record record = Combinations.record(campaign, values, notes, full);
        assertEquals(composer.compose(record), once.compose(record), values.toString());
      }
    }
  }

  @Test
  void anIncludeReadingTheFindingsOrWhatTheyDecideRunsForEveryLetter() throws IOException {
    // Each file after a line naming it. A library is taken whole: one of its functions reading what
    // the findings decide (lib.ftl's late) makes every one of them count as reading it.
    Map<String, String> files = files("""
        == letter.ftl
        <#import "lib.ftl" as lib>
        <#import "clean.ftl" as clean>
        <#assign facts = campaign.facts>
        <#assign v = record.findings.x>
        <#if record.findings.y><#assign w = 1><#else><#assign w = 2></#if>
        <#macro later>${v}</#macro>
        <#include "facts.ftl">
        <#include "force.ftl">
        <#include "findings.ftl">
        <#include "assigned.ftl">
        <#include "decided.ftl">
        <#include "special.ftl">
        <#include "assigns.ftl">
        <#include "calls.ftl">
        <#include "whole.ftl">
        <#include "nested.ftl">
        <#include "pure.ftl">
        <#include "impure.ftl">
        <#include "macro.ftl">
        == lib.ftl
        <#function plain a><#return a></#function>
        <#function late><#return g></#function>
        <#global g = record.findings.z>
        == clean.ftl
        <#function plain a><#return a></#function>
        == facts.ftl
        <p>${facts.a}</p>
        == force.ftl
        <p>${record.force}</p>
        == findings.ftl
        <p>${record.findings.x}</p>
        == assigned.ftl
        <p>${v}</p>
        == decided.ftl
        <p>${w}</p>
        == special.ftl
        <p>${.vars["v"]}</p>
        == assigns.ftl
        <#assign u = 1><p>${facts.a}</p>
        == calls.ftl
        <p>${lib.late()}</p>
        == whole.ftl
        <#list record?keys as k>${k}</#list>
        == nested.ftl
        <#include "findings.ftl">
        == pure.ftl
        <p>${clean.plain(facts.b)}</p>
        == impure.ftl
        <p>${lib.plain(facts.b)}</p>
        == macro.ftl
        <p><@later/></p>
        """);
    assertEquals(new TreeSet<>(List.of("#include \"facts.ftl\"", "#include \"force.ftl\"", "#include \"pure.ftl\"")),
        fixed(files));
  }

  @Test
  void templatesDoingWhatTheReadingCannotFollowLeaveNoIncludeRunOnce() throws IOException {
    for (String unfollowed : List.of("<#setting locale=\"fr\">", "<#attempt>x<#recover>y</#attempt>",
        "<#assign n = \"facts.ftl\"><#include n>", "<#list 1..3 as i><#if i == 2><#break></#if></#list>")) {
      Map<String, String> files = Map.of("letter.ftl", unfollowed + "\n<#include \"facts.ftl\">\n", "facts.ftl", "<p>x</p>");
      assertEquals(new TreeSet<>(), fixed(files), unfollowed);
    }
    Map<String, String> reserved = Map.of("letter.ftl", "<#include \"facts.ftl\">\n", "facts.ftl",
        "<p>${" + KeptIncludes.PART + "!}</p>");
    assertEquals(new TreeSet<>(), fixed(reserved));
  }

  /** Files written one after another, each after a line "== name". */
  static Map<String, String> files(String all) {
    Map<String, String> files = new java.util.LinkedHashMap<>();
    for (String file : all.split("(?m)^== ")) {
      if (!file.isEmpty()) {
        files.put(file.substring(0, file.indexOf('\n')), file.substring(file.indexOf('\n') + 1));
      }
    }
    return files;
  }

  private TreeSet<String> fixed(Map<String, String> files) throws IOException {
    return fixed(work, files, FixedIncludes.Varies.FINDINGS);
  }

  /** The descriptions of the includes of {@code files}' letter.ftl that cannot read what {@code varies}. */
  @SuppressWarnings("deprecation") // The element tree is FreeMarker's only view of a parsed template.
  static TreeSet<String> fixed(Path work, Map<String, String> files, FixedIncludes.Varies varies) throws IOException {
    Path folder = Files.createTempDirectory(work, "templates");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue());
    }
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setDirectoryForTemplateLoading(folder.toFile());
    TreeSet<String> fixed = new TreeSet<>();
    FixedIncludes.of(configuration.getTemplate("letter.ftl"), FixedIncludes.through(configuration), varies, KeptIncludes.PART)
        .forEach(include -> fixed.add(include.getDescription()));
    return fixed;
  }
}

package letters.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import letters.TestFiles;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.load.Campaign;
import letters.load.Campaigns;
import letters.load.Record;
import letters.load.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which includes are found to read nothing of a record, and that the letters a composer writes with
 * their text kept are the letters composed in full: for every record of the shipped campaign and of
 * the second campaign, unsigned and signed off by each signatory, and for problems met on the way.
 */
class KeptIncludesTest {
  @TempDir Path work;

  @Test
  void everyLetterOfBothCampaignsIsTheLetterComposedInFull() throws Exception {
    assertKeptLettersAreFull(Path.of("templates"), 7);
    assertKeptLettersAreFull(Path.of("src/test/resources/campaigns/fire/templates"), 2);
  }

  private static void assertKeptLettersAreFull(Path templates, int kept) throws Exception {
    Campaign campaign = Campaigns.load(templates).value().orElseThrow();
    List<Record> records = variants(campaign,
        Records.load(Campaigns.recordsFolder(templates).orElseThrow(), campaign).value().orElseThrow());
    Composer composer = Composer.of(campaign);
    KeptIncludes once = KeptIncludes.of(composer, records.getLast(), FixedIncludes.Varies.RECORD).orElseThrow();
    assertEquals(kept, once.size(), templates.toString());
    for (Record record : records) {
      Letter full = composer.inFull(record);
      assertEquals(full, once.compose(record), record.id() + " " + record.signOff());
      assertEquals(full, composer.compose(record), record.id() + " " + record.signOff());
    }
  }

  /** Each record unsigned and signed off by each of the campaign's signatories. */
  private static List<Record> variants(Campaign campaign, List<Record> records) {
    List<Record> all = new ArrayList<>();
    for (Record record : records) {
      all.add(signedBy(record, Optional.empty()));
      for (String signatory : campaign.signatories().keySet()) {
        all.add(signedBy(record, Optional.of(new Record.SignOff(signatory, campaign.letterDate()))));
      }
    }
    return all;
  }

  private static Record signedBy(Record record, Optional<Record.SignOff> signOff) {
    return new Record(record.id(), record.file(), record.name(), record.envelope(), record.findings(),
        record.outcome(), signOff);
  }

  @Test
  void lettersComposedOnTwoThreadsWithOneComposerAreTheLettersComposedInFull() throws Exception {
    Campaign campaign = Campaigns.load(Path.of("templates")).value().orElseThrow();
    List<Record> records = variants(campaign, Records.load(Path.of("forces"), campaign).value().orElseThrow());
    Composer composer = Composer.of(campaign);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Letter>> letters = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        records.forEach(record -> letters.add(pool.submit(() -> composer.compose(record))));
      }
      for (int i = 0; i < letters.size(); i++) {
        assertEquals(composer.inFull(records.get(i % records.size())), letters.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aComposerMakesItsKeptIncludesOnceWithItsSecondLetterOrAfterAFewWhoseLettersFail() throws Exception {
    TestFiles.copyProject(work);
    Path recipient = work.resolve("templates/recipient.ftl");
    Files.writeString(recipient, Files.readString(recipient) + "<#if record.id?starts_with(\"a\")>${record.nowhere}</#if>\n");
    Campaign campaign = Campaigns.load(work.resolve("templates")).value().orElseThrow();
    Composer composer = Composer.of(campaign);
    List<Record> records = Records.load(work.resolve("forces"), campaign).value().orElseThrow();
    Record fails = records.stream().filter(record -> record.id().startsWith("a")).findFirst().orElseThrow();
    Record writes = records.stream().filter(record -> !record.id().startsWith("a")).findFirst().orElseThrow();
    KeptIncludes.Once once = new KeptIncludes.Once(composer, FixedIncludes.Varies.RECORD);
    assertEquals(Optional.empty(), once.forLetterOf(writes));
    assertEquals(Optional.empty(), once.forLetterOf(fails));
    KeptIncludes kept = once.forLetterOf(writes).orElseThrow();
    assertSame(kept, once.forLetterOf(fails).orElseThrow());
    KeptIncludes.Once never = new KeptIncludes.Once(composer, FixedIncludes.Varies.RECORD);
    for (int letter = 0; letter < 4; letter++) {
      assertEquals(Optional.empty(), never.forLetterOf(fails));
    }
    assertEquals(Optional.empty(), never.forLetterOf(writes));
  }

  @Test
  void anIncludeReadingTheRecordOrTheSignatoryInAnyWayRunsForEveryLetter() throws IOException {
    java.util.Map<String, String> files = FindingsComposerTest.files("""
        == letter.ftl
        <#import "lib.ftl" as lib>
        <#import "clean.ftl" as clean>
        <#assign facts = campaign.facts>
        <#assign who = record.force>
        <#assign signer = signatory>
        <#include "facts.ftl">
        <#include "sender.ftl">
        <#include "dated.ftl">
        <#include "pure.ftl">
        <#include "force.ftl">
        <#include "findings.ftl">
        <#include "signatory.ftl">
        <#include "assigned.ftl">
        <#include "signer.ftl">
        <#include "special.ftl">
        <#include "keys.ftl">
        <#include "calls.ftl">
        <#include "macro.ftl">
        <#include "nested.ftl">
        <#include "assigns.ftl">
        <#include "range.ftl">
        == lib.ftl
        <#function named><#return "x"></#function>
        <#macro line>${record.id}</#macro>
        == clean.ftl
        <#function plain a><#return a></#function>
        == facts.ftl
        <p>${facts.a}</p>
        == sender.ftl
        <p>${sender.name}</p>
        == dated.ftl
        <p>${campaign.letter_date?string("d MMMM yyyy")}</p>
        == pure.ftl
        <p>${clean.plain(facts.b)}</p>
        == force.ftl
        <p>${record.force}</p>
        == findings.ftl
        <p>${record.findings.x}</p>
        == signatory.ftl
        <p>${signatory.name}</p>
        == assigned.ftl
        <p>${who}</p>
        == signer.ftl
        <p>${signer.name}</p>
        == special.ftl
        <p>${.vars["facts"].a}</p>
        == keys.ftl
        <#list record?keys as k>${k}</#list>
        == calls.ftl
        <p>${lib.named()}</p>
        == macro.ftl
        <p><@lib.line/></p>
        == nested.ftl
        <#include "force.ftl">
        == assigns.ftl
        <#assign u = 1><p>${facts.a}</p>
        == range.ftl
        <#list 1..record.findings?size as i>${i}</#list>
        """);
    assertEquals(new TreeSet<>(List.of("#include \"dated.ftl\"", "#include \"facts.ftl\"", "#include \"pure.ftl\"",
        "#include \"sender.ftl\"")), FindingsComposerTest.fixed(work, files, FixedIncludes.Varies.RECORD));
  }

  @Test
  void aValueAssignedIntoANamespaceLeavesEveryIncludeRunningForEveryLetter() throws IOException {
    java.util.Map<String, String> files = FindingsComposerTest.files("""
        == letter.ftl
        <#import "clean.ftl" as clean>
        <#assign who = record.force in clean>
        <#assign said = "in the house">
        <#include "namespaced.ftl">
        == clean.ftl
        <#function plain a><#return a></#function>
        == namespaced.ftl
        <p>${clean.who}</p>
        """);
    assertEquals(new TreeSet<>(), FindingsComposerTest.fixed(work, files, FixedIncludes.Varies.RECORD));
  }

  @Test
  void aProblemInAKeptIncludeIsToldWhereItIs() throws Exception {
    TestFiles.copyProject(work);
    Path background = work.resolve("templates/paragraphs/background.ftl");
    Files.writeString(background, "<p>${facts.report.published}</p>\n<p>${facts.nowhere}</p>\n");
    Campaign campaign = Campaigns.load(work.resolve("templates")).value().orElseThrow();
    Composer composer = Composer.of(campaign);
    for (Record record : Records.load(work.resolve("forces"), campaign).value().orElseThrow()) {
      Diagnostic told = assertThrows(DiagnosticException.class, () -> composer.compose(record)).diagnostic();
      assertEquals(told, assertThrows(DiagnosticException.class, () -> composer.inFull(record)).diagnostic());
      assertEquals(List.of(background, 2), List.of(told.file(), told.line()), told.toString());
    }
  }

  @Test
  void aProblemOneRecordMeetsAfterTheIncludesAreKeptIsToldAsTheWholeEntryTellsIt() throws Exception {
    TestFiles.copyProject(work);
    List<String> ids = Records.load(work.resolve("forces"), Campaigns.load(work.resolve("templates")).value()
        .orElseThrow()).value().orElseThrow().stream().map(Record::id).toList();
    // A value missing for one record; for another, a tag left open that a kept include's text meets.
    Path recipient = work.resolve("templates/recipient.ftl");
    Files.writeString(recipient, Files.readString(recipient) + "<#if record.id == \"" + ids.get(1) + "\">${record.nowhere}</#if>\n");
    Path letter = work.resolve("templates/letter.ftl");
    Files.writeString(letter, Files.readString(letter).replace("<#include \"paragraphs/background.ftl\">",
        "<#if record.id == \"" + ids.get(2) + "\"><p></#if>\n<#include \"paragraphs/background.ftl\">"));
    Campaign campaign = Campaigns.load(work.resolve("templates")).value().orElseThrow();
    Composer composer = Composer.of(campaign);
    List<Record> records = Records.load(work.resolve("forces"), campaign).value().orElseThrow();
    // The second letter asked for makes the kept includes.
    for (int twice = 0; twice < 2; twice++) {
      assertEquals(composer.inFull(records.getFirst()), composer.compose(records.getFirst()));
    }
    assertEquals(7, KeptIncludes.of(composer, records.getFirst(), FixedIncludes.Varies.RECORD).orElseThrow().size());
    Path background = work.resolve("templates/paragraphs/background.ftl");
    for (Record record : records.subList(1, 3)) {
      Diagnostic told = assertThrows(DiagnosticException.class, () -> composer.compose(record)).diagnostic();
      assertEquals(assertThrows(DiagnosticException.class, () -> composer.inFull(record)).diagnostic(), told);
      assertEquals(record == records.get(1) ? recipient : background, told.file(), told.toString());
    }
  }
}

package letters.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import letters.Letters;
import letters.TestFiles;
import letters.cli.Main;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check over the shipped campaign, and each lint rule against a template that breaks it. */
class CheckTest {
  @TempDir Path work;

  @Test
  void shippedRecordsAndEveryCombinationAreClean() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"check"}, new PrintWriter(out), new PrintWriter(err), Path.of(""), false);
    assertEquals("", err.toString());
    assertEquals("checked 5 records and every combination of findings, each with or without notes and optional"
        + " recipient fields in turn: 1,728 of 6,912 combinations (--all for every one): 0 problems\n", out.toString());
    assertEquals(0, status);
    assertEquals(2 * 2 * 2 * 6 * 6 * 6, Combinations.of(Campaigns.load(Path.of("templates")).value().orElseThrow()).size());
  }

  @Test
  void allChecksEveryCombinationInEveryVariant() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"check", "--all"}, new PrintWriter(out), new PrintWriter(err), Path.of(""), false);
    assertEquals("", err.toString());
    assertEquals("checked 5 records and 6,912 of 6,912 combinations: 0 problems\n", out.toString());
    assertEquals(0, status);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "placeholder  | <p>Contact us about <#noparse>${contact}</#noparse> today.</p>",
      "leaked-value | <p>Your outcome is ${record.outcome}.</p>",
      "leaked-value | <p>Signed off: ${record.signed_off?c}.</p>",
      "doubled      | <p>Contact us today..</p>",
      "doubled      | <p>Contact us , today.</p>",
      "sentence     | <p>Contact us today</p>",
      "sentence     | <p>Contact us today. then write.</p>"})
  void eachRuleFindsWhatBreaksIt(String rule, String contact) throws IOException {
    Path templates = templates();
    Files.writeString(templates.resolve("paragraphs/contact.ftl"), contact + "\n");
    List<Diagnostic> problems = problems(templates, "thames-valley");
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.getFirst().message().startsWith(rule + ": "), problems.toString());
    assertTrue(problems.getFirst().message().endsWith("(in thames-valley)"), problems.toString());
  }

  @Test
  void aLetterLongerThanTheCampaignAllowsIsReported() throws IOException {
    Path templates = templates();
    Path campaign = templates.resolve("campaign.yaml");
    Files.writeString(campaign, Files.readString(campaign).replace("pages: 2", "pages: 1"));
    List<Diagnostic> problems = problems(templates, "warwickshire");
    assertEquals(List.of("pages: the letter takes 2 pages, more than the 1 the campaign allows (in warwickshire)"),
        problems.stream().map(Diagnostic::message).toList());
  }

  @Test
  void everyBrokenTemplateAndRecordIsReportedNotOnlyTheFirst() throws IOException {
    Path templates = templates();
    Files.writeString(templates.resolve("paragraphs/contact.ftl"), "<#if true>\n");
    Files.writeString(templates.resolve("paragraphs/review.ftl"), "<p>${</p>\n");
    Path forces = work.resolve("forces");
    TestFiles.copyTree(Path.of("forces"), forces);
    Files.writeString(forces.resolve("kent.yaml"), "force: Kent Police\n");
    Files.writeString(forces.resolve("essex.yaml"), "force: [Essex Police]\n");
    var report = Letters.open(forces, templates).check();
    List<String> files = report.problems().stream().map(d -> d.file().getFileName().toString()).distinct().sorted().toList();
    assertTrue(files.containsAll(List.of("contact.ftl", "review.ftl", "kent.yaml", "essex.yaml")), report.problems().toString());
    assertEquals(0, report.combinations(), "no letters are rendered from broken templates");
  }

  @Test
  void aPlannedElementWhoseSentenceSaysCommencedIsCaught() throws IOException {
    Path templates = templates();
    rephrase(templates, "together: although at the time of our assessment these had yet to start",
        "together: although at the time of our assessment these had commenced");
    List<String> problems = problems(templates, "avon-and-somerset").stream().map(Diagnostic::message).toList();
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("status: 'it_monitoring' is planned but its sentence says 'commenced'")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("status: 'vulnerable_support' is planned but its sentence says 'commenced'")), problems.toString());
  }

  @Test
  void anElementStatedTwiceIsCaught() throws IOException {
    Path templates = templates();
    Path statements = templates.resolve("lib/statements.ftl");
    Files.writeString(statements, Files.readString(statements).replace("<#local sentences += [sentence] + notes>", "<#local sentences += [sentence, sentence] + notes>"));
    List<String> problems = problems(templates, "thames-valley").stream().map(Diagnostic::message).toList();
    assertEquals(List.of(
        "element-once: 'counter_corruption_review' is stated in 2 sentences, not 1 (in thames-valley)",
        "element-once: 'it_monitoring' is stated in 2 sentences, not 1 (in thames-valley)",
        "element-once: 'vulnerable_support' is stated in 2 sentences, not 1 (in thames-valley)"), problems);
  }

  @Test
  void aWordOfAnElementsNameUsedAgainForSomethingElseIsCaught() throws IOException {
    Path templates = templates();
    rephrase(templates, "then: which at the time of our assessment had yet to start",
        "then: although at the time of our review this review had yet to start");
    List<String> problems = problems(templates, Map.of("counter_corruption_review", "planned", "limited_information", "false"));
    assertEquals(List.of("repeated-word: 'review' names an element and is used again for something else ('our review'): "
        + "They included a review of the capability and capacity of your counter-corruption unit, although at the time of our review "
        + "this review had yet to start. (in it)"), problems);
  }

  @Test
  void aPluralElementTakenUpAsThisIsCaught() throws IOException {
    Path templates = templates();
    rephrase(templates, "then: although at the time of our assessment these had yet to be made",
        "then: although at the time of our assessment this had yet to start");
    List<String> problems = problems(templates, "northamptonshire").stream().map(Diagnostic::message).toList();
    assertEquals(List.of("agreement: 'it_monitoring', plural, taken up as 'this had': They also included improvements to your IT systems’ "
        + "monitoring capability, although at the time of our assessment this had yet to start. (in northamptonshire)"), problems);
  }

  @Test
  void howeverWithoutItsCommaIsCaught() throws IOException {
    Path templates = templates();
    rephrase(templates, "however: \"however,\"", "however: however");
    List<String> problems = problems(templates, "thames-valley").stream().map(Diagnostic::message).toList();
    // Linted sentence by sentence: the word before, ending the sentence before, is not shown.
    assertEquals(List.of("however: 'however' without its commas: 'However' (in thames-valley)"), problems);
  }

  @Test
  void anOutcomeThatDoesNotFitTheFindingsIsAWarning() {
    Campaign campaign = Campaigns.load(Path.of("templates")).value().orElseThrow();
    Check check = new Check(campaign, Composer.of(campaign), LetterLayout.of(HouseStyle.standard()));
    Record warwickshire = Records.loadOne(Path.of("forces"), "warwickshire", campaign).value().orElseThrow();
    assertEquals(java.util.Optional.empty(), check.outcomeWarning(warwickshire));
    Record claimed = new Record(warwickshire.id(), warwickshire.file(), warwickshire.name(),
        warwickshire.envelope(), warwickshire.findings(), "plans_not_commenced", warwickshire.signOff());
    Diagnostic warning = check.outcomeWarning(claimed).orElseThrow();
    assertEquals(letters.diagnostic.Severity.WARNING, warning.severity());
    assertEquals("outcome 'plans_not_commenced' does not fit the findings: vulnerable_support is commenced; no element is planned",
        warning.message());
  }

  private List<Diagnostic> problems(Path templates, String id) {
    Campaign campaign = Campaigns.load(templates).value().orElseThrow();
    Composer composer = Composer.of(campaign);
    Record record = Records.loadOne(Path.of("forces"), id, campaign).value().orElseThrow();
    return new Check(campaign, composer, LetterLayout.of(HouseStyle.standard())).problems(record, id, true);
  }

  /** The problems of the letter of one combination: every finding at its first value but those given. */
  private List<String> problems(Path templates, Map<String, String> findings) {
    Campaign campaign = Campaigns.load(templates).value().orElseThrow();
    Map<String, String> values = new java.util.LinkedHashMap<>(Combinations.of(campaign).getFirst());
    values.putAll(findings);
    Record record = Combinations.record(campaign, values, false, false);
    return new Check(campaign, Composer.of(campaign), LetterLayout.of(HouseStyle.standard())).problems(record, "it", false)
        .stream().map(Diagnostic::message).toList();
  }

  private static void rephrase(Path templates, String phrase, String replacement) throws IOException {
    Path phrasebook = templates.resolve("phrasebook.yaml");
    String before = Files.readString(phrasebook);
    assertTrue(before.contains(phrase), phrase);
    Files.writeString(phrasebook, before.replace(phrase, replacement));
  }

  private Path templates() throws IOException {
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    return templates;
  }
}

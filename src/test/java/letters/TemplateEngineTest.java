package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import letters.compose.Letter;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How templates are read and what they may do: one version of them per campaign opened (a build
 * never mixes two), and no way of running text as code, however the template spells it.
 */
class TemplateEngineTest {
  private static final String CONTACT = "If you have any queries";

  @TempDir Path work;

  @Test
  void templatesAreReadOnceWhenTheCampaignIsOpened() throws Exception {
    copy();
    Letters letters = Letters.open(work.resolve("forces"), work.resolve("templates"));
    Path contact = work.resolve("templates/paragraphs/contact.ftl");
    Files.writeString(contact, Files.readString(contact).replace(CONTACT, "Should you have any queries"));
    Files.writeString(work.resolve("templates/paragraphs/contact_en_GB.ftl"), "<p>Another contact paragraph.</p>\n");
    assertTrue(text(letters.letter("thames-valley")).contains(CONTACT), "the templates as they were when opened");
    String reopened = text(Letters.open(work.resolve("forces"), work.resolve("templates")).letter("thames-valley"));
    assertTrue(reopened.contains("Should you have any queries") && !reopened.contains("Another contact"), reopened);
  }

  @Test
  void aTemplateEditedDuringABuildDoesNotReachIt() throws Exception {
    copy();
    Path forces = work.resolve("forces");
    Letters.open(Path.of("templates")).writeMadeUpRecords(200, forces);
    Path out = work.resolve("out");
    Letters letters = Letters.open(forces, work.resolve("templates"));
    CompletableFuture<BuildReport> build = CompletableFuture.supplyAsync(() -> letters.build(List.of(), out, Progress.NONE));
    while (!build.isDone() && count(out, ".txt") < 10) {
      Thread.sleep(2);
    }
    Path contact = work.resolve("templates/paragraphs/contact.ftl");
    Files.writeString(contact, Files.readString(contact).replace(CONTACT, "Should you have any queries"));
    assertTrue(build.get(5, TimeUnit.MINUTES).isClean());
    try (Stream<Path> texts = Files.list(out)) {
      for (Path text : texts.filter(f -> f.toString().endsWith(".txt")).toList()) {
        assertTrue(Files.readString(text).contains(CONTACT), text + " was written from the templates the build began with");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<p>${record.force?<#-- hidden -->eval}</p>",
    "<p>${record.force?\n  eval}</p>",
    "<#if record.force?eval??><p>x</p></#if>",
    "<#assign x = record.force?eval><p>x</p>",
    "<#list [record.force]?map(f -> f?eval) as x><p>x</p></#list>",
    "<#macro m p=record.force?eval><p>${p}</p></#macro><@m/>",
    "<@record.force?interpret/>",
    "<#function f><#return record.force?eval></#function><p>${f()}</p>",
    "<p>${\"name: ${record.force?eval}\"}</p>",
    "<#switch 1><#case record.force?eval><p>x</p></#switch>",
    "<#attempt><p>${record.force?eval}</p><#recover><p>none</p></#attempt>",
    "<#macro never><p>${record.force?eval}</p></#macro><p>Never called, still refused.</p>",
  })
  void runningTextAsCodeIsRefusedHoweverItIsWritten(String contact) throws Exception {
    copy();
    Files.writeString(work.resolve("templates/paragraphs/contact.ftl"), contact + "\n");
    Result<Letter> letter = Letters.open(work.resolve("forces"), work.resolve("templates")).letter("thames-valley");
    assertTrue(letter.value().isEmpty(), contact);
    Diagnostic problem = letter.diagnostics().getFirst();
    assertEquals(work.resolve("templates/paragraphs/contact.ftl"), problem.file(), contact);
    assertTrue(problem.message().matches("\\?(eval|interpret) is not allowed: .*"), problem.toString());
    assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toString());
  }

  @Test
  void evalJsonReadsDataAndIsAllowed() throws Exception {
    copy();
    Path contact = work.resolve("templates/paragraphs/contact.ftl");
    Files.writeString(contact, "<p>Queries: ${'{\"n\": 3}'?eval_json.n}.</p>\n");
    assertTrue(text(Letters.open(work.resolve("forces"), work.resolve("templates")).letter("thames-valley")).contains("Queries: 3."));
  }

  private void copy() throws Exception {
    TestFiles.copyProject(work);
  }

  private static String text(Result<Letter> letter) {
    return letter.value().orElseThrow(() -> new AssertionError(letter.diagnostics())).text();
  }

  private static long count(Path out, String ending) throws Exception {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> f.toString().endsWith(ending)).count();
    }
  }
}

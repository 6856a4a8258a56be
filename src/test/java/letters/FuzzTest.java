package letters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import letters.compose.Letter;
import letters.diagnostic.Result;
import letters.load.Campaign;
import letters.load.FindingDeclaration;
import letters.load.Record;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random documents and random findings driven through the record loader and the templates. The
 * only acceptable answers are a record (and then a letter that shows the force's name as written)
 * or the tool's own reported problems; any other exception is a failure. Inputs that once failed
 * are kept in src/test/resources/fuzz and tried first.
 */
class FuzzTest {
  private static final Campaign CAMPAIGN = Letters.open(Path.of("templates")).campaign().value().orElseThrow();
  private static final Path FORCES = temporaryFolder();
  private static final Letters LETTERS = Letters.open(FORCES, Path.of("templates"));
  private static final List<String> KEYS =
      List.of("force", "chief_constable", "delivery", "copied_to", "findings", "outcome", "sign_off",
          "name", "honours", "role", "status", "note", "by", "on");

  @Property(tries = 300)
  void anyBytesAreARecordOrReportedProblems(@ForAll("bytes") byte[] file) {
    load(file);
  }

  @Property(tries = 300)
  void anyYamlDocumentIsARecordOrReportedProblems(@ForAll("documents") String document) {
    load(document.getBytes(StandardCharsets.UTF_8)).value().ifPresent(FuzzTest::compose);
  }

  @Property(tries = 200)
  void anyFindingsMakeALetterOrReportedProblems(@ForAll("records") String record) {
    Result<Record> loaded = load(record.getBytes(StandardCharsets.UTF_8));
    loaded.value().ifPresent(r -> {
      Letter letter = compose(r);
      if (letter != null) {
        String text = letter.text().replaceAll("\\s+", " ");
        assertTrue(text.contains(r.name().replaceAll("\\s+", " ")), () -> r.name() + " is printed as written in\n" + text);
      }
    });
  }

  /** Past findings, kept as examples: each once made the loader throw or hang. */
  @Example
  void pastFindings() {
    for (String document : List.of("\uFEFF", "---\n", "--- !!binary AAAA\n", "? [a, b]\n: c\n", "force: !!int x\n",
        "force: &a x\nname: *a\n", "{force: [}", "force: \"\\u0000\"\n", "force: 1e400\n", "findings: {it_monitoring: {status: {}}}\n")) {
      load(document.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<byte[]> mangled = Arbitraries.of(List.of(Path.of("forces").toFile().list())).flatMap(name -> {
      byte[] good = read(Path.of("forces", name));
      return Arbitraries.integers().between(0, good.length - 1).list().ofMaxSize(6).flatMap(
          positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
            byte[] copy = good.clone();
            for (int i = 0; i < positions.size(); i++) {
              copy[positions.get(i)] = values.get(i);
            }
            return copy;
          }));
    });
    return Arbitraries.oneOf(noise, mangled);
  }

  @Provide
  Arbitrary<String> documents() {
    return value(3).map(FuzzTest::yaml);
  }

  /** Records with every finding set to a declared value, a near miss, or an element map with a note. */
  @Provide
  Arbitrary<String> records() {
    Arbitrary<String> text = Arbitraries.strings().withChars("abcÂŵŷ’“”'\"${}<>#&*é -").ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank());
    List<Arbitrary<String>> findings = new ArrayList<>();
    for (FindingDeclaration finding : CAMPAIGN.findings()) {
      Arbitrary<String> value = Arbitraries.oneOf(
          Arbitraries.of(List.copyOf(finding.values().keySet())), Arbitraries.of("started", "yes", "1", "[]"));
      findings.add(Arbitraries.oneOf(
          value.map(v -> "  " + finding.id() + ": " + v + "\n"),
          Combinators.combine(value, text).as((v, note) -> "  " + finding.id() + ":\n    status: " + v + "\n    note: " + quoted(note) + "\n")));
    }
    Arbitrary<String> outcome = Arbitraries.of(List.copyOf(CAMPAIGN.outcomes().keySet()));
    return Combinators.combine(text, text, Combinators.combine(findings).as(parts -> String.join("", parts)), outcome)
        .as((force, chief, found, end) -> "force: " + quoted(force) + "\nchief_constable:\n  name: " + quoted(chief)
            + "\nfindings:\n" + found + "outcome: " + end + "\n");
  }

  private static Arbitrary<Object> value(int depth) {
    Arbitrary<Object> scalar = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.of("2017-09-29", "2017-02-30", "no_information", "reflected", "michael-cunningham").map(s -> (Object) s));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(3).map(l -> (Object) l);
    Arbitrary<Object> map = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)), value(depth - 1))
        .ofMaxSize(5).map(m -> (Object) m);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalar), net.jqwik.api.Tuple.of(1, list), net.jqwik.api.Tuple.of(3, map));
  }

  /** The value as YAML in flow style, strings always quoted. */
  private static String yaml(Object value) {
    if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      map.forEach((k, v) -> entries.add(quoted(k.toString()) + ": " + yaml(v)));
      return "{" + String.join(", ", entries) + "}";
    }
    if (value instanceof List<?> list) {
      return "[" + String.join(", ", list.stream().map(FuzzTest::yaml).toList()) + "]";
    }
    return value instanceof String s ? quoted(s) : String.valueOf(value);
  }

  private static String quoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        quoted.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        quoted.append(String.format("\\u%04x", c));
      } else {
        quoted.appendCodePoint(c);
      }
    });
    return quoted.append('"').toString();
  }

  private static Result<Record> load(byte[] file) {
    try {
      Files.write(FORCES.resolve("fuzz.yaml"), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return LETTERS.record("fuzz");
  }

  private static Letter compose(Record record) {
    return LETTERS.letter(record).value().orElse(null);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryFolder() {
    try {
      Path folder = Files.createTempDirectory("letters-fuzz");
      // Removed in the reverse order registered: the one file, then the folder, pass or fail.
      folder.toFile().deleteOnExit();
      folder.resolve("fuzz.yaml").toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

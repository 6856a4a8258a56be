package letters.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import letters.diagnostic.DiagnosticException;
import org.junit.jupiter.api.Test;

/**
 * The one-pass reader of block YAML gives exactly the tree the full parser gives (texts, types,
 * lines and columns of every node and key) whenever it reads a file at all, and reads the shipped
 * records; on anything it does not read, the full parser decides.
 */
class BlockYamlTest {
  private static final Path FILE = Path.of("x.yaml");

  @Test
  void readsEveryShippedRecordAsTheFullParserDoes() throws IOException {
    List<Path> records = yamlFiles(Path.of("forces"));
    assertTrue(records.size() >= 5, "the shipped records are found");
    for (Path record : records) {
      String text = Files.readString(record);
      assertTrue(BlockYaml.read(text).isPresent(), () -> record + " is read in one pass");
      assertSame(text);
    }
  }

  @Test
  void agreesWithTheFullParserOnEveryYamlFileOfTheProject() throws IOException {
    List<Path> files = new ArrayList<>(yamlFiles(Path.of("templates")));
    files.addAll(yamlFiles(Path.of("src/test/resources")));
    for (Path file : files) {
      try {
        assertSame(Files.readString(file));
      } catch (java.nio.charset.MalformedInputException e) {
        // Not UTF-8: refused before either parser sees it.
      }
    }
  }

  @Test
  void readsOnSeveralThreadsAtOnceAsOnOne() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path record : yamlFiles(Path.of("forces"))) {
      texts.add(Files.readString(record));
    }
    List<String> alone = texts.stream().map(t -> tree(BlockYaml.read(t).orElseThrow())).toList();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
      for (int run = 0; run < 8; run++) {
        runs.add(pool.submit(() -> {
          List<String> trees = new ArrayList<>();
          for (int round = 0; round < 200; round++) {
            trees = texts.stream().map(t -> tree(BlockYaml.read(t).orElseThrow())).toList();
          }
          return trees;
        }));
      }
      for (var run : runs) {
        assertEquals(alone, run.get());
      }
    }
  }

  @Test
  void readsTheCommonShapes() {
    String text = """
        # a comment first
        force: Thames Valley Police   # a comment after
        chief_constable: {}
        empty_list: []
        "on": 2017-09-29
        quoted: "Llewellyn-Ŵyn: 'x' # not a comment"
        single: 'it''s'
        flag: true
        other: False
        copied_to:
        - name: A
          role: B

        -   role: C:D
        nested:
            deeper:
              - one
              - "two"
        folded: "Checkshire Police of the Shires of Llanfair and Pwllgwyngyll and Aberystwyth\\
          \\ 11"
        spaced: "one   \\"two\\"
           three

            four \\\\ five"
        """;
    assertTrue(BlockYaml.read(text).isPresent());
    assertSame(text);
  }

  @Test
  void readsTheEdgesOfTheCommonShapesAsTheFullParserDoes() {
    for (String text : List.of("\"\": x\n", "a: \"\"\n", "a: ''\n", "a: \"  \"\n", "a:    # c\n  b: c\n", "1: x\n",
        "true: x\n", "a: b # c\n", "a: \"x\" # c\n", "a: C#\n", "a: x:y\n", "a: 2017-09-29 10:00\n",
        "a:\n- \"x\"\n- 'y'\n- {}\n- []\n", "a:\n  - b:\n    - c\n", "  a: b\n  c: d\n", "a: Ŵ 𝄞 x\n",
        "a: \"x\\\n\n  y\"\n", "a: \"x \n   \n  y \"\n", "a: 'x\n  y'\n", "a: b\n\n# end",
        "\"Ŵ𝄞\": x\n")) {
      assertTrue(BlockYaml.read(text).isPresent(), () -> "read in one pass: " + text);
      assertSame(text);
    }
  }

  @Test
  void leavesToTheFullParserWhatItDoesNotRead() {
    for (String text : List.of("", "# only a comment\n", "a: 1\n", "a: yes\n", "a: ~\n", "a:\n", "a: null\n",
        "a: &x b\n", "a: *x\n", "a: !!str b\n", "a: |\n  b\n", "a: >\n  b\n", "a: \"b\\n\"\n", "a: b\n  c\n",
        "a: b\na: c\n", "a: [b]\n", "a: {b: c}\n", "a:\tb\n", "a: b\r\n", "- a\n", "a: b: c\n", "---\na: b\n",
        "a: b\n---\nc: d\n", "a: b\n b: c\n", "a:\n  - b\n c: d\n", "a: 'b\n", "? a\n: b\n",
        "a: b #c\n  d\n", "a: -b\n", "a: 0x1F\n", "a: .5\n", "<<: b\n", "a: b\n...\n")) {
      assertEquals(Optional.empty(), BlockYaml.read(text).map(YamlNode::describe), () -> "given up: " + text);
    }
  }

  @Test
  void isRefusedNestingAsDeepAsTheLimit() {
    StringBuilder text = new StringBuilder();
    for (int depth = 0; depth <= YamlReader.MAX_DEPTH; depth++) {
      text.append(" ".repeat(depth)).append("k:\n");
    }
    text.append(" ".repeat(YamlReader.MAX_DEPTH + 1)).append("v: x\n");
    assertEquals(Optional.empty(), BlockYaml.read(text.toString()).map(YamlNode::describe));
  }

  /** Thousands of small edits of real files, each read both ways: one-pass reading never differs. */
  @Test
  void agreesWithTheFullParserOnMangledRecords() throws IOException {
    List<String> seeds = new ArrayList<>();
    for (Path file : yamlFiles(Path.of("forces"))) {
      seeds.add(Files.readString(file));
    }
    seeds.add(Files.readString(Path.of("templates/campaign.yaml")));
    seeds.add("""
        force: "Checkshire Police of the Shires of Llanfair and Pwllgwyngyll and Aberystwyth\\
          \\ 18"
        chief_constable:
          name: "Alex \\"Example\\""
        copied_to:
        - name: 'Sam''s Example'
          role: "Police and Crime Commissioner for
            Checkshire"
        """);
    String alphabet = " \n:-#\"'{}[]&*!|>\t?,~a1.\\\u0174\u00a0";
    Random random = new Random(Long.getLong("blockyaml.seed", 17));
    int read = 0;
    for (int trial = 0; trial < Integer.getInteger("blockyaml.trials", 6000); trial++) {
      StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      for (int edit = 1 + random.nextInt(3); edit > 0; edit--) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> text.insert(at, c);
          case 1 -> text.deleteCharAt(at);
          default -> text.setCharAt(at, c);
        }
      }
      if (assertSame(text.toString())) {
        read++;
      }
    }
    assertTrue(read > 1000, "many mangled files are still read in one pass: " + read);
  }

  /** Whether the one-pass reader read {@code text}; if it did, its tree is the full parser's. */
  private static boolean assertSame(String text) {
    Optional<YamlNode> quick = BlockYaml.read(text);
    if (quick.isEmpty()) {
      return false;
    }
    try {
      assertEquals(tree(YamlReader.parseFully(FILE, text)), tree(quick.get()), () -> "read differently:\n" + text);
    } catch (DiagnosticException e) {
      fail("read in one pass, refused by the full parser (" + e.diagnostic() + "):\n" + text);
    }
    return true;
  }

  /** The tree written out with every position, key positions included. */
  private static String tree(YamlNode node) {
    String at = "@" + node.line() + ":" + node.column();
    return switch (node) {
      case YamlNode.Scalar scalar -> scalar.type() + "'" + scalar.text() + "'" + at;
      case YamlNode.Sequence sequence -> "[" + at + " "
          + String.join(", ", sequence.items().stream().map(BlockYamlTest::tree).toList()) + "]";
      case YamlNode.Mapping mapping -> {
        StringBuilder out = new StringBuilder("{" + at);
        for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
          String key = entry.getKey();
          out.append(' ').append(key).append('@').append(mapping.keyLine(key)).append(':')
              .append(mapping.keyColumn(key)).append('=').append(tree(entry.getValue()));
        }
        yield out.append('}').toString();
      }
    };
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  private static List<Path> yamlFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".yaml") && Files.isRegularFile(f)).sorted()
          .filter(f -> size(f) < YamlReader.MAX_BYTES)
          .toList();
    }
  }
}

package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import letters.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad input under {@code src/test/resources/bad}: each case is a folder of files laid
 * over a copy of the shipped records and templates, and a {@code case.properties} saying what the
 * command must answer. For every case: the stated exit status; one line on stderr per problem,
 * naming the file (and line:column where known) and what is allowed; no stack trace; every other
 * letter written; no PDF for the bad record; no temporary file left in the output folder.
 *
 * <p>A case may also run a command first ({@code before}, on the shipped files, then {@code remove}
 * some of them before its own are laid over: a record that turns bad or goes after a build), give
 * the command an environment ({@code env.NAME}), make a link ({@code link.PATH=TARGET}, in place of
 * any file of that name), name
 * text a file must hold ({@code text.PATH}), and say what the command must print ({@code said}, for
 * a command that reports on standard output, as {@code verify} does).
 */
class BadInputTest {
  private static final Path CORPUS = Path.of("src/test/resources/bad");
  private static final List<String> SHIPPED =
      List.of("avon-and-somerset", "cambridgeshire", "northamptonshire", "thames-valley", "warwickshire");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersClearlyAndLosesNothing(String name, @org.junit.jupiter.api.io.TempDir Path work) throws IOException {
    Path source = CORPUS.resolve(name);
    Properties expected = properties(source.resolve("case.properties"));
    TestFiles.copyProject(work);
    String before = expected.getProperty("before");
    if (before != null) {
      StringWriter said = new StringWriter();
      int status = Main.run(before.split(" "), new PrintWriter(said, true), new PrintWriter(said, true), work, false);
      assertEquals(0, status, name + ": the command before the case\n" + said);
    }
    for (String file : expected.getProperty("remove", "").split(",")) {
      if (!file.isEmpty()) {
        Files.delete(work.resolve(file));
      }
    }
    TestFiles.copyTree(source, work);
    Files.delete(work.resolve("case.properties"));
    pad(work, expected);
    for (String key : expected.stringPropertyNames()) {
      if (key.startsWith("link.")) {
        // Made here, not kept in the corpus: a link to a device would trap tools that read the tree.
        // It takes the place of a shipped file of that name (a wordmark that is a device).
        Path link = work.resolve(key.substring(5));
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of(expected.getProperty(key)));
      }
    }

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = expected.getProperty("args", "build").split(" ");
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), work, false, environment(expected));
    for (String key : expected.stringPropertyNames()) {
      if (key.startsWith("link.")) {
        // Gone before the checks below, so that clearing the folder never follows it either.
        Files.delete(work.resolve(key.substring(5)));
      }
    }

    String about = name + " (" + expected.getProperty("about") + ")";
    if (Boolean.getBoolean("bad.show")) {
      System.out.println(name + " → " + status + "\n" + err.toString().lines().limit(3).map(l -> "    " + l).reduce("", (a, b) -> a + b + "\n"));
    }
    assertEquals(Integer.parseInt(expected.getProperty("status", "1")), status, about + "\n" + err);
    List<String> lines = err.toString().lines().toList();
    String error = expected.getProperty("error", "");
    if (error.isEmpty()) {
      assertEquals(List.of(), lines, about);
    } else if (Boolean.parseBoolean(expected.getProperty("usage"))) {
      assertTrue(lines.getFirst().matches(error), about + ": " + lines.getFirst());
    } else {
      // A problem with two culprits (two records with one name) names each: error, error.2, ...
      List<String> errors = new ArrayList<>(List.of(error));
      for (int i = 2; expected.getProperty("error." + i) != null; i++) {
        errors.add(expected.getProperty("error." + i));
      }
      assertEquals(errors.size(), lines.stream().distinct().count(), about + ": one line per problem\n" + err);
      for (int i = 0; i < errors.size(); i++) {
        assertTrue(lines.get(i).matches(errors.get(i)), about + ":\n" + lines.get(i) + "\ndoes not match\n" + errors.get(i));
      }
    }
    assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception"), about + ": no stack trace\n" + err);
    String said = expected.getProperty("said");
    if (said != null) {
      assertTrue(out.toString().strip().matches(said), about + ": said\n" + out + "does not match\n" + said);
    }

    Path folder = work.resolve(expected.getProperty("out", "out"));
    for (String id : written(expected)) {
      byte[] pdf = Files.readAllBytes(folder.resolve(id + ".pdf"));
      assertTrue(PdfText.pages(pdf) >= 1, id);
      for (String text : expected.getProperty("contains." + id, "").split("\\|")) {
        String shown = PdfText.text(pdf).replaceAll("\\s+", " ");
        assertTrue(shown.contains(text), about + ": " + id + " shows " + text + " in\n" + shown);
      }
      int pages = Integer.parseInt(expected.getProperty("pages." + id, "1"));
      assertTrue(PdfText.pages(pdf) >= pages, about + ": " + id + " has at least " + pages + " pages");
    }
    for (String id : absent(expected, source)) {
      assertFalse(Files.exists(folder.resolve(id + ".pdf")), about + ": no PDF for " + id);
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        List<String> left = files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(".")).toList();
        assertEquals(List.of(), left, about + ": no temporary files");
      }
    }
    for (String key : expected.stringPropertyNames()) {
      if (key.startsWith("text.")) {
        String text = Files.readString(work.resolve(key.substring(5)));
        for (String part : expected.getProperty(key).split("\\|")) {
          assertTrue(text.contains(part), about + ": " + key.substring(5) + " holds " + part + " in\n" + text);
        }
      }
    }
    String never = expected.getProperty("never");
    if (never != null) {
      assertFalse(Files.exists(Path.of(never)), about + ": nothing was executed");
    }
  }

  /** The letters that must be written: the shipped ones, unless the case stops them all. */
  private static List<String> written(Properties expected) {
    String written = expected.getProperty("written", "");
    if (written.equals("none")) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(SHIPPED);
    if (!written.isEmpty()) {
      ids.addAll(Arrays.asList(written.split(",")));
    }
    ids.removeAll(Arrays.asList(expected.getProperty("absent", "").split(",")));
    return ids;
  }

  /** The bad records of the case, whose letters must not be written. */
  private static List<String> absent(Properties expected, Path source) throws IOException {
    List<String> ids = new ArrayList<>();
    if (expected.getProperty("absent") != null) {
      ids.addAll(Arrays.asList(expected.getProperty("absent").split(",")));
      return ids;
    }
    Path forces = source.resolve("forces");
    if (!expected.getProperty("status", "1").equals("0") && Files.isDirectory(forces)) {
      try (Stream<Path> files = Files.list(forces)) {
        files.map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", "")).forEach(ids::add);
      }
    }
    return ids;
  }

  private static Map<String, String> environment(Properties expected) {
    Map<String, String> environment = new HashMap<>();
    for (String key : expected.stringPropertyNames()) {
      if (key.startsWith("env.")) {
        environment.put(key.substring(4), expected.getProperty(key));
      }
    }
    return environment;
  }

  private static void pad(Path work, Properties expected) throws IOException {
    String pad = expected.getProperty("pad");
    if (pad != null) {
      Path file = work.resolve("forces/kent.yaml");
      String line = "# " + "x".repeat(98) + "\n";
      StringBuilder padding = new StringBuilder();
      while (padding.length() < Integer.parseInt(pad)) {
        padding.append(line);
      }
      Files.writeString(file, padding, StandardOpenOption.APPEND);
    }
  }

  private static Properties properties(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}

package letters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import letters.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every command as a newcomer first meets it: {@code --help} and {@code -h}, a mistyped option, a
 * run from a subfolder of the project and one from outside any project. The first three are asked
 * of every command the command line has, so a new command is held to them too.
 */
class EveryCommandTest {
  @TempDir Path project;
  @TempDir Path outside;

  /** What one run said and how it ended. */
  record Run(int status, String out, String err) {}

  @BeforeEach
  void makeProject() throws IOException {
    TestFiles.copyProject(project);
  }

  static Stream<String> commands() {
    return model().getSubcommands().keySet().stream().filter(name -> !name.equals("help"));
  }

  /** The commands that read a project's records or templates. */
  static Stream<String> commandsOfAProject() {
    return commands().filter(name -> model().getSubcommands().get(name).getCommandSpec().findOption("--project") != null);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpAndHShowTheUsageAndSucceed(String command) {
    for (String flag : List.of("--help", "-h")) {
      Run run = run(outside, command, flag);
      assertEquals(0, run.status(), flag + ": " + run.err());
      assertTrue(run.out().startsWith("Usage: letters " + command + " [-h]"), flag + ":\n" + run.out());
      assertTrue(run.out().contains("  -h, --help "), run.out());
      assertEquals("", run.err());
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aMistypedOptionIsBadUsageWithTheUsageLine(String command) {
    Run run = run(project, withWhatItRequires(command, "--colour"));
    assertEquals(2, run.status(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals("letters " + command + ": Unknown option: '--colour'", lines.getFirst());
    assertTrue(lines.get(1).startsWith("Usage: letters " + command + " [-h]"), run.err());
    assertEquals("Try 'letters " + command + " --help' for more.", lines.getLast());
    assertEquals("", run.out());
  }

  @ParameterizedTest
  @MethodSource("commandsOfAProject")
  void outsideAnyProjectIsOneClearLineAndExitTwo(String command) {
    Run run = run(outside, withWhatItRequires(command));
    assertEquals(2, run.status(), run.err());
    assertEquals("letters: no project here: neither " + outside + " nor a folder above it holds a templates folder and the records folder its campaign declares; "
        + "run from inside a project or give --project DIR\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void outsideTheProjectProjectNamesIt() throws IOException {
    Run run = run(outside, "build", "warwickshire", "--project", project.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err(), "named, so not announced");
    assertEquals("1 letter written to " + project.resolve("out") + "\n", run.out());
  }

  @Test
  void aProjectThatIsNotOneIsBadUsage() {
    Run run = run(outside, "schema", "--project", ".");
    assertEquals(2, run.status());
    assertEquals("letters: --project .: " + outside + " is not a project: it needs a templates folder and the records folder its campaign declares\n", run.err());
  }

  @Test
  void theLauncherFolderIsSuggestedWhenItIsAProject() {
    Run run = run(outside, Map.of("LETTERS_LAUNCHER", project.resolve("letters").toString()), "check");
    assertEquals(2, run.status());
    assertTrue(run.err().endsWith("give --project DIR (such as --project " + project + ")\n"), run.err());
  }

  @Test
  void buildFromASubfolder() {
    Run run = run(project.resolve("forces"), "build", "thames-valley");
    assertEquals(0, run.status(), run.err());
    assertEquals(announced(), run.err());
    assertEquals("1 letter written to ../out\n", run.out());
    assertTrue(Files.isRegularFile(project.resolve("out/thames-valley.pdf")));
  }

  @Test
  void previewFromASubfolder() {
    Run run = run(project.resolve("templates/paragraphs"), "preview", "thames-valley");
    assertEquals(0, run.status(), run.err());
    assertEquals(announced(), run.err());
    assertEquals("../../out/preview/thames-valley.pdf\n", run.out());
  }

  @Test
  void checkFromASubfolderReadsThatProject() throws IOException {
    // A broken record stops the check before the combinations, and shows which records it read.
    Files.writeString(project.resolve("forces/kent.yaml"), "force: Kent Police\n");
    Run run = run(project.resolve("forces"), "check");
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith(announced() + "kent.yaml:1:1: error: "), run.err());
    assertTrue(run.out().startsWith("checked 5 records and 0 combinations: "), run.out());
  }

  @Test
  void explainFromASubfolder() {
    Run run = run(project.resolve("forces"), "explain", "thames-valley.yaml");
    assertEquals(0, run.status(), run.err());
    assertEquals(announced(), run.err());
    assertTrue(run.out().contains("../templates/paragraphs/"), run.out());
  }

  @Test
  void diffFromASubfolder() {
    assertEquals(0, run(project, "build").status());
    Run run = run(project.resolve("forces"), "diff");
    assertEquals(0, run.status(), run.err());
    assertEquals(announced(), run.err());
    assertEquals("unchanged: avon-and-somerset, cambridgeshire, northamptonshire, thames-valley, warwickshire\n", run.out());
  }

  @Test
  void schemaFromASubfolder() {
    Run run = run(project.resolve("templates"), "schema");
    assertEquals(0, run.status(), run.err());
    assertEquals(announced(), run.err());
    assertTrue(run.out().startsWith("{"), run.out());
  }

  @Test
  void summaryFromASubfolder() {
    Run run = run(project.resolve("forces"), "summary");
    assertEquals(0, run.status(), run.err());
    assertEquals(announced(), run.err());
    assertEquals("../out/summary.csv\n../out/summary.pdf\n", run.out());
  }

  @Test
  void verifyFromASubfolderAndFromOutside() {
    assertEquals(0, run(project, "build", "thames-valley").status());
    Run inside = run(project.resolve("forces"), "verify", "../out/thames-valley.pdf");
    assertEquals(1, inside.status());
    assertEquals("../out/thames-valley.pdf: not signed\n", inside.out());
    Path pdf = project.resolve("out/thames-valley.pdf");
    Run far = run(outside, "verify", pdf.toString());
    assertEquals(pdf + ": not signed\n", far.out());
    Run missing = run(outside, "verify", "nope.pdf");
    assertEquals("nope.pdf: cannot be read: no such file or folder\n", missing.out());
  }

  @Test
  void serveFromASubfolder() throws InterruptedException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] status = {-1};
    Thread server = new Thread(() -> status[0] =
        Main.run(new String[] {"serve", "--port", "0"}, new PrintWriter(out, true), new PrintWriter(err, true),
            project.resolve("forces"), false));
    server.start();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!out.toString().contains("\n") && server.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    server.interrupt();
    server.join(10_000);
    assertFalse(server.isAlive(), "stops when interrupted");
    assertEquals(0, status[0], err.toString());
    assertEquals(announced(), err.toString());
    assertTrue(out.toString().matches("letters preview at http://127\\.0\\.0\\.1:\\d+/ .*\\n"), out.toString());
  }

  @Test
  void serveRefusesAPortThatIsNotOne() {
    Run run = run(project, "serve", "--port", "99999");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("letters serve: Invalid value for option '--port': 99999 is not a port; use 0 to 65535"), run.err());
  }

  @Test
  void benchFromASubfolderRemovesItsScratchFolder() throws IOException {
    Path launcher = outside.resolve("letters");
    String java = ProcessHandle.current().info().command().orElseThrow();
    Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
        + Main.class.getName() + " \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
    Run run = run(project.resolve("forces"), Map.of("LETTERS_LAUNCHER", launcher.toString()), "bench", "--sizes", "2,3", "--steady", "2");
    assertEquals(0, run.status(), run.err());
    List<String> said = run.err().lines().toList();
    assertEquals(announced().strip(), said.getFirst());
    assertTrue(said.get(1).matches("letters: benchmarking in .*letters-bench\\d+ \\(removed at the end\\)"), run.err());
    Path scratch = Path.of(said.get(1).replaceFirst("letters: benchmarking in (.*) \\(removed at the end\\)", "$1"));
    assertFalse(Files.exists(scratch), "the scratch folder is gone");
    assertTrue(run.out().contains("\n| 2 | ") && run.out().contains("\n| 3 | "), run.out());
    for (String figure : List.of("`letters preview <id>`: ", "`letters explain <id>`: ",
        "`letters build` of 2 letters with serve running: ", "`letters build` of 3 letters with serve running: ",
        "`letters preview <id>` with serve running: ",
        "`letters explain <id>` with serve running: ", "`letters serve`, a letter's page: ",
        "`letters serve`, after a template is saved: ", "Steady state, CPU per letter on one thread", "Warm build of 2 letters on ")) {
      assertTrue(run.out().contains(figure), figure + " in\n" + run.out());
    }
  }

  @Test
  void benchOutsideTheLauncherIsBadUsage() {
    Run run = run(project, "bench");
    assertEquals(2, run.status());
    assertEquals("letters: bench runs builds through the ./letters launcher; run it as ./letters bench\n", run.err());
  }

  /** {@code command} with {@code more}, and a force id for each parameter it cannot go without. */
  private static String[] withWhatItRequires(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    for (PositionalParamSpec parameter : model().getSubcommands().get(command).getCommandSpec().positionalParameters()) {
      if (parameter.arity().min() > 0) {
        args.add("thames-valley");
      }
    }
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private String announced() {
    return "letters: using the project in " + project + "\n";
  }

  private Run run(Path folder, String... args) {
    return run(folder, Map.of(), args);
  }

  private static Run run(Path folder, Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), folder, false, environment);
    return new Run(status, out.toString(), err.toString());
  }

  private static CommandLine model() {
    return Main.commandLine(new Session(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Path.of(""), false, Map.of()));
  }
}

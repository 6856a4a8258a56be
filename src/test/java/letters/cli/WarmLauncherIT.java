package letters.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import letters.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./letters} launcher against a real {@code ./letters serve}: build, preview and
 * explain handed to the warm process print, write and end exactly as in a fresh JVM, and a wrong
 * secret, another project and a stale file fall back to a fresh JVM without a word. That a command
 * was or was not handed over is told by a fresh JVM that cannot start ({@code JAVA_TOOL_OPTIONS}
 * naming an option no JVM has): a handed-over command never starts one.
 */
class WarmLauncherIT {
  private static final Path LAUNCHER = Path.of("letters").toAbsolutePath();
  private static final Map<String, String> NO_JVM = Map.of("JAVA_TOOL_OPTIONS", "-XX:+NoSuchOptionOfAnyJvm");

  @TempDir Path project;
  @TempDir Path logs;

  /** What one run said and how it ended. */
  record Run(int status, String out, String err) {}

  /** A command line, the folder it runs in, and the folder it writes. */
  record Command(Path folder, Path written, List<String> args) {}

  @Test
  void handedOverCommandsAreTheFreshOnesAndEveryFallbackIsSilent() throws Exception {
    TestFiles.copyProject(project);
    Files.writeString(project.resolve("forces/kent.yaml"), "force: Kent Police\noutcome: [unclosed\n");
    List<Command> commands = List.of(
        new Command(project, project.resolve("out"), List.of("build")),
        new Command(project.resolve("forces"), project.resolve("out/preview"), List.of("preview", "thames-valley.yaml")),
        new Command(project.resolve("templates"), project.resolve("out"), List.of("explain", "thames-valley")),
        new Command(project, project.resolve("out"), List.of("explain", "kent")),
        new Command(project, project.resolve("out"), List.of("preview", "nowhere", "--text")));
    // The launcher's first run after a build prepares its faster start, and says so.
    assertEquals(0, launch(project, Map.of(), List.of("--version")).status());
    Map<Command, Run> fresh = new HashMap<>();
    Map<Command, Map<String, byte[]>> freshFiles = new HashMap<>();
    for (Command command : commands) {
      fresh.put(command, launch(command.folder(), Map.of("LETTERS_WARM", "0"), command.args()));
      freshFiles.put(command, TestFiles.contents(command.written()));
      TestFiles.deleteTree(command.written());
    }
    assertEquals(1, fresh.get(commands.getFirst()).status(), "the malformed record fails the build");

    Path file = WarmFile.in(project);
    Process serve = serve(file);
    try {
      for (Command command : commands) {
        assertEquals(fresh.get(command), launch(command.folder(), NO_JVM, command.args()), command.toString());
        Map<String, byte[]> written = TestFiles.contents(command.written());
        assertEquals(freshFiles.get(command).keySet(), written.keySet(), command.toString());
        written.forEach((name, bytes) -> assertArrayEquals(freshFiles.get(command).get(name), bytes, name));
        TestFiles.deleteTree(command.written());
      }
      Command explain = commands.get(2);
      String kept = Files.readString(file);
      Files.writeString(file, kept.replaceFirst("client [0-9a-f]", "client x"));
      assertFallsBackSilently(explain, fresh.get(explain));
      Files.writeString(file, kept);
      // A file readable by others is not the one serve wrote (it may have come with the project).
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      assertFallsBackSilently(explain, null);
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

      Path other = project.resolve("forces-archive");
      TestFiles.copyProject(other);
      assertFallsBackSilently(new Command(other, other.resolve("out"), explain.args()), null);

      serve.destroy();
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
      assertFalse(Files.exists(file), "serve removes its file as it stops");
      Files.writeString(file, kept);
      assertFallsBackSilently(explain, fresh.get(explain));
    } finally {
      serve.destroyForcibly();
    }
  }

  /** {@code command} starts a fresh JVM, saying nothing before it, and then prints what it did before. */
  private void assertFallsBackSilently(Command command, Run expected) throws Exception {
    Run refused = launch(command.folder(), NO_JVM, command.args());
    assertEquals("", refused.out());
    assertTrue(refused.err().startsWith("Picked up JAVA_TOOL_OPTIONS"), refused.err());
    if (expected != null) {
      assertEquals(expected, launch(command.folder(), Map.of(), command.args()));
    }
  }

  /** {@code ./letters serve} in the project, once its file is there. */
  private Process serve(Path file) throws Exception {
    Process serve = new ProcessBuilder(LAUNCHER.toString(), "serve", "--port", "0").directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(logs.resolve("serve.log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(file) && serve.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(Files.exists(file), () -> "serve wrote no " + file + ": " + log("serve.log"));
    // serve's JVM compiles under directives of the launcher's, and is not to announce them.
    assertFalse(log("serve.log").contains("directives"), () -> log("serve.log"));
    return serve;
  }

  private Run launch(Path folder, Map<String, String> environment, List<String> args) throws Exception {
    List<String> line = new ArrayList<>(List.of(LAUNCHER.toString()));
    line.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(line).directory(folder.toFile())
        .redirectOutput(logs.resolve("out").toFile()).redirectError(logs.resolve("err").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("LETTERS_TERMINAL");
    builder.environment().remove("LETTERS_WARM");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "ran for three minutes: " + line);
    return new Run(process.exitValue(), log("out"), log("err"));
  }

  private String log(String name) {
    try {
      return Files.readString(logs.resolve(name));
    } catch (IOException e) {
      return e.toString();
    }
  }
}

package letters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import letters.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher starts {@code serve} under its compiler directives however the command line is
 * written, and starts it at all when the directives file is not there.
 */
class ServeCompilersIT {
  private static final Path LAUNCHER = Path.of("letters").toAbsolutePath();

  @TempDir Path project;
  @TempDir Path logs;

  @Test
  void serveAfterDebugRunsUnderTheDirectives() throws Exception {
    TestFiles.copyProject(project);
    Process serve = serve(LAUNCHER, "--debug", "serve", "--port", "0");
    try {
      List<String> line = commandLine(serve);
      assertTrue(line.stream().anyMatch(flag -> flag.startsWith("-XX:CompilerDirectivesFile=")), line::toString);
      assertFalse(line.contains("-XX:TieredStopAtLevel=1"), line::toString);
    } finally {
      stop(serve);
    }
  }

  @Test
  void serveStartsWithoutTheDirectivesFile(@TempDir Path home) throws Exception {
    // The launcher, its jar and what it checks the jar against, but no src/launcher.
    copy(LAUNCHER, home.resolve("letters"));
    copy(Path.of("pom.xml"), home.resolve("pom.xml"));
    copyTree(Path.of("src/main"), home.resolve("src/main"));
    copy(Path.of("target/letters.jar"), home.resolve("target/letters.jar"));
    // Newer than the folders just made, so that the launcher does not build it again.
    Files.setLastModifiedTime(home.resolve("target/letters.jar"), java.nio.file.attribute.FileTime.from(
        java.time.Instant.now().plusSeconds(1)));
    TestFiles.copyProject(project);
    Process serve = serve(home.resolve("letters"), "serve", "--port", "0");
    try {
      List<String> line = commandLine(serve);
      assertTrue(line.contains("-XX:TieredStopAtLevel=1"), line::toString);
    } finally {
      stop(serve);
    }
  }

  @Test
  void serveSaysWhyItsJvmCannotStart() throws Exception {
    TestFiles.copyProject(project);
    ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "serve", "--port", "0").directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(logs.resolve("serve.log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("LETTERS_WARM");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().put("JDK_JAVA_OPTIONS", "-Xms64m -Xmx32m");
    Process serve = builder.start();
    try {
      assertTrue(serve.waitFor(120, TimeUnit.SECONDS), this::log);
      assertEquals(1, serve.exitValue(), this::log);
      assertTrue(log().contains("Initial heap size set to a larger value than the maximum heap size"), this::log);
    } finally {
      serve.destroyForcibly();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        copy(path, to.resolve(from.relativize(path).toString()));
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
  }

  /** The JVM's command line: the launcher ends by exec, so the process it started is the JVM. */
  private static List<String> commandLine(Process process) throws IOException {
    String raw = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"), StandardCharsets.UTF_8);
    return List.of(raw.split("\0"));
  }

  /** {@code launcher} with {@code args} in the project, once serve's file is there. */
  private Process serve(Path launcher, String... args) throws Exception {
    List<String> line = new ArrayList<>(List.of(launcher.toString()));
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line).directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(logs.resolve("serve.log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("LETTERS_WARM");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process serve = builder.start();
    Path file = WarmFile.in(project);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(file) && serve.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(Files.exists(file), () -> "serve wrote no " + file + ": " + log());
    return serve;
  }

  private static void stop(Process serve) throws InterruptedException {
    serve.destroy();
    if (!serve.waitFor(30, TimeUnit.SECONDS)) {
      serve.destroyForcibly();
    }
  }

  private String log() {
    try {
      return Files.readString(logs.resolve("serve.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}

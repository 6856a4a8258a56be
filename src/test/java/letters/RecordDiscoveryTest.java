package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import letters.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the records folder may hold that is not a plain file: a pipe named like a record, a link to
 * a device, a folder. Each is one error naming it; the other letters are still written, and nothing
 * hangs or runs out of memory reading it. (The timeouts only stop a hang from stalling the suite.)
 */
class RecordDiscoveryTest {
  @TempDir Path work;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aPipeALinkToADeviceAndAFolderAreEachOneErrorAndTheRestAreWritten() throws IOException, InterruptedException {
    Path forces = Files.createDirectories(work.resolve("forces"));
    TestFiles.copyTree(Path.of("forces"), forces);
    Process mkfifo = new ProcessBuilder("mkfifo", forces.resolve("pipe.yaml").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Path link = Files.createSymbolicLink(forces.resolve("zero.yaml"), Path.of("/dev/zero"));
    Files.createDirectories(forces.resolve("folder.yaml"));

    BuildReport report;
    try {
      report = Letters.open(forces, Path.of("templates")).build(List.of(), work.resolve("out"), Progress.NONE);
    } finally {
      // Removed here, so that JUnit has no link leading out of its folder to warn about in the log.
      Files.delete(link);
    }

    assertEquals(5, report.written().size(), report.diagnostics().toString());
    assertEquals(List.of(
        "folder.yaml: is a folder, not a record file",
        "pipe.yaml: is not a regular file (a pipe, a device or a broken link); a record must be a plain file",
        "zero.yaml: is not a regular file (a pipe, a device or a broken link); a record must be a plain file"),
        report.diagnostics().stream().map(d -> d.file().getFileName() + ": " + d.message()).sorted().toList());
    assertTrue(report.diagnostics().stream().allMatch(Diagnostic::isError));
  }

  @Test
  void aLinkLeadingOutOfTheRecordsFolderIsNotReadAndOneWithinItIs() throws IOException {
    Path forces = Files.createDirectories(work.resolve("forces"));
    TestFiles.copyTree(Path.of("forces"), forces);
    Path secret = Files.writeString(work.resolve("secret.yaml"), "force: a secret of the user's\n");
    Path outside = Files.createSymbolicLink(forces.resolve("outside.yaml"), secret);
    Files.createSymbolicLink(forces.resolve("also-warwickshire.yaml"), forces.resolve("warwickshire.yaml").getFileName());

    BuildReport report;
    try {
      report = Letters.open(forces, Path.of("templates")).build(List.of(), work.resolve("out"), Progress.NONE);
    } finally {
      Files.delete(outside);
    }

    List<String> said = report.diagnostics().stream().map(d -> d.file().getFileName() + ": " + d.message()).toList();
    assertTrue(said.contains("outside.yaml: is a link to a file outside the records folder, which is not read; a record "
        + "must be a file in the records folder (copy it in)"), said.toString());
    assertTrue(said.stream().noneMatch(line -> line.contains("secret")), said.toString());
    // The link within the folder is read: it is a second record of Warwickshire, which the build refuses as such.
    assertTrue(said.stream().anyMatch(line -> line.startsWith("also-warwickshire.yaml: ") && line.contains("has another record too")),
        said.toString());
  }

  @Test
  void aRecordsFolderThatIsALinkLeadingOutOfItsFolderIsNotReadButItsRealFolderIs() throws IOException {
    Path elsewhere = Files.createDirectories(work.resolve("elsewhere/forces"));
    TestFiles.copyTree(Path.of("forces"), elsewhere);
    Path project = Files.createDirectories(work.resolve("project"));
    Path forces = Files.createSymbolicLink(project.resolve("forces"), elsewhere);
    try {
      BuildReport report = Letters.open(forces, Path.of("templates")).build(List.of(), work.resolve("out"), Progress.NONE);
      assertEquals(0, report.written().size());
      assertEquals(List.of("forces: is a link leading out of the folder it stands in (to " + elsewhere.toRealPath()
          + "), so its records are not read; give --records with the folder itself to read them there"),
          report.diagnostics().stream().map(d -> d.file().getFileName() + ": " + d.message()).toList());
      assertEquals(1, Letters.open(forces, Path.of("templates")).record("warwickshire").diagnostics().size());
      assertEquals(5, Letters.open(elsewhere, Path.of("templates")).build(List.of(), work.resolve("out2"), Progress.NONE)
          .written().size());
    } finally {
      Files.delete(forces);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aPipeAskedForByIdIsAnErrorNotAHang() throws IOException, InterruptedException {
    Path forces = Files.createDirectories(work.resolve("forces"));
    assertEquals(0, new ProcessBuilder("mkfifo", forces.resolve("kent.yaml").toString()).start().waitFor());
    var record = Letters.open(forces, Path.of("templates")).record("kent");
    assertEquals(List.of("is not a regular file (a pipe, a device or a broken link); a record must be a plain file"),
        record.diagnostics().stream().map(Diagnostic::message).toList());
  }
}

package letters.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import letters.diagnostic.DiagnosticException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record is read from the file it was found to be when it was looked at: a link put in its place
 * afterwards (between the look and the read) is refused, not followed out of the records folder.
 */
class RecordSourceTest {
  @TempDir Path folder;

  @Test
  void aRecordIsReadFromTheFileItWas() throws Exception {
    Path record = Files.writeString(folder.resolve("a.yaml"), "name: A\n");
    BasicFileAttributes attributes = Files.readAttributes(record, BasicFileAttributes.class);
    YamlNode read = YamlReader.read(record, record, attributes);
    assertTrue(read instanceof YamlNode.Mapping, read.toString());
  }

  @Test
  void aLinkPutInTheRecordsPlaceAfterTheLookIsRefused() throws Exception {
    Path outside = Files.writeString(Files.createDirectory(folder.resolve("elsewhere")).resolve("secret.yaml"),
        "password: hunter2\n");
    Path record = Files.writeString(folder.resolve("a.yaml"), "name: A\n");
    BasicFileAttributes attributes = Files.readAttributes(record, BasicFileAttributes.class);
    // Swapped after the records folder was looked at.
    Files.delete(record);
    Files.createSymbolicLink(record, outside);

    DiagnosticException refused = assertThrows(DiagnosticException.class, () -> YamlReader.read(record, record, attributes));
    assertEquals(record, refused.diagnostic().file());
    assertTrue(refused.diagnostic().toString().contains("cannot be read"), refused.diagnostic().toString());
    assertFalse(refused.diagnostic().toString().contains("hunter2"), refused.diagnostic().toString());
  }

  @Test
  void aFolderOnTheWayToALinksFileSwappedForALinkAfterTheLookIsRefused() throws Exception {
    // a.yaml links to sub/b.yaml, inside the records folder: the look finds sub/b.yaml and the read
    // opens it without following a link, but only its last part; sub itself is followed.
    Path records = Files.createDirectory(folder.resolve("records"));
    Path sub = Files.createDirectory(records.resolve("sub"));
    Files.writeString(sub.resolve("b.yaml"), "name: B\n");
    Path record = Files.createSymbolicLink(records.resolve("a.yaml"), Path.of("sub", "b.yaml"));
    Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("b.yaml"), "password: hunter2\n");
    BasicFileAttributes attributes = Files.readAttributes(record, BasicFileAttributes.class);
    Path source = record.toRealPath();
    YamlNode read = YamlReader.read(record, source, attributes);
    assertTrue(read.toString().contains("B"), read.toString());
    // Swapped after the records folder was looked at.
    Files.move(sub, folder.resolve("moved"));
    Files.createSymbolicLink(sub, elsewhere);

    DiagnosticException refused = assertThrows(DiagnosticException.class, () -> YamlReader.read(record, source, attributes));
    assertFalse(refused.diagnostic().toString().contains("hunter2"), refused.diagnostic().toString());
  }
}

package letters.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code manifest.json}: the letters in an output folder, one entry each, in id order. It lists only
 * files that were completely written.
 */
public record Manifest(List<ManifestEntry> letters) {
  /** The manifest's file name inside an output folder. */
  public static final String FILE_NAME = "manifest.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Manifest {
    letters = letters.stream().sorted(Comparator.comparing(ManifestEntry::id)).toList();
  }

  /** The manifest in {@code folder}, or an empty one where there is none or it cannot be read. */
  public static Manifest read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return new Manifest(List.of());
    }
    try {
      Manifest manifest = JSON.readValue(file.toFile(), Manifest.class);
      return manifest.letters() == null ? new Manifest(List.of()) : manifest;
    } catch (IOException e) {
      return new Manifest(List.of());
    }
  }

  byte[] toJson() {
    try {
      return (JSON.writeValueAsString(this) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("a manifest is always serialisable", e);
    }
  }

  /** This manifest with {@code entry} in place of any entry for the same id. */
  Manifest with(ManifestEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return new Manifest(
        java.util.stream.Stream.concat(
                letters.stream().filter(e -> !e.id().equals(entry.id())), java.util.stream.Stream.of(entry))
            .toList());
  }

  Manifest without(String id) {
    return new Manifest(letters.stream().filter(e -> !e.id().equals(id)).toList());
  }
}

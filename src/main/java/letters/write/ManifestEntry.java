package letters.write;

import java.util.Objects;

/** One letter written: its record's id and name, its file, the file's SHA-256, its page count and outcome. */
public record ManifestEntry(String id, String name, String file, String sha256, int pages, String outcome) {
  public ManifestEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(outcome, "outcome");
  }
}

package letters;

import java.util.List;
import letters.diagnostic.Diagnostic;
import letters.write.ManifestEntry;

/**
 * What a build did: the letters it wrote, every problem it met, and how many letters it was asked
 * for (so that letters whose records could not even be read count as failed).
 */
public record BuildReport(List<ManifestEntry> written, List<Diagnostic> diagnostics, int requested) {
  public BuildReport {
    written = List.copyOf(written);
    diagnostics = List.copyOf(diagnostics);
  }

  public int failed() {
    return Math.max(0, requested - written.size());
  }

  public boolean isClean() {
    return failed() == 0 && diagnostics.stream().noneMatch(Diagnostic::isError);
  }
}

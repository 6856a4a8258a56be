package letters.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the folder letters are written to. */
final class OutputOption {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Folder to write into (default: ${DEFAULT-VALUE}).")
  Path out;

  Path in(Session session) {
    return session.resolve(out);
  }
}

package letters.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the folder the letters are written to. */
final class OutputOption {
  static final String DEFAULT = "out";

  @Option(names = "--out", paramLabel = "DIR", description = "The letters' folder (default: " + DEFAULT + ", in the project).")
  Path out;

  Path in(Session session, Sources sources) {
    return sources.output(session, out, DEFAULT);
  }
}

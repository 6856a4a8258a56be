package letters.cli;

import java.nio.file.Path;
import letters.Letters;
import picocli.CommandLine.Option;

/** The options every command shares: where the records and templates are, and --debug. */
final class SourceOptions {
  @Option(names = "--forces", paramLabel = "DIR", defaultValue = "forces",
      description = "Folder of per-force records (default: ${DEFAULT-VALUE}).")
  Path forces;

  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Folder of templates, assets and campaign.yaml (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--debug", description = "Show the stack trace behind an error.")
  boolean debug;

  /** The records and templates, with relative folders taken from the session's directory. */
  Letters open(Session session) {
    return Letters.open(session.resolve(forces), session.resolve(templates));
  }
}

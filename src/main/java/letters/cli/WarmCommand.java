package letters.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Which handed-over command lines the warm process runs: {@code build}, {@code preview} and
 * {@code explain} on the very records and templates it serves, as the command line finds them
 * from the client's folder and options, for a client whose locale and time zone are this
 * process's. Anything else is left to a fresh JVM: another project, another command, a keystore's
 * password to ask for, the desktop's viewer, an {@code @file} of arguments (read from this
 * process's folder), {@code --debug} (whose stack traces would show this process's threads), a
 * line the parser rejects.
 */
final class WarmCommand {
  static final Set<String> NAMES = Set.of("build", "preview", "explain");

  private WarmCommand() {}

  /**
   * Whether the warm process serving {@code served}, started in {@code environment}, runs {@code
   * request} exactly as a fresh JVM would.
   */
  static boolean runsOn(Sources served, Map<String, String> environment, WarmRequest request) {
    for (String name : WarmRequest.COMPARED) {
      if (!Objects.equals(environment.get(name), request.environment().get(name))) {
        return false;
      }
    }
    List<String> args = request.args();
    if (args.stream().anyMatch(arg -> arg.startsWith("@") || arg.startsWith("--sign") || arg.equals("--open")
        || arg.equals("--debug"))) {
      return false;
    }
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    Session silent = new Session(nowhere, nowhere, request.workingDirectory(), false, request.environment());
    String[] line = args.toArray(String[]::new);
    try {
      ParseResult parsed = Main.commandLine(silent, line).parseArgs(line);
      if (!parsed.hasSubcommand() || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
        return false;
      }
      ParseResult command = parsed.subcommand();
      CommandSpec spec = command.commandSpec();
      if (!NAMES.contains(spec.name()) || command.isUsageHelpRequested()) {
        return false;
      }
      SourceOptions sources = (SourceOptions) spec.mixins().get("sources").userObject();
      return sources.locate(silent).equals(served);
    } catch (CommandLine.ParameterException | UsageError e) {
      return false;
    }
  }
}

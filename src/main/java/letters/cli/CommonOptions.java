package letters.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command takes: {@code -h}/{@code --help}, and {@code --debug}, which is
 * {@link Main}'s and inherited by every command, so that it may stand before the command's name
 * ({@code letters --debug build}) or after it ({@code letters build --debug}).
 */
final class CommonOptions {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** Whether {@code --debug} was given, before the command's name or after it. */
  boolean debug() {
    Boolean debug = command.findOption("--debug").getValue();
    return Boolean.TRUE.equals(debug);
  }
}

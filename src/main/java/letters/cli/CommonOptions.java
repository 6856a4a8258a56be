package letters.cli;

import picocli.CommandLine.Option;

/** The options every command takes: {@code -h}/{@code --help} and {@code --debug}. */
final class CommonOptions {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--debug", description = "Show the stack trace behind an error.")
  boolean debug;
}

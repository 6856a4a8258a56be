package letters.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code letters} command line: a thin shell over {@link letters.Letters}. {@link #run} takes
 * its streams as arguments and returns the exit status (0 done, 1 a letter or file failed, 2 bad
 * usage), so tests drive it exactly as a user does; only {@link #main} exits.
 */
@Command(
    name = "letters",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns an inspectorate's findings into its signed-off PDF letters.",
    footer = "%nRun 'letters COMMAND --help' for what a command takes.",
    subcommandsRepeatable = false)
public final class Main implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  // Inherited: every command takes it, before its name or after it, and reads it here.
  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace behind an error.")
  boolean debug;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    boolean terminal = "1".equals(System.getenv("LETTERS_TERMINAL"));
    System.exit(run(args, out, err, Path.of(""), terminal, System.getenv()));
  }

  /** Runs the command line {@code args} and returns its exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Path workingDirectory, boolean terminal) {
    return run(args, out, err, workingDirectory, terminal, Map.of());
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter, Path, boolean)}, with the environment it sees. */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Path workingDirectory, boolean terminal, Map<String, String> environment) {
    CommandLine line = commandLine(new Session(out, err, workingDirectory, terminal, environment), args);
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler(Main::badUsage);
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageError usage) {
            err.println("letters: " + usage.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
          }
          err.println("letters: internal error: " + e + " (run again with --debug for details)");
          if (parseResult.expandedArgs().contains("--debug")) {
            e.printStackTrace(err);
          }
          err.flush();
          return 1;
        });
    return line.execute(args);
  }

  /** Each command by its name, made for a session; in the order the help lists them. */
  private static final Map<String, Function<Session, Object>> COMMANDS = commands();

  private static Map<String, Function<Session, Object>> commands() {
    Map<String, Function<Session, Object>> commands = new LinkedHashMap<>();
    commands.put("build", BuildCommand::new);
    commands.put("preview", PreviewCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("explain", ExplainCommand::new);
    commands.put("gallery", GalleryCommand::new);
    commands.put("diff", DiffCommand::new);
    commands.put("schema", SchemaCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("summary", SummaryCommand::new);
    commands.put("publish", PublishCommand::new);
    commands.put("verify", VerifyCommand::new);
    commands.put("bench", BenchCommand::new);
    return commands;
  }

  /** Every command, as one model: the parser, the help texts and the README's table all read it. */
  static CommandLine commandLine(Session session) {
    CommandLine line = new CommandLine(new Main());
    line.addSubcommand(new CommandLine.HelpCommand());
    COMMANDS.forEach((name, command) -> line.addSubcommand(name, command.apply(session)));
    return line;
  }

  /**
   * The model {@code args} need: only the command they name, when they start with one (building
   * every command's model from its annotations was a fifth of a preview's start), else every one,
   * for the help, the suggestions for a mistyped command and the usage.
   */
  static CommandLine commandLine(Session session, String[] args) {
    if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
      return commandLine(session);
    }
    CommandLine line = new CommandLine(new Main());
    line.addSubcommand(args[0], COMMANDS.get(args[0]).apply(session));
    return line;
  }

  /**
   * Bad usage, as git and cargo answer it: what was wrong (and the nearest option, when one was
   * mistyped), the command's usage line, and where to read more; exit status 2.
   */
  private static int badUsage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    CommandLine.Help help = command.getHelp();
    err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    err.println("Try '" + name + " --help' for more.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** The version recorded in the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"letters " + (version == null ? "(development build)" : version)};
    }
  }
}

package letters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's command reference against the command line's own model, so that neither drifts:
 * every command and option it names exists where it says, every option of every command is in it,
 * and every default it states is the default the command has. Rows added for new commands are read
 * like the others.
 */
class ReadmeCommandsTest {
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern FENCE = Pattern.compile("(?s)```.*?```");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[a-zA-Z][\\w-]*)");
  /** "`--out DIR` (default `out`": an option and, straight after it, the default it has. */
  private static final Pattern DEFAULT = Pattern.compile("`(--[\\w-]+)[^`]*`\\)?\\s*\\(default `([^`]*)`");

  private final CommandLine model = Main.commandLine(new Session(new PrintWriter(new StringWriter()),
      new PrintWriter(new StringWriter()), Path.of(""), false, Map.of()));
  private final String readme = read();

  @Test
  void everyCommandAndOptionTheReadmeNamesExistsWhereItSays() {
    for (String usage : usages()) {
      List<String> words = List.of(usage.substring("./letters ".length()).split("\\s+"));
      CommandSpec spec = words.getFirst().startsWith("-") ? model.getCommandSpec() : command(words.getFirst(), usage);
      Matcher options = OPTION.matcher(usage);
      while (options.find()) {
        assertNotNull(spec.findOption(options.group(1)), usage + ": " + spec.qualifiedName() + " has no " + options.group(1));
      }
    }
  }

  @Test
  void everyOptionOfEveryCommandIsInTheReadme() {
    Map<String, Set<String>> documented = documentedOptions();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, CommandLine> command : model.getSubcommands().entrySet()) {
      if (command.getKey().equals("help")) {
        continue;
      }
      for (OptionSpec option : command.getValue().getCommandSpec().options()) {
        if (!documented.getOrDefault(command.getKey(), Set.of()).contains(option.longestName())) {
          missing.add(command.getKey() + " " + option.longestName());
        }
      }
    }
    assertEquals(List.of(), missing, "options the README's command tables do not list");
  }

  @Test
  void everyDefaultTheReadmeStatesIsTheCommandsOwn() {
    int checked = 0;
    for (String row : section("## Commands").lines().filter(line -> line.startsWith("| `")).toList()) {
      for (String[] stated : defaults(row)) {
        for (CommandSpec spec : commandsOf(row)) {
          OptionSpec option = spec.findOption(stated[0]);
          assertNotNull(option, row + ": " + spec.qualifiedName() + " has no " + stated[0]);
          String own = option.defaultValue() != null ? option.defaultValue()
              : String.join(" ", option.description()).replaceAll(".*\\(default: ([^,;)]+).*", "$1");
          assertEquals(stated[1], own, spec.qualifiedName() + " " + stated[0] + ": the README and the command disagree");
          checked++;
        }
      }
    }
    assertTrue(checked >= 5, "the README states defaults: " + checked);
  }

  /**
   * The defaults a row states, as (option, value): in a usage row, "`--out DIR` (default `out`"; in
   * an option row, the row's option and the one "(default `forces`" in it.
   */
  private static List<String[]> defaults(String row) {
    List<String[]> found = new ArrayList<>();
    String first = row.split("\\|")[1].strip();
    if (first.startsWith("`./letters ")) {
      Matcher stated = DEFAULT.matcher(row);
      while (stated.find()) {
        found.add(new String[] {stated.group(1), stated.group(2)});
      }
      return found;
    }
    Matcher option = OPTION.matcher(first);
    Matcher stated = Pattern.compile("\\(default `([^`]*)`").matcher(row);
    String name = null;
    while (option.find()) {
      name = option.group(1);
    }
    if (name != null && stated.find()) {
      found.add(new String[] {name, stated.group(1)});
    }
    return found;
  }

  @Test
  void theHelpNeverBreaksAFileNameAcrossLines() {
    List<CommandLine> all = new ArrayList<>(model.getSubcommands().values());
    all.add(model);
    for (CommandLine command : all) {
      List<String> lines = command.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList();
      for (int i = 1; i < lines.size(); i++) {
        boolean broken = lines.get(i - 1).matches(".*\\w\\.$")
            && lines.get(i).strip().matches("^(pdf|csv|txt|json|yaml|ftl|png|p12)\\b.*");
        assertFalse(broken, command.getCommandName() + ":\n" + lines.get(i - 1) + "\n" + lines.get(i));
      }
    }
  }

  /** Each command's options the README lists: in its rows of the commands table, or in the shared options table. */
  private Map<String, Set<String>> documentedOptions() {
    Map<String, Set<String>> documented = new HashMap<>();
    for (String row : section("## Commands").lines().filter(line -> line.startsWith("| `")).toList()) {
      Set<String> named = new HashSet<>();
      Matcher options = OPTION.matcher(row);
      while (options.find()) {
        named.add(options.group(1));
      }
      for (CommandSpec spec : commandsOf(row)) {
        for (String name : named) {
          OptionSpec option = spec.findOption(name);
          if (option != null) {
            documented.computeIfAbsent(spec.name(), k -> new TreeSet<>()).add(option.longestName());
          }
        }
      }
    }
    return documented;
  }

  /**
   * The commands a table row is about: the command of a usage row ({@code ./letters build ...}), or
   * those of an option row's "taken by" cell ("every command", "every command but `verify`",
   * "`build`, `diff`").
   */
  private List<CommandSpec> commandsOf(String row) {
    String[] cells = row.split("\\|");
    String first = cells[1].strip();
    if (first.startsWith("`./letters ")) {
      String word = first.substring("`./letters ".length()).split("[\\s`]")[0];
      return word.startsWith("-") ? List.of(model.getCommandSpec()) : List.of(command(word, row));
    }
    String takenBy = cells[2].strip();
    List<CommandSpec> specs = new ArrayList<>();
    if (takenBy.startsWith("every command")) {
      List<String> except = codes(takenBy.contains(" but ") ? takenBy.substring(takenBy.indexOf(" but ")) : "");
      model.getSubcommands().forEach((name, command) -> {
        if (!name.equals("help") && !except.contains(name)) {
          specs.add(command.getCommandSpec());
        }
      });
    } else {
      codes(takenBy).forEach(name -> specs.add(command(name, row)));
    }
    return specs;
  }

  /** Every {@code ./letters ...} the README shows in code, anywhere: in a sentence or a block. */
  private List<String> usages() {
    List<String> usages = new ArrayList<>();
    for (String code : codes(readme)) {
      if (code.startsWith("./letters ")) {
        usages.add(code);
      }
    }
    Matcher block = FENCE.matcher(readme);
    while (block.find()) {
      block.group().lines().map(line -> line.replaceFirst("^\\$ ", "").replaceFirst("\\s+#.*", ""))
          .filter(line -> line.startsWith("./letters ")).forEach(usages::add);
    }
    assertTrue(usages.size() > 15, "the README shows the commands: " + usages);
    return usages;
  }

  private CommandSpec command(String name, String where) {
    CommandLine command = model.getSubcommands().get(name);
    if (command == null) {
      fail(where + ": letters has no command '" + name + "'; it has " + model.getSubcommands().keySet());
    }
    return command.getCommandSpec();
  }

  private String section(String heading) {
    int start = readme.indexOf("\n" + heading + "\n");
    assertTrue(start >= 0, "the README has a section " + heading);
    int end = readme.indexOf("\n## ", start + heading.length() + 2);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> codes(String text) {
    List<String> codes = new ArrayList<>();
    Matcher code = CODE.matcher(FENCE.matcher(text).replaceAll(""));
    while (code.find()) {
      codes.add(code.group(1));
    }
    return codes;
  }

  private static String read() {
    try {
      return Files.readString(Path.of("README.md"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

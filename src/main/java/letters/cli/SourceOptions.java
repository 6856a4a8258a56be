package letters.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads records and templates: which project, and where in it.
 * Folders given here are taken from the current folder; the defaults from the project, which is
 * looked for upwards from the current folder when {@code --project} is not given.
 */
final class SourceOptions {
  @Option(names = "--project", paramLabel = "DIR",
      description = "The project, a folder holding templates and the records folder their campaign declares"
          + " (default: this folder or the nearest above it).")
  Path project;

  @Option(names = "--records", paramLabel = "DIR",
      description = "Folder of records, one per letter (default: the campaign's record.folder, in the project).")
  Path records;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder of templates, assets and campaign.yaml (default: templates, in the project).")
  Path templates;

  /**
   * Where the records and templates are. Says which project it uses when that is not the current
   * folder; a project that is needed and not found is a {@link UsageError}.
   */
  Sources locate(Session session) {
    Path here = session.workingDirectory();
    Optional<Path> givenTemplates = Optional.ofNullable(templates).map(session::resolve);
    boolean needed = templates == null || records == null;
    Optional<Project> found = project != null ? Optional.of(given(session))
        : needed ? Project.around(here, givenTemplates, records == null) : Project.around(here);
    if (found.isEmpty() && needed) {
      throw new UsageError(notFound(session));
    }
    if (project == null && found.isPresent() && !found.get().root().equals(here)) {
      session.err().println("letters: using the project in " + found.get().root());
      session.err().flush();
    }
    Path root = found.map(Project::root).orElse(here);
    return new Sources(root,
        records != null ? session.resolve(records) : found.get().records(),
        givenTemplates.orElseGet(() -> found.get().templates()));
  }

  private Project given(Session session) {
    Path folder = session.resolve(project);
    return Project.at(folder).orElseThrow(() -> new UsageError("--project " + project + ": " + folder
        + " is not a project: it needs a " + Project.TEMPLATES + " folder and the records folder its campaign declares"));
  }

  private static String notFound(Session session) {
    String launcher = session.environment().get("LETTERS_LAUNCHER");
    Optional<Path> beside = Optional.ofNullable(launcher).map(l -> Path.of(l).toAbsolutePath().getParent())
        .filter(folder -> Project.at(folder).isPresent());
    return "no project here: neither " + session.workingDirectory() + " nor a folder above it holds a "
        + Project.TEMPLATES + " folder and the records folder its campaign declares; run from inside a project or give"
        + " --project DIR" + beside.map(folder -> " (such as --project " + folder + ")").orElse("");
  }
}

package letters.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads records and templates: which project, and where in it.
 * Folders given here are taken from the current folder; the defaults from the project, which is
 * looked for upwards from the current folder when {@code --project} is not given.
 */
final class SourceOptions {
  @Option(names = "--project", paramLabel = "DIR",
      description = "The project, a folder holding templates and forces (default: this folder or the nearest above it).")
  Path project;

  @Option(names = "--forces", paramLabel = "DIR", description = "Folder of per-force records (default: forces, in the project).")
  Path forces;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder of templates, assets and campaign.yaml (default: templates, in the project).")
  Path templates;

  /**
   * Where the records and templates are. Says which project it uses when that is not the current
   * folder; a project that is needed and not found is a {@link UsageError}.
   */
  Sources locate(Session session) {
    Path here = session.workingDirectory();
    List<String> needed = new ArrayList<>();
    if (templates == null) {
      needed.add(Project.TEMPLATES);
    }
    if (forces == null) {
      needed.add(Project.FORCES);
    }
    Optional<Project> found = project != null ? Optional.of(given(session))
        : needed.isEmpty() ? Project.around(here) : Project.around(here, needed);
    if (found.isEmpty() && !needed.isEmpty()) {
      throw new UsageError(notFound(session));
    }
    if (project == null && found.isPresent() && !found.get().root().equals(here)) {
      session.err().println("letters: using the project in " + found.get().root());
      session.err().flush();
    }
    Path root = found.map(Project::root).orElse(here);
    return new Sources(root,
        forces != null ? session.resolve(forces) : found.get().forces(),
        templates != null ? session.resolve(templates) : found.get().templates());
  }

  private Project given(Session session) {
    Path folder = session.resolve(project);
    if (!Project.holdsOne(folder)) {
      throw new UsageError("--project " + project + ": " + folder + " is not a project: it needs a "
          + Project.TEMPLATES + " and a " + Project.FORCES + " folder");
    }
    return new Project(folder);
  }

  private static String notFound(Session session) {
    String launcher = session.environment().get("LETTERS_LAUNCHER");
    Optional<Path> beside = Optional.ofNullable(launcher).map(l -> Path.of(l).toAbsolutePath().getParent())
        .filter(Project::holdsOne);
    return "no project here: neither " + session.workingDirectory() + " nor a folder above it holds "
        + Project.TEMPLATES + " and " + Project.FORCES + "; run from inside a project or give --project DIR"
        + beside.map(folder -> " (such as --project " + folder + ")").orElse("");
  }
}

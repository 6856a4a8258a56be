package letters.cli;

import java.nio.file.Path;
import java.util.List;
import letters.Letters;

/**
 * Where a command reads from: the project (the folder default outputs go in) and its forces and
 * templates folders, all absolute.
 */
record Sources(Path project, Path forces, Path templates) {
  private static final String RECORD = ".yaml";

  Sources {
    project = project.toAbsolutePath().normalize();
    forces = forces.toAbsolutePath().normalize();
    templates = templates.toAbsolutePath().normalize();
  }

  Letters open() {
    return Letters.open(forces, templates);
  }

  /** The folder {@code given} on the command line (from the current folder), else {@code fallback} in the project. */
  Path output(Session session, Path given, String fallback) {
    return given != null ? session.resolve(given) : project.resolve(fallback);
  }

  /**
   * Force ids as typed: {@code thames-valley}, or its record's file as a path ({@code
   * thames-valley.yaml}, {@code forces/thames-valley.yaml}), which must be in the forces folder.
   */
  List<String> ids(List<String> typed, Session session) {
    return typed.stream().map(argument -> id(argument, session)).toList();
  }

  private String id(String argument, Session session) {
    boolean path = argument.contains("/");
    if (!path && !argument.endsWith(RECORD)) {
      return argument;
    }
    Path file = session.resolve(Path.of(argument));
    String name = file.getFileName() == null ? argument : file.getFileName().toString();
    if (path && !forces.equals(file.getParent())) {
      throw new UsageError("'" + argument + "' is not a record in the forces folder " + session.shown(forces)
          + "; name a force by its id (such as " + name.replaceFirst("\\.yaml$", "") + "), or give --forces for another folder");
    }
    return name.endsWith(RECORD) ? name.substring(0, name.length() - RECORD.length()) : name;
  }
}

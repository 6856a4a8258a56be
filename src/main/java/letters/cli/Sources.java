package letters.cli;

import java.nio.file.Path;
import java.util.List;
import letters.Letters;

/**
 * Where a command reads from: the project (the folder default outputs go in) and its records and
 * templates folders, all absolute.
 */
record Sources(Path project, Path records, Path templates) {
  private static final String RECORD = ".yaml";

  Sources {
    project = project.toAbsolutePath().normalize();
    records = records.toAbsolutePath().normalize();
    templates = templates.toAbsolutePath().normalize();
  }

  Letters open() {
    return Letters.open(records, templates);
  }

  /** The folder {@code given} on the command line (from the current folder), else {@code fallback} in the project. */
  Path output(Session session, Path given, String fallback) {
    return given != null ? session.resolve(given) : project.resolve(fallback);
  }

  /**
   * Record ids as typed: {@code thames-valley}, or the record's file as a path ({@code
   * thames-valley.yaml}, {@code records/thames-valley.yaml}), which must be in the records folder.
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
    if (path && !records.equals(file.getParent())) {
      throw new UsageError("'" + argument + "' is not a record in the records folder " + session.shown(records)
          + "; name a record by its id (such as " + name.replaceFirst("\\.yaml$", "") + "), or give --records for another folder");
    }
    return name.endsWith(RECORD) ? name.substring(0, name.length() - RECORD.length()) : name;
  }
}

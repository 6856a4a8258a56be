package letters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import letters.Letters;

/**
 * A folder holding a campaign's {@code templates/} and the records folder its campaign declares
 * ({@code record.folder}): the project a command works on. Found as git finds its repository, by
 * looking in the current folder and then in each folder above it, so that a command run from the
 * records folder or {@code templates/paragraphs/} means the project around it.
 */
record Project(Path root, Path templates, Path records) {
  static final String TEMPLATES = "templates";

  Project {
    root = root.toAbsolutePath().normalize();
    templates = templates.toAbsolutePath().normalize();
    records = records.toAbsolutePath().normalize();
  }

  /** The nearest project at or above {@code folder}. */
  static Optional<Project> around(Path folder) {
    return around(folder, Optional.empty(), true);
  }

  /**
   * The nearest folder at or above {@code folder} that holds what was not given on the command
   * line: a templates folder unless {@code templates} is given, and the records folder those
   * templates declare when {@code needsRecords}.
   */
  static Optional<Project> around(Path folder, Optional<Path> templates, boolean needsRecords) {
    for (Path candidate = folder.toAbsolutePath().normalize(); candidate != null; candidate = candidate.getParent()) {
      Optional<Project> here = in(candidate, templates, needsRecords);
      if (here.isPresent()) {
        return here;
      }
    }
    return Optional.empty();
  }

  /** {@code folder} as a project, if it holds both a templates folder and the records folder it declares. */
  static Optional<Project> at(Path folder) {
    return in(folder, Optional.empty(), true);
  }

  private static Optional<Project> in(Path folder, Optional<Path> templates, boolean needsRecords) {
    Path used = templates.orElse(folder.resolve(TEMPLATES));
    if (!Files.isDirectory(used)) {
      return Optional.empty();
    }
    Optional<Path> declared = Letters.recordsFolder(used);
    // A campaign file that cannot be read declares no folder; the folder holding the templates is
    // still the project, and the command says what is wrong with its campaign file.
    Path records = folder.resolve(declared.map(p -> p.getFileName().toString()).orElse(Letters.RECORDS_FOLDER));
    if (needsRecords && declared.isPresent() && !Files.isDirectory(records)) {
      return Optional.empty();
    }
    return Optional.of(new Project(folder, used, records));
  }
}

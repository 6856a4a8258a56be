package letters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A folder holding a campaign's {@code templates/} and {@code forces/}: the project a command works
 * on. Found as git finds its repository, by looking in the current folder and then in each folder
 * above it, so that a command run from {@code forces/} or {@code templates/paragraphs/} means the
 * project around it.
 */
record Project(Path root) {
  static final String TEMPLATES = "templates";
  static final String FORCES = "forces";

  Project {
    root = root.toAbsolutePath().normalize();
  }

  /** The nearest project at or above {@code folder}. */
  static Optional<Project> around(Path folder) {
    return around(folder, List.of(TEMPLATES, FORCES));
  }

  /**
   * The nearest folder at or above {@code folder} that holds the folders {@code needed}: those of
   * templates and forces that were not given on the command line.
   */
  static Optional<Project> around(Path folder, List<String> needed) {
    for (Path candidate = folder.toAbsolutePath().normalize(); candidate != null; candidate = candidate.getParent()) {
      Path here = candidate;
      if (needed.stream().allMatch(name -> Files.isDirectory(here.resolve(name)))) {
        return Optional.of(new Project(candidate));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code folder} has both a templates and a forces folder. */
  static boolean holdsOne(Path folder) {
    return Files.isDirectory(folder.resolve(TEMPLATES)) && Files.isDirectory(folder.resolve(FORCES));
  }

  Path templates() {
    return root.resolve(TEMPLATES);
  }

  Path forces() {
    return root.resolve(FORCES);
  }
}

package letters.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import letters.diagnostic.Diagnostic;

/**
 * Where a command's words go and how they are shown: its output and error streams, the folder
 * paths are shown relative to, whether the error stream is a terminal (for progress bars), and the
 * environment it runs in.
 */
record Session(
    PrintWriter out, PrintWriter err, Path workingDirectory, boolean terminal, Map<String, String> environment) {

  Session {
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /** {@code path} as given on the command line, relative to the working directory. */
  Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  /**
   * {@code path} as the user would type it: relative to the working directory when below it, or
   * when both are in the same project ({@code ../out} from the records folder); else absolute.
   */
  String shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.equals(workingDirectory)) {
      return ".";
    }
    // Looking for the project reads its campaign file: only for a path outside this folder.
    boolean near = absolute.startsWith(workingDirectory)
        || Project.around(workingDirectory).filter(project -> absolute.startsWith(project.root())).isPresent();
    return near ? workingDirectory.relativize(absolute).toString() : absolute.toString();
  }

  /**
   * Prints each problem on its own line, compiler style; with {@code debug}, its cause too. A
   * problem met by several letters (a broken template stops them all) is one line, which says how
   * many letters it stopped.
   */
  void report(List<Diagnostic> diagnostics, boolean debug) {
    Map<Diagnostic, Integer> times = new LinkedHashMap<>();
    for (Diagnostic diagnostic : diagnostics) {
      times.merge(diagnostic, 1, Integer::sum);
    }
    Map<Path, String> names = new LinkedHashMap<>();
    for (Diagnostic diagnostic : diagnostics.stream().distinct().toList()) {
      int count = times.get(diagnostic);
      Path file = diagnostic.file() == null ? null : Path.of(names.computeIfAbsent(diagnostic.file(), this::shown));
      Diagnostic shown = new Diagnostic(file, diagnostic.line(), diagnostic.column(), diagnostic.severity(), diagnostic.message(), null);
      err.println(shown.format(null) + (count > 1 ? " (in " + count + " letters)" : ""));
      if (debug && diagnostic.cause() != null) {
        diagnostic.cause().printStackTrace(err);
      }
    }
    err.flush();
  }
}

package letters.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import letters.diagnostic.Diagnostic;

/**
 * Where a command's words go and how they are shown: its output and error streams, the folder
 * paths are shown relative to, whether the error stream is a terminal (for the progress bar), and
 * whether to show the exceptions behind errors ({@code --debug}).
 */
record Session(
    PrintWriter out, PrintWriter err, Path workingDirectory, boolean terminal, Map<String, String> environment) {

  /** {@code path} as given on the command line, relative to the working directory. */
  Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  /** {@code path} as the user would type it: relative to the working directory when below it. */
  String shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path here = workingDirectory.toAbsolutePath().normalize();
    if (absolute.equals(here)) {
      return ".";
    }
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }

  /**
   * Prints each problem on its own line, compiler style; with {@code debug}, its cause too. A
   * problem met by several letters (a broken template stops them all) is one line, which says how
   * many letters it stopped.
   */
  void report(List<Diagnostic> diagnostics, boolean debug) {
    Map<Diagnostic, Integer> times = new LinkedHashMap<>();
    Map<Diagnostic, Diagnostic> first = new LinkedHashMap<>();
    for (Diagnostic diagnostic : diagnostics) {
      times.merge(diagnostic, 1, Integer::sum);
      first.putIfAbsent(diagnostic, diagnostic);
    }
    for (Diagnostic diagnostic : first.values()) {
      int count = times.get(diagnostic);
      err.println(diagnostic.format(workingDirectory) + (count > 1 ? " (in " + count + " letters)" : ""));
      if (debug && diagnostic.cause() != null) {
        diagnostic.cause().printStackTrace(err);
      }
    }
    err.flush();
  }
}

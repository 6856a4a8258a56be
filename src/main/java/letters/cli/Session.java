package letters.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import letters.diagnostic.Diagnostic;

/**
 * Where a command's words go and how they are shown: its output and error streams, the folder
 * paths are shown relative to, whether the error stream is a terminal (for the progress bar), and
 * whether to show the exceptions behind errors ({@code --debug}).
 */
record Session(PrintWriter out, PrintWriter err, Path workingDirectory, boolean terminal) {

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

  /** Prints each diagnostic on its own line, compiler style; with {@code debug}, its cause too. */
  void report(List<Diagnostic> diagnostics, boolean debug) {
    for (Diagnostic diagnostic : diagnostics) {
      err.println(diagnostic.format(workingDirectory));
      if (debug && diagnostic.cause() != null) {
        diagnostic.cause().printStackTrace(err);
      }
    }
    err.flush();
  }
}

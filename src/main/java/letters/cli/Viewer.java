package letters.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hands a file to the desktop's own viewer: Java's desktop support where it works, else
 * xdg-open on a desktop session; on a machine with no desktop it says so and leaves the file be.
 */
final class Viewer {
  private Viewer() {}

  static void open(Path file, Session session) {
    try {
      boolean desktop = session.environment().containsKey("DISPLAY") || session.environment().containsKey("WAYLAND_DISPLAY");
      if (desktop && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        Desktop.getDesktop().open(file.toFile());
        return;
      }
      Path xdgOpen = Path.of("/usr/bin/xdg-open");
      if (desktop && Files.isExecutable(xdgOpen)) {
        new ProcessBuilder(xdgOpen.toString(), file.toString()).inheritIO().start();
        return;
      }
    } catch (IOException | UnsupportedOperationException e) {
      session.err().println("letters: the desktop could not open " + session.shown(file) + ": " + e.getMessage());
      session.err().flush();
      return;
    }
    session.err().println("letters: no desktop viewer here; open " + session.shown(file) + " yourself");
    session.err().flush();
  }
}

package letters.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import letters.Letters;
import letters.diagnostic.DiagnosticException;
import letters.write.FolderLock;

/**
 * Runs a writing command while it holds its output folder, so that two commands never write into
 * one folder at once: a second one waits, saying once whom it waits for, and goes on when the
 * first has finished (or gives up with an error after {@link FolderLock#PATIENCE}).
 */
final class FolderHold {
  private FolderHold() {}

  /** Runs {@code command} holding {@code folder}; its exit status, or 1 when the folder cannot be had. */
  static int holding(Session session, Path folder, boolean debug, IntSupplier command) {
    FolderLock held;
    try {
      held = Letters.lock(folder, wait -> waiting(session, wait));
    } catch (DiagnosticException e) {
      session.report(List.of(e.diagnostic()), debug);
      return 1;
    }
    try {
      return command.getAsInt();
    } finally {
      held.close();
    }
  }

  private static void waiting(Session session, FolderLock.Wait wait) {
    String who = wait.holderIsThisProcess() ? "another command of this process"
        : wait.holder().isPresent() ? "process " + wait.holder().getAsLong() : "another command";
    session.err().println(session.shown(wait.folder()) + ": note: waiting for " + who
        + ", which is writing letters into this folder");
    session.err().flush();
  }
}

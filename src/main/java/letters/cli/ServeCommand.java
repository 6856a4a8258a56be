package letters.cli;

import java.util.concurrent.Callable;
import letters.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code letters serve}: the live preview in a browser, on this machine only. */
@Command(name = "serve", description = "Show the letters in a browser, updated as records and templates change.")
final class ServeCommand implements Callable<Integer> {
  private final Session session;

  @Mixin SourceOptions sources;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  ServeCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    try (PreviewServer server = PreviewServer.start(session.resolve(sources.forces), session.resolve(sources.templates), port)) {
      session.out().println("letters preview at " + server.url() + " (127.0.0.1: this machine only; Ctrl-C stops it)");
      session.out().flush();
      Thread.currentThread().join();
    } catch (java.net.BindException e) {
      session.err().println("letters: port " + port + " is taken; choose another with --port");
      session.err().flush();
      return 1;
    }
    return 0;
  }
}

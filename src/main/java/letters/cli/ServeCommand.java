package letters.cli;

import java.util.concurrent.Callable;
import letters.Letters;
import letters.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code letters serve}: the live preview in a browser, on this machine only. */
@Command(name = "serve", description = "Show the letters in a browser, updated as files change.")
final class ServeCommand implements Callable<Integer> {
  private static final int LAST_PORT = 65535;

  private final Session session;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  private int port;

  ServeCommand(Session session) {
    this.session = session;
  }

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  void port(int port) {
    if (port < 0 || port > LAST_PORT) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--port': " + port + " is not a port; use 0 to " + LAST_PORT + " (0: any free one)");
    }
    this.port = port;
  }

  @Override
  @SuppressWarnings("try") // The warm process is held open while serve runs; the body need not touch it.
  public Integer call() throws Exception {
    Sources found = sources.locate(session);
    try (Preview server = Letters.serve(found.records(), found.templates(), port);
        AutoCloseable warm = warm(found)) {
      session.out().println("letters preview at " + server.url() + " (127.0.0.1: this machine only; Ctrl-C stops it)");
      session.out().flush();
      Thread.currentThread().join();
    } catch (java.net.BindException e) {
      session.err().println("letters: port " + port + " is taken; choose another with --port");
      session.err().flush();
      return 1;
    } catch (InterruptedException e) {
      // Stopped by whoever started it (a test, an embedding program): the server is closed.
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /**
   * The warm process that build, preview and explain in this project use while this serve runs,
   * unless {@value WarmServer#SWITCH} is {@code 0}; when it cannot be offered, serve still runs and says why.
   */
  private AutoCloseable warm(Sources found) {
    if ("0".equals(session.environment().get(WarmServer.SWITCH))) {
      return () -> {};
    }
    try {
      return WarmServer.start(found);
    } catch (java.io.IOException | UnsupportedOperationException e) {
      // A project folder that cannot be written, a folder of another user's, a file system without permissions.
      String reason = e instanceof java.io.IOException io ? letters.diagnostic.Reason.of(io) : "no file permissions here";
      session.err().println(session.shown(WarmFile.in(found.project()))
          + ": note: build, preview and explain will not use this serve: " + reason);
      session.err().flush();
      return () -> {};
    }
  }
}

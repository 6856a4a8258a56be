package letters.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import letters.Letters;
import letters.compose.Letter;
import letters.diagnostic.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code letters preview ID}: writes one letter and prints its path, or prints its text. */
@Command(name = "preview", description = "Write one force's letter and print its path.")
final class PreviewCommand implements Callable<Integer> {
  private final Session session;

  @Mixin SourceOptions sources;

  @Mixin OutputOption output;

  @Option(names = "--text", description = "Print the letter's text instead of writing its PDF.")
  boolean text;

  @Parameters(paramLabel = "ID", description = "The force id, e.g. thames-valley.")
  String id;

  PreviewCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Letters letters = sources.open(session);
    if (text) {
      Result<Letter> letter = letters.letter(id);
      session.report(letter.diagnostics(), sources.debug);
      letter.value().ifPresent(l -> session.out().print(l.text()));
      session.out().flush();
      return letter.value().isPresent() ? 0 : 1;
    }
    Result<Path> written = letters.preview(id, output.in(session));
    session.report(written.diagnostics(), sources.debug);
    written.value().ifPresent(path -> session.out().println(session.shown(path)));
    session.out().flush();
    return written.value().isPresent() ? 0 : 1;
  }
}

package letters.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import letters.Letters;
import letters.compose.Letter;
import letters.diagnostic.Result;
import letters.layout.PageImages;
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

  @Option(names = "--png", description = "Also write each page as a PNG image beside the PDF.")
  boolean png;

  @Option(names = "--open", description = "Open the PDF in the desktop's viewer, when there is one.")
  boolean open;

  @Parameters(paramLabel = "ID", description = "The force id, e.g. thames-valley.")
  String id;

  PreviewCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    return text ? preview() : FolderHold.holding(session, output.in(session), sources.debug, this::preview);
  }

  private int preview() {
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
    if (written.value().isEmpty()) {
      return 1;
    }
    Path pdf = written.value().get();
    session.out().println(session.shown(pdf));
    if (png) {
      try {
        List<byte[]> pages = PageImages.of(Files.readAllBytes(pdf), 110f);
        for (int page = 1; page <= pages.size(); page++) {
          Path image = pdf.resolveSibling(id + "-" + page + ".png");
          Files.write(image, pages.get(page - 1));
          session.out().println(session.shown(image));
        }
      } catch (IOException e) {
        session.err().println(session.shown(pdf) + ": error: cannot draw its pages: " + e.getMessage());
        return 1;
      }
    }
    if (open) {
      Viewer.open(pdf, session);
    }
    session.out().flush();
    return 0;
  }
}

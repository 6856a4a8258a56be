package letters.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import letters.Letters;
import letters.compose.Letter;
import letters.diagnostic.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code letters preview ID}: writes one letter and prints its path, or prints its text. It writes
 * into a folder of its own, never over the text the last build wrote, which {@code letters diff}
 * compares against.
 */
@Command(name = "preview", description = "Write one record's letter and print its path.")
final class PreviewCommand implements Callable<Integer> {
  private final Session session;

  static final String FOLDER = "out/preview";

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into (default: " + FOLDER + ", in the project).")
  Path out;

  @Option(names = "--text", description = "Print the letter's text instead of writing its PDF.")
  boolean text;

  @Option(names = "--png", description = "Also write each page as a PNG image beside the PDF.")
  boolean png;

  @Option(names = "--open", description = "Open the PDF in the desktop's viewer, when there is one.")
  boolean open;

  @Parameters(paramLabel = "ID", description = "The record's id (or its file), e.g. thames-valley.")
  String id;

  PreviewCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Sources found = sources.locate(session);
    String chosen = found.ids(List.of(id), session).getFirst();
    Letters letters = found.open();
    if (text) {
      Result<Letter> letter = letters.letter(chosen);
      session.report(letter.diagnostics(), common.debug());
      letter.value().ifPresent(l -> session.out().print(l.text()));
      session.out().flush();
      return letter.value().isPresent() ? 0 : 1;
    }
    Path folder = found.output(session, out, FOLDER);
    return FolderHold.holding(session, folder, common.debug(), () -> preview(letters, chosen, folder));
  }

  private int preview(Letters letters, String id, Path folder) {
    Result<Path> written = letters.preview(id, folder);
    session.report(written.diagnostics(), common.debug());
    if (written.value().isEmpty()) {
      return 1;
    }
    Path pdf = written.value().get();
    session.out().println(session.shown(pdf));
    if (png) {
      try {
        List<byte[]> pages = Letters.pageImages(pdf, 110f);
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

package letters.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import letters.Letters;
import letters.check.Gallery;
import letters.diagnostic.Result;
import letters.load.Campaign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code letters gallery}: every distinct sentence the assessment can say, by status, each with how
 * many combinations of findings use it and the first that does, for editors to read; under a
 * sentence, any problem the check finds in it. Exit 1 when there is one.
 */
@Command(
    name = "gallery",
    description = "Print every sentence the assessment can say, with findings that make it.")
final class GalleryCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  GalleryCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Letters letters = sources.locate(session).open();
    Result<Gallery> gallery;
    try (ProgressBar bar = ProgressBar.on(session, "collecting sentences")) {
      gallery = letters.gallery(bar);
    }
    session.report(gallery.diagnostics(), common.debug());
    if (gallery.value().isEmpty()) {
      return 1;
    }
    Campaign campaign = letters.campaign().value().orElseThrow();
    Gallery sentences = gallery.value().get();
    Map<Gallery.Entry, List<String>> problems = sentences.problems(campaign);
    session.out().printf("%,d distinct sentences in the assessment over %,d combinations of findings, each with and without notes%n",
        sentences.entries().size(), sentences.combinations());
    for (Map.Entry<String, List<Gallery.Entry>> section : sentences.sections(campaign).entrySet()) {
      session.out().println();
      session.out().println("== " + (section.getKey().isEmpty() ? "Stating no plan element" : section.getKey()) + " ==");
      for (Gallery.Entry entry : section.getValue()) {
        session.out().println(entry.sentence());
        session.out().printf("    %,d of %,d combinations, e.g. %s%s%n", entry.combinations(), sentences.combinations(),
            entry.example().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")),
            entry.withNotes() ? ", with notes" : "");
        problems.getOrDefault(entry, List.of()).forEach(problem -> session.out().println("    problem: " + problem));
      }
    }
    if (!problems.isEmpty()) {
      session.out().printf("%n%,d sentence%s with problems%n", problems.size(), problems.size() == 1 ? "" : "s");
    }
    session.out().flush();
    return problems.isEmpty() ? 0 : 1;
  }
}

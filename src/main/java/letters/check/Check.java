package letters.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import letters.compose.Composer;
import letters.compose.Letter;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.layout.HouseFont;
import letters.layout.LetterLayout;
import letters.load.Campaign;
import letters.load.Record;

/**
 * Checks a campaign's templates against its records and against every combination of its
 * findings: each letter is composed and linted, and laid out to count its pages. A problem met by
 * many combinations is reported once, with how many and the first one that showed it.
 */
public final class Check {
  private final Campaign campaign;
  private final Composer composer;
  private final LetterLayout layout;
  private final Set<String> identifiers;
  private final java.util.Optional<ElementWording> elements;

  public Check(Campaign campaign, Composer composer, LetterLayout layout) {
    this.campaign = campaign;
    this.composer = composer;
    this.layout = layout;
    this.identifiers = Lint.identifiers(campaign);
    this.elements = ElementWording.of(campaign);
  }

  /** What checking found: how much was checked, and the problems. */
  public record Report(int records, int combinations, List<Diagnostic> problems) {}

  /** Lints the letters of {@code records}, then of every combination. */
  public Report run(List<Record> records) {
    return run(records, letters.Progress.NONE);
  }

  /** As {@link #run(List)}, telling {@code progress} of each letter checked. */
  public Report run(List<Record> records, letters.Progress progress) {
    List<Map<String, String>> combinations = Combinations.of(campaign);
    progress.started(records.size() + combinations.size() * 4);
    List<Diagnostic> problems = new ArrayList<>();
    for (Record record : records) {
      problems.addAll(problems(record, record.id(), true));
      problems.addAll(textLikeCode(record));
      outcomeWarning(record).ifPresent(problems::add);
      progress.finished(record.id(), true);
    }
    Map<String, Seen> seen = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicInteger checked = new AtomicInteger();
    combinations.parallelStream().forEach(values -> {
      for (boolean notes : new boolean[] {false, true}) {
        for (boolean full : new boolean[] {false, true}) {
          Record record = Combinations.record(campaign, values, notes, full);
          String which = values + (notes ? " with notes" : "") + (full ? " with every recipient field" : "");
          // Pages are counted on the longest variant only: notes and every recipient field.
          for (Diagnostic problem : problems(record, which, notes && full)) {
            seen.computeIfAbsent(problem.message().replaceAll(" \\(in .*\\)$", ""), m -> new Seen(problem)).count.incrementAndGet();
          }
          checked.incrementAndGet();
          progress.finished("combinations", true);
        }
      }
    });
    seen.values().stream()
        .sorted(java.util.Comparator.comparing(f -> f.first.message()))
        .forEach(f -> problems.add(f.count.get() == 1 ? f.first
            : Diagnostic.error(f.first.file(), f.first.line(), f.first.column(),
                f.first.message() + " (and " + (f.count.get() - 1) + " more combinations)")));
    return new Report(records.size(), checked.get(), problems);
  }

  /** A warning when the record's outcome does not fit its plan elements, as the campaign's rules say. */
  java.util.Optional<Diagnostic> outcomeWarning(Record record) {
    letters.load.OutcomeRule rule = campaign.outcomeRules().get(record.outcome());
    if (rule == null) {
      return java.util.Optional.empty();
    }
    Map<String, String> statuses = new java.util.LinkedHashMap<>();
    campaign.elements().forEach(e -> statuses.put(e.id(), record.findings().get(e.id()).value()));
    List<String> breaches = rule.breaches(statuses);
    if (breaches.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Diagnostic.warning(record.file(), 0, 0,
        "outcome '" + record.outcome() + "' does not fit the findings: " + String.join("; ", breaches)));
  }

  /**
   * A warning for each piece of the record's text that looks like template code: it is printed as
   * written, which is right, but an editor may have meant something else.
   */
  static List<Diagnostic> textLikeCode(Record record) {
    List<Diagnostic> found = new ArrayList<>();
    for (Record.Located located : record.texts()) {
      java.util.regex.Matcher code = Lint.CODE.matcher(located.text().text());
      if (code.find()) {
        found.add(Diagnostic.warning(record.file(), located.text().line(), located.text().column(), located.field()
            + " holds '" + code.group() + "', which the letter prints as written: a record's text is never run as"
            + " template code"));
      }
    }
    return found;
  }

  /** A problem, the first letter that showed it and how many did. */
  private static final class Seen {
    final Diagnostic first;
    final AtomicInteger count = new AtomicInteger();

    Seen(Diagnostic first) {
      this.first = first;
    }
  }

  /** The problems of one letter: a template error, what the lint rules find, too many pages. */
  List<Diagnostic> problems(Record record, String which, boolean countPages) {
    List<Diagnostic> found = new ArrayList<>();
    Letter letter;
    try {
      HouseFont.check(record);
      letter = composer.compose(record);
    } catch (DiagnosticException e) {
      Diagnostic d = e.diagnostic();
      found.add(Diagnostic.error(d.file(), d.line(), d.column(), d.message() + " (in " + which + ")"));
      return found;
    }
    // The record's own text is printed as written: code-like characters in it are data, not code.
    List<String> data = record.texts().stream().map(located -> located.text().text()).toList();
    for (Lint rule : Lint.values()) {
      for (String what : rule == Lint.PLACEHOLDER ? rule.find(letter, identifiers, data) : rule.find(letter, identifiers)) {
        found.add(Diagnostic.error(record.file(), rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + ": " + rule.description() + ": '" + what + "' (in " + which + ")"));
      }
    }
    elements.ifPresent(wording -> wording.problems(record, letter).forEach(problem ->
        found.add(Diagnostic.error(record.file(), problem + " (in " + which + ")"))));
    campaign.pages().filter(most -> countPages).ifPresent(most -> {
      try {
        int pages = layout.render(letter).pages();
        if (pages > most) {
          found.add(Diagnostic.error(record.file(),
              "pages: the letter takes " + pages + " pages, more than the " + most + " the campaign allows (in " + which + ")"));
        }
      } catch (DiagnosticException e) {
        Diagnostic d = composer.blame(e.diagnostic(), record, HouseFont::draws);
        found.add(Diagnostic.error(d.file(), d.line(), d.column(), d.message() + " (in " + which + ")"));
      }
    });
    return found;
  }
}

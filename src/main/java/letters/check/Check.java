package letters.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import letters.Progress;
import letters.compose.Block;
import letters.compose.BlockKind;
import letters.compose.Composer;
import letters.compose.FindingsComposer;
import letters.compose.Letter;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.layout.HouseFont;
import letters.layout.LetterLayout;
import letters.load.Campaign;
import letters.load.Record;

/**
 * Checks a campaign's templates against its records and against the combinations of its findings:
 * each letter is composed and linted, and laid out to count its pages. A problem met by many
 * combinations is reported once, with how many and the first one that showed it.
 *
 * <p>Every combination of findings is checked, once, with the four variants of notes and the
 * envelope's optional fields (with and without each) taken in turn, so that every status pattern and
 * every value of every finding meets each variant; when asked for all, every combination is checked
 * in every variant. Its {@link Report} says which was done. Each letter is cheap: the includes of the
 * entry template that cannot read the findings run once per variant ({@link FindingsComposer}), a
 * text met before (a fixed paragraph, a sentence many combinations share) is linted once, pages
 * are counted without drawing them, and both cores are used.
 */
public final class Check {
  /** With and without notes, with and without the envelope's optional fields. */
  private static final int VARIANTS = 4;

  private final Campaign campaign;
  private final Composer composer;
  private final LetterLayout layout;
  private final java.util.Set<String> identifiers;
  private final Optional<ElementWording> elements;
  // Most blocks read the same in every combination, so each distinct text is linted once.
  private final Memo<List<List<String>>> linted = new Memo<>(20_000);

  public Check(Campaign campaign, Composer composer, LetterLayout layout) {
    this.campaign = campaign;
    this.composer = composer;
    this.layout = layout;
    this.identifiers = Lint.identifiers(campaign);
    this.elements = ElementWording.of(campaign);
  }

  /** How far the check went through the combinations of findings. */
  public enum Coverage {
    /** Nothing: the templates or records could not be read. */
    NONE,
    /** Every combination of findings, each with and without notes and optional fields. */
    EVERY,
    /** Every combination of findings once, with and without notes and optional fields in turn. */
    EVERY_FINDINGS
  }

  /**
   * What checking found: how many records, how many letters of combinations of findings out of
   * how many there are (each combination with and without notes and optional fields), how far that
   * went, and the problems.
   */
  public record Report(int records, int combinations, long total, Coverage coverage, List<Diagnostic> problems) {
    public Report {
      problems = List.copyOf(problems);
    }

    /** A report of nothing checked beyond the records and templates, which have {@code problems}. */
    public static Report stopped(int records, List<Diagnostic> problems) {
      return new Report(records, 0, 0, Coverage.NONE, problems);
    }

    /** The same report with {@code before} (the campaign's, the templates' and the records' problems) first. */
    public Report after(List<Diagnostic> before) {
      List<Diagnostic> all = new ArrayList<>(before);
      all.addAll(problems);
      return new Report(records, combinations, total, coverage, all);
    }
  }

  /** Lints the letters of {@code records}, then of the combinations. */
  public Report run(List<Record> records) {
    return run(records, false, Progress.NONE);
  }

  /**
   * As {@link #run(List)}, telling {@code progress} of each letter checked; with {@code every},
   * every combination however many there are.
   */
  public Report run(List<Record> records, boolean every, Progress progress) {
    List<Map<String, String>> combinations = Combinations.of(campaign);
    long total = (long) combinations.size() * VARIANTS;
    Coverage coverage = every ? Coverage.EVERY : Coverage.EVERY_FINDINGS;
    int letters = coverage == Coverage.EVERY ? (int) total : combinations.size();
    progress.started(records.size() + letters);
    List<Diagnostic> problems = new ArrayList<>();
    for (Record record : records) {
      problems.addAll(problems(record, record.id(), true));
      problems.addAll(textLikeCode(record));
      outcomeWarning(record).ifPresent(problems::add);
      progress.finished(record.id(), true);
    }
    Map<String, Seen> seen = new ConcurrentHashMap<>();
    AtomicInteger checked = new AtomicInteger();
    // Within a variant the records differ only in their findings: what cannot read them is written once.
    List<FindingsComposer> composers = IntStream.range(0, combinations.isEmpty() ? 0 : VARIANTS)
        .mapToObj(v -> FindingsComposer.of(composer, Combinations.record(campaign, combinations.getFirst(), v % 2 == 1, v / 2 == 1)))
        .toList();
    IntStream.range(0, letters).parallel().forEach(n -> {
      Map<String, String> values = combinations.get(coverage == Coverage.EVERY ? n / VARIANTS : n);
      int variant = coverage == Coverage.EVERY ? n % VARIANTS : variant(values);
      boolean notes = variant % 2 == 1;
      boolean full = variant / 2 == 1;
      Record record = Combinations.record(campaign, values, notes, full);
      String which = values + (notes ? " with notes" : "") + (full ? " with every recipient field" : "");
      // Pages are counted on the longest variant only: notes and every recipient field.
      for (Diagnostic problem : problems(record, which, notes && full, composers.get(variant)::compose)) {
        seen.computeIfAbsent(problem.message().replaceAll(" \\(in .*\\)$", ""), m -> new Seen(problem)).count.incrementAndGet();
      }
      checked.incrementAndGet();
      progress.finished("combinations", true);
    });
    seen.values().stream()
        .sorted(Comparator.comparing(f -> f.first.message()))
        .forEach(f -> problems.add(f.count.get() == 1 ? f.first
            : Diagnostic.error(f.first.file(), f.first.line(), f.first.column(),
                f.first.message() + " (and " + (f.count.get() - 1) + " more combinations)")));
    return new Report(records.size(), checked.get(), total, coverage, problems);
  }

  /**
   * Which variant a combination is checked with when each is checked once (0 as it is, 1 with
   * notes, 2 with every optional field, 3 with both): the sum of the positions of its values among
   * those declared, so that changing any one finding moves to another variant, and every status
   * pattern of the elements meets each of the four once the other findings have four ways to be.
   */
  int variant(Map<String, String> values) {
    int sum = 0;
    for (var finding : campaign.findings()) {
      sum += List.copyOf(finding.values().keySet()).indexOf(values.get(finding.id()));
    }
    return sum % VARIANTS;
  }

  /** A warning when the record's outcome does not fit its plan elements, as the campaign's rules say. */
  Optional<Diagnostic> outcomeWarning(Record record) {
    letters.load.OutcomeRule rule = campaign.outcomeRules().get(record.outcome());
    if (rule == null) {
      return Optional.empty();
    }
    Map<String, String> statuses = new java.util.LinkedHashMap<>();
    campaign.elements().forEach(e -> statuses.put(e.id(), record.findings().get(e.id()).value()));
    List<String> breaches = rule.breaches(statuses);
    if (breaches.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Diagnostic.warning(record.file(), 0, 0,
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

  /** How a letter is composed: by the composer, or by one that writes once what cannot read the findings. */
  @FunctionalInterface
  interface Composing {
    Letter compose(Record record) throws DiagnosticException;
  }

  /** The problems of one letter, composed as {@link Composer#compose} composes it. */
  List<Diagnostic> problems(Record record, String which, boolean countPages) {
    return problems(record, which, countPages, composer::compose);
  }

  /** The problems of one letter: a template error, what the lint rules find, too many pages. */
  List<Diagnostic> problems(Record record, String which, boolean countPages, Composing composing) {
    List<Diagnostic> found = new ArrayList<>();
    Letter letter;
    try {
      HouseFont.check(record);
      letter = composing.compose(record);
    } catch (DiagnosticException e) {
      Diagnostic d = e.diagnostic();
      found.add(Diagnostic.error(d.file(), d.line(), d.column(), d.message() + " (in " + which + ")"));
      return found;
    }
    // The record's own text is printed as written: code-like characters in it are data, not code.
    List<String> data = record.texts().stream().map(located -> located.text().text()).toList();
    boolean codeInData = data.stream().anyMatch(text -> Lint.CODE.matcher(text).find());
    List<List<List<String>>> byBlock = letter.blocks().stream().map(this::lint).toList();
    Lint[] rules = Lint.values();
    for (int rule = 0; rule < rules.length; rule++) {
      List<String> whats = new ArrayList<>();
      if (codeInData && rules[rule] == Lint.PLACEHOLDER) {
        whats.addAll(Lint.PLACEHOLDER.find(letter, identifiers, data));
      } else {
        for (List<List<String>> block : byBlock) {
          whats.addAll(block.get(rule));
        }
      }
      for (String what : whats) {
        found.add(Diagnostic.error(record.file(), rules[rule].name().toLowerCase(Locale.ROOT).replace('_', '-')
            + ": " + rules[rule].description() + ": '" + what + "' (in " + which + ")"));
      }
    }
    elements.ifPresent(wording -> wording.problems(record, letter).forEach(problem ->
        found.add(Diagnostic.error(record.file(), problem + " (in " + which + ")"))));
    campaign.pages().filter(most -> countPages).ifPresent(most -> {
      try {
        int pages = layout.pages(letter);
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

  /**
   * What each rule finds in one block, in the rules' order. A paragraph is linted sentence by
   * sentence (each with the spaces after it), since the assessment of each combination is a new
   * paragraph made of sentences met many times before; no rule looks across a full stop followed
   * by a capital, so this finds what linting it whole would.
   */
  private List<List<String>> lint(Block block) {
    if (block.kind() != BlockKind.PARAGRAPH) {
      return lint("-" + block.text());
    }
    List<String> sentences = sentences(block.text());
    if (sentences.size() == 1) {
      return lint("p" + sentences.getFirst());
    }
    List<List<String>> found = new ArrayList<>();
    for (int rule = 0; rule < Lint.values().length; rule++) {
      found.add(new ArrayList<>());
    }
    for (String sentence : sentences) {
      List<List<String>> own = lint("p" + sentence);
      for (int rule = 0; rule < found.size(); rule++) {
        found.get(rule).addAll(own.get(rule));
      }
    }
    return found;
  }

  /**
   * The sentences of a paragraph, each with the spaces after it: a sentence starts at a capital or
   * an opening quote after a full stop and spaces. Scanned by hand: a pattern with a lookbehind of
   * varying length cost more than the linting it saves.
   */
  static List<String> sentences(String paragraph) {
    List<String> sentences = new ArrayList<>();
    int from = 0;
    for (int at = 1; at < paragraph.length(); at++) {
      char c = paragraph.charAt(at);
      if ((Character.isUpperCase(c) || c == '‘' || c == '“') && Character.isWhitespace(paragraph.charAt(at - 1))) {
        int stop = at - 1;
        while (stop > from && Character.isWhitespace(paragraph.charAt(stop))) {
          stop--;
        }
        if (paragraph.charAt(stop) == '.') {
          sentences.add(paragraph.substring(from, at));
          from = at;
        }
      }
    }
    sentences.add(paragraph.substring(from));
    return sentences;
  }

  /** What each rule finds in a text marked "p" for (part of) a paragraph or "-" for another block. */
  private List<List<String>> lint(String marked) {
    return linted.get(marked, key -> {
      String text = key.substring(1);
      boolean paragraph = key.charAt(0) == 'p';
      List<List<String>> found = new ArrayList<>();
      for (Lint rule : Lint.values()) {
        found.add(List.copyOf(rule.find(text, paragraph, identifiers)));
      }
      return List.copyOf(found);
    });
  }
}

package letters.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import letters.compose.Composer;
import letters.compose.Letter;
import letters.diagnostic.DiagnosticException;
import letters.load.Campaign;
import letters.load.Record;

/**
 * Every distinct sentence the templates write in one paragraph of the letter (the assessment, for
 * the wording gallery) over every combination of the declared findings, each with and without
 * notes on the plan elements: each sentence once, with how many combinations use it and the first
 * that does. Notes are the records' own words and are left out. What editors read to review the
 * whole vocabulary, and what lets a rule be checked once per sentence rather than once per letter.
 */
public final class Gallery {
  /** The role of the paragraph the wording gallery shows. */
  public static final String ASSESSMENT = "assessment";

  /**
   * One distinct sentence.
   *
   * @param sentence the sentence as the letters print it
   * @param combinations how many combinations of findings use it, with or without notes
   * @param example the first combination that uses it (finding id to value)
   * @param withNotes whether that combination uses it only when its plan elements carry notes
   * @param elements the plan elements the sentence states, in the campaign's order
   */
  public record Entry(
      String sentence, int combinations, Map<String, String> example, boolean withNotes, List<String> elements) {
    public Entry {
      Objects.requireNonNull(sentence, "sentence");
      example = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(example));
      elements = List.copyOf(elements);
    }

    /** The status of each element the sentence states, in its example. */
    public Map<String, String> statuses() {
      Map<String, String> statuses = new LinkedHashMap<>();
      elements.forEach(element -> statuses.put(element, example.get(element)));
      return statuses;
    }
  }

  private final List<Entry> entries;
  private final int combinations;

  private Gallery(List<Entry> entries, int combinations) {
    this.entries = List.copyOf(entries);
    this.combinations = combinations;
  }

  /** The distinct sentences of the paragraph with {@code role} over every combination of findings. */
  public static Gallery of(Campaign campaign, Composer composer, String role) throws DiagnosticException {
    return of(campaign, composer, role, letters.Progress.NONE);
  }

  /** As {@link #of(Campaign, Composer, String)}, telling {@code progress} of each combination written. */
  public static Gallery of(Campaign campaign, Composer composer, String role, letters.Progress progress)
      throws DiagnosticException {
    List<Map<String, String>> all = Combinations.of(campaign);
    progress.started(all.size());
    Map<String, Tally> tallies = new ConcurrentHashMap<>();
    List<DiagnosticException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    IntStream.range(0, all.size()).parallel().forEach(index -> {
      try {
        Set<String> used = new HashSet<>();
        for (boolean notes : new boolean[] {false, true}) {
          for (String sentence : sentences(campaign, composer, all.get(index), notes, role)) {
            Tally tally = tallies.computeIfAbsent(sentence, s -> new Tally());
            tally.saw(index, notes, used.add(sentence));
          }
        }
        progress.finished("combinations", true);
      } catch (DiagnosticException e) {
        failures.add(e);
        progress.finished("combinations", false);
      }
    });
    if (!failures.isEmpty()) {
      throw failures.getFirst();
    }
    Optional<ElementWording> wording = ElementWording.of(campaign);
    List<Entry> entries = new ArrayList<>();
    tallies.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Tally> e) -> e.getValue().first())
            .thenComparing(e -> !e.getValue().firstWithout())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> entries.add(new Entry(e.getKey(), e.getValue().combinations(), all.get(e.getValue().first()),
            !e.getValue().firstWithout(), wording.map(w -> w.stated(e.getKey())).orElse(List.of()))));
    return new Gallery(entries, all.size());
  }

  /** The sentences of the paragraph with {@code role} in the letter of one combination, notes left out. */
  private static List<String> sentences(
      Campaign campaign, Composer composer, Map<String, String> values, boolean notes, String role) throws DiagnosticException {
    Record record = Combinations.record(campaign, values, notes, false);
    Letter letter = composer.compose(record);
    Set<String> written = new HashSet<>();
    record.findings().values().forEach(finding -> finding.note().ifPresent(note -> written.add(note.strip())));
    return Usage.sentences(letter.block(role).map(block -> block.text()).orElse(""))
        .stream().filter(sentence -> !written.contains(sentence)).toList();
  }

  /**
   * What the check finds in each sentence on its own, as in the letter of its example: the lint
   * rules that look at text, and how it states its plan elements (all but "each element stated
   * once", which needs the whole paragraph). Sentences without a problem are left out.
   */
  public Map<Entry, List<String>> problems(Campaign campaign) {
    Set<String> identifiers = Lint.identifiers(campaign);
    Optional<ElementWording> wording = ElementWording.of(campaign);
    Map<Entry, List<String>> problems = new LinkedHashMap<>();
    for (Entry entry : entries) {
      List<String> found = new ArrayList<>();
      for (Lint rule : Lint.values()) {
        rule.find(entry.sentence(), true, identifiers).forEach(what -> found.add(
            rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": " + rule.description() + ": '" + what + "'"));
      }
      wording.ifPresent(w -> found.addAll(w.problems(entry.sentence(), entry.example())));
      if (!found.isEmpty()) {
        problems.put(entry, found);
      }
    }
    return problems;
  }

  /** Every distinct sentence, in the order of the first combination that uses each. */
  public List<Entry> entries() {
    return entries;
  }

  /** How many combinations of findings were written (each with and without notes). */
  public int combinations() {
    return combinations;
  }

  /**
   * The sentences by what they state: a section per status, in the order the campaign declares the
   * statuses, headed by its label (several joined with "; " for a sentence stating several), after
   * the sentences that state no plan element, headed "".
   */
  public Map<String, List<Entry>> sections(Campaign campaign) {
    List<String> order = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    campaign.elements().forEach(element -> element.values().forEach((status, label) -> {
      labels.putIfAbsent(status, label);
      if (!order.contains(status)) {
        order.add(status);
      }
    }));
    Map<String, List<Entry>> sections = new java.util.TreeMap<>(Comparator.comparing((String heading) -> !heading.isEmpty())
        .thenComparingInt(heading -> order.indexOf(statusOf(heading, labels)))
        .thenComparing(heading -> heading));
    for (Entry entry : entries) {
      String heading = String.join("; ", entry.statuses().values().stream().distinct().map(s -> labels.getOrDefault(s, s)).toList());
      sections.computeIfAbsent(heading, h -> new ArrayList<>()).add(entry);
    }
    return sections;
  }

  private static String statusOf(String heading, Map<String, String> labels) {
    String first = heading.split("; ")[0];
    return labels.entrySet().stream().filter(e -> e.getValue().equals(first)).map(Map.Entry::getKey).findFirst().orElse(first);
  }

  /** How many combinations used a sentence, and the first that did (with or without notes). */
  private static final class Tally {
    private int count;
    private int first = Integer.MAX_VALUE;
    private boolean firstWithout;

    synchronized void saw(int combination, boolean notes, boolean newInCombination) {
      if (newInCombination) {
        count++;
      }
      if (combination < first) {
        first = combination;
        firstWithout = !notes;
      } else if (combination == first && !notes) {
        firstWithout = true;
      }
    }

    synchronized int first() {
      return first;
    }

    synchronized boolean firstWithout() {
      return firstWithout;
    }

    synchronized int combinations() {
      return count;
    }
  }
}

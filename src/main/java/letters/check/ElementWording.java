package letters.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import letters.compose.Letter;
import letters.load.Campaign;
import letters.load.FindingDeclaration;
import letters.load.Record;
import letters.load.Phrasebook;

/**
 * What the phrasebook says of each plan element, and the rules the assessment's sentences must
 * keep with it: each element stated in exactly one sentence, in words that fit its status (its own
 * phrase for that status, no other status named by its label, no words only other statuses'
 * phrases use), taken up by "this" or
 * "these" as the number of its noun and of the elements stated together requires, and no word of
 * an element's name used again in the same sentence for something else ("a review of …, although
 * at the time of our review …").
 */
final class ElementWording {
  private final Phrasebook phrasebook;
  private final Map<String, List<String>> names;
  private final Map<String, Set<String>> markers;
  private final Map<String, String> labels;
  /** Every phrase that names an element, longest first, with the element it names. */
  private final List<Map.Entry<String, String>> phrases = new ArrayList<>();
  // The same sentences recur across thousands of combinations: each is read once per status pattern.
  private final Memo<List<String>> statedIn = new Memo<>(50_000);
  private final Memo<List<String>> sentenceProblems = new Memo<>(50_000);

  private ElementWording(Phrasebook phrasebook, Map<String, String> labels) {
    this.phrasebook = phrasebook;
    this.labels = labels;
    this.names = new LinkedHashMap<>();
    phrasebook.elements().keySet().forEach(id -> names.put(id, phrasebook.phrasesOf(id)));
    names.forEach((element, forms) -> forms.forEach(form -> phrases.add(Map.entry(form, element))));
    phrases.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    this.markers = markers(phrasebook);
  }

  /** The wording of the campaign's elements; none when the templates have no phrasebook. */
  static Optional<ElementWording> of(Campaign campaign) {
    if (campaign.phrasebook().isEmpty() || campaign.elements().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (FindingDeclaration element : campaign.elements()) {
      element.values().forEach(labels::putIfAbsent);
    }
    return Optional.of(new ElementWording(campaign.phrasebook().get(), labels));
  }

  /** Problems with how the assessment of {@code record}'s letter states its elements. */
  List<String> problems(Record record, Letter letter) {
    Set<String> notes = new HashSet<>();
    record.findings().values().forEach(f -> f.note().ifPresent(note -> notes.add(note.strip())));
    List<String> sentences = Usage.sentences(letter.block("assessment").map(b -> b.text()).orElse(""))
        .stream().filter(s -> !notes.contains(s)).toList();
    Map<String, String> statuses = new LinkedHashMap<>();
    record.findings().forEach((id, finding) -> statuses.put(id, finding.value()));
    List<String> problems = new ArrayList<>();
    for (String element : names.keySet()) {
      long stating = sentences.stream().filter(s -> stated(s).contains(element)).count();
      if (stating != 1) {
        problems.add("element-once: '" + element + "' is stated in " + stating + " sentences, not 1");
      }
    }
    sentences.forEach(sentence -> problems.addAll(problems(sentence, statuses)));
    return problems;
  }

  /**
   * Problems with one sentence of an assessment whose elements have {@code statuses} (element id
   * to status): every rule but "stated once", which needs the whole paragraph.
   */
  List<String> problems(String sentence, Map<String, String> statuses) {
    List<String> elements = stated(sentence);
    // What the rules say depends only on the sentence and the statuses of the elements it states.
    StringBuilder key = new StringBuilder(sentence);
    elements.forEach(element -> key.append('\u0000').append(statuses.get(element)));
    return sentenceProblems.get(key.toString(), unused -> sentenceProblems(sentence, elements, statuses));
  }

  private List<String> sentenceProblems(String sentence, List<String> elements, Map<String, String> statuses) {
    List<String> problems = new ArrayList<>();
    for (String element : elements) {
      String status = statuses.get(element);
      problems.addAll(statusProblems(element, status, sentence));
    }
    problems.addAll(Usage.repeatedWords(sentence, items(elements, statuses)));
    problems.addAll(Usage.agreement(sentence, elements.stream().map(e -> phrasebook.elements().get(e)).toList()));
    return List.copyOf(problems);
  }

  /** The elements {@code sentence} states, in the order the campaign declares them. */
  List<String> stated(String sentence) {
    return statedIn.get(sentence, this::statedNow);
  }

  private List<String> statedNow(String sentence) {
    Set<String> found = new LinkedHashSet<>();
    String rest = sentence;
    for (Map.Entry<String, String> phrase : phrases) {
      String masked = Usage.mask(rest, phrase.getKey());
      if (!masked.equals(rest)) {
        found.add(phrase.getValue());
        rest = masked;
      }
    }
    return names.keySet().stream().filter(found::contains).toList();
  }

  private List<String> items(List<String> elements, Map<String, String> statuses) {
    List<String> items = new ArrayList<>();
    for (String element : elements) {
      Phrasebook.Phrase phrase = phrasebook.elements().get(element).phrases().get(statuses.get(element));
      if (phrase != null) {
        items.add(phrase.item());
      }
    }
    return items;
  }

  /** Whether the sentence stating {@code element} says its status, and no other. */
  private List<String> statusProblems(String element, String status, String sentence) {
    List<String> problems = new ArrayList<>();
    List<String> said = Usage.words(sentence);
    Phrasebook.Phrase phrase = phrasebook.elements().get(element).phrases().get(status);
    Optional<String> together = phrasebook.status(status).flatMap(Phrasebook.Status::together);
    if (phrase != null && (!contains(sentence, phrase.item())
        || phrase.then().isPresent() && !contains(sentence, phrase.then().get()) && !together.map(t -> contains(sentence, t)).orElse(false))) {
      problems.add("status: '" + element + "' is " + status + " but its sentence does not use its phrase for "
          + status + ": " + sentence);
    }
    List<String> ownLabel = Usage.words(labels.getOrDefault(status, ""));
    labels.forEach((other, label) -> {
      List<String> named = Usage.words(label);
      if (!other.equals(status) && !named.equals(ownLabel) && Usage.occursOutside(said, named, ownLabel)) {
        problems.add("status: '" + element + "' is " + status + " but its sentence says '"
            + String.join(" ", named) + "': " + sentence);
      }
    });
    markers.forEach((other, words) -> {
      if (!other.equals(status) && said.stream().anyMatch(words::contains)) {
        problems.add("status: '" + element + "' is " + status + " but its sentence reads as " + other + ": " + sentence);
      }
    });
    return problems;
  }

  private static boolean contains(String sentence, String phrase) {
    return !Usage.mask(sentence, phrase).equals(sentence);
  }

  /**
   * For each status, the words only its wording uses: its leads and what it says of several
   * elements, and each element's phrase for it, less the words of every other status and the
   * connecting words all sentences share.
   */
  private static Map<String, Set<String>> markers(Phrasebook phrasebook) {
    Set<String> shared = new HashSet<>();
    Phrasebook.Connectors connectors = phrasebook.connectors();
    Phrasebook.Included included = phrasebook.included();
    for (String words : List.of(connectors.however(), connectors.limited(), included.plans(), included.they(),
        included.verb(), included.also(), included.turn())) {
      shared.addAll(Usage.words(words));
    }
    Map<String, Set<String>> words = new LinkedHashMap<>();
    for (Phrasebook.Status status : phrasebook.statuses()) {
      Set<String> own = new HashSet<>();
      for (Optional<String> text : List.of(status.lead(), status.also(), status.turn(), status.limited(), status.together())) {
        text.ifPresent(t -> own.addAll(Usage.words(t)));
      }
      phrasebook.elements().values().forEach(element -> {
        Phrasebook.Phrase phrase = element.phrases().get(status.id());
        if (phrase != null) {
          own.addAll(Usage.words(phrase.item()));
          phrase.then().ifPresent(then -> own.addAll(Usage.words(then)));
        }
      });
      own.removeAll(shared);
      words.put(status.id(), own);
    }
    Map<String, Set<String>> markers = new LinkedHashMap<>();
    words.forEach((status, own) -> {
      Set<String> only = new HashSet<>(own);
      words.forEach((other, theirs) -> {
        if (!other.equals(status)) {
          only.removeAll(theirs);
        }
      });
      markers.put(status, only);
    });
    return markers;
  }
}

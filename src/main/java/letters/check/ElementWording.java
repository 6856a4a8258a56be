package letters.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import letters.compose.Composer;
import letters.compose.Letter;
import letters.diagnostic.DiagnosticException;
import letters.load.Campaign;
import letters.load.FindingDeclaration;
import letters.load.Record;

/**
 * What the templates say of each plan element, learnt from the templates themselves: the phrases
 * that name an element (the {@code phrases} of {@code lib/elements.ftl}), and for each status the
 * words only its sentences use, found by writing the letter of every combination of findings and
 * reading the sentences that state elements of one status.
 * With these the check can tell that each element is stated in exactly one sentence, that the
 * sentence does not name another status by its label (a planned element's sentence saying
 * "commenced"), and that it uses no words only another status's sentences use.
 */
final class ElementWording {
  /** The template library that names the plan elements, and the value it names them in. */
  static final String LIBRARY = "lib/elements.ftl";
  static final String PHRASES = "phrases";

  private final Map<String, List<String>> phrases;
  private final Map<String, Set<String>> markers;
  private final Map<String, String> labels;

  private ElementWording(Map<String, List<String>> phrases, Map<String, Set<String>> markers, Map<String, String> labels) {
    this.phrases = phrases;
    this.markers = markers;
    this.labels = labels;
  }

  /** The wording of the campaign's elements, or none when the templates do not name them as above. */
  static Optional<ElementWording> learn(Campaign campaign, Composer composer) throws DiagnosticException {
    Optional<Object> declared = composer.libraryValue(LIBRARY, PHRASES);
    if (declared.isEmpty() || !(declared.get() instanceof Map<?, ?> all) || campaign.elements().isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    for (FindingDeclaration element : campaign.elements()) {
      List<String> forms = new ArrayList<>();
      if (all.get(element.id()) instanceof Map<?, ?> byForm) {
        byForm.values().forEach(form -> forms.add(String.valueOf(form)));
      }
      phrases.put(element.id(), forms);
    }
    Map<String, Set<String>> words = new LinkedHashMap<>();
    campaign.elements().getFirst().values().keySet().forEach(status -> words.put(status, new HashSet<>()));
    ElementWording learning = new ElementWording(phrases, Map.of(), Map.of());
    for (Map<String, String> values : Combinations.of(campaign)) {
      for (String sentence : assessment(composer.compose(Combinations.record(campaign, values, false, false)))) {
        Set<String> statuses = new HashSet<>();
        phrases.forEach((element, forms) -> {
          if (forms.stream().anyMatch(sentence::contains)) {
            statuses.add(values.get(element));
          }
        });
        if (statuses.size() == 1) {
          words.get(statuses.iterator().next()).addAll(words(learning.withoutNames(sentence)));
        }
      }
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
    return Optional.of(new ElementWording(phrases, markers, campaign.elements().getFirst().values()));
  }

  /** Problems with how the assessment of {@code record}'s letter states its elements. */
  List<String> problems(Record record, Letter letter) {
    List<String> problems = new ArrayList<>();
    Set<String> notes = new HashSet<>();
    record.findings().values().forEach(f -> f.note().ifPresent(note -> notes.add(note.strip())));
    List<String> sentences = assessment(letter).stream().filter(s -> !notes.contains(s)).toList();
    phrases.forEach((element, forms) -> {
      List<String> stating = sentences.stream().filter(s -> forms.stream().anyMatch(s::contains)).toList();
      if (stating.size() != 1) {
        problems.add("element-once: '" + element + "' is stated in " + stating.size() + " sentences, not 1");
        return;
      }
      String status = record.findings().get(element).value();
      Set<String> said = words(withoutNames(stating.getFirst()));
      if (!markers.getOrDefault(status, Set.of()).isEmpty() && said.stream().noneMatch(markers.get(status)::contains)) {
        problems.add("status: '" + element + "' is " + status + " but its sentence does not say so: " + stating.getFirst());
      }
      String bare = " " + String.join(" ", words(withoutNames(stating.getFirst()), true)) + " ";
      labels.forEach((other, label) -> {
        String named = " " + String.join(" ", words(label, true)) + " ";
        if (!other.equals(status) && !label.equalsIgnoreCase(labels.get(status)) && bare.contains(named)) {
          problems.add("status: '" + element + "' is " + status + " but its sentence says '" + label.toLowerCase(Locale.ROOT)
              + "': " + stating.getFirst());
        }
      });
      markers.forEach((other, words) -> {
        if (!other.equals(status) && said.stream().anyMatch(words::contains)) {
          problems.add("status: '" + element + "' is " + status + " but its sentence reads as " + other + ": " + stating.getFirst());
        }
      });
    });
    return problems;
  }

  /** The sentence with the names of the elements taken out, leaving what it says of them. */
  private String withoutNames(String sentence) {
    String rest = sentence;
    for (List<String> forms : phrases.values()) {
      for (String form : forms) {
        rest = rest.replace(form, " ");
      }
    }
    return rest;
  }

  private static List<String> assessment(Letter letter) {
    return letter.block("assessment").map(b -> List.of(b.text().strip().split("(?<=[.!?])\\s+(?=[A-Z‘“])"))).orElse(List.of());
  }

  private static Set<String> words(String text) {
    return new HashSet<>(words(text, true));
  }

  /** The words of {@code text}, lower case, in order. */
  private static List<String> words(String text, boolean inOrder) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}

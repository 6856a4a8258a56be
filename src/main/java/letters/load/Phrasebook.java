package letters.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The words a campaign's templates use to state its plan elements, read from {@code
 * phrasebook.yaml} in the templates folder, so that editors change them without touching template
 * code: the connecting words, how a sentence about what the plans included begins, how each
 * status's sentence goes, and each element's own phrase for each status with the number of its
 * noun. The templates put these together; the check reads them to know the elements' names.
 *
 * @param connectors the words that link a sentence to the one before
 * @param included how a sentence about what the plans included begins
 * @param statuses every status of the plan elements, in the order the paragraph states them
 * @param elements each plan element's words, in the order the campaign declares the elements
 */
public record Phrasebook(
    Connectors connectors, Included included, List<Status> statuses, Map<String, Element> elements) {

  /** The file a phrasebook is read from, inside the templates folder. */
  public static final String FILE_NAME = "phrasebook.yaml";

  public Phrasebook {
    Objects.requireNonNull(connectors, "connectors");
    Objects.requireNonNull(included, "included");
    statuses = List.copyOf(statuses);
    elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
  }

  /** The status {@code id}, if the phrasebook words it. */
  public Optional<Status> status(String id) {
    return statuses.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Every phrase the phrasebook holds for the element {@code id} (its items and what is said of it
   * alone), longest first: the words that name it in a sentence.
   */
  public List<String> phrasesOf(String id) {
    Element element = elements.get(id);
    if (element == null) {
      return List.of();
    }
    return element.phrases().values().stream()
        .flatMap(phrase -> Stream.concat(Stream.of(phrase.item()), phrase.then().stream()))
        .distinct()
        .sorted((a, b) -> Integer.compare(b.length(), a.length()))
        .toList();
  }

  /** Whether a sentence turns towards good news or states a shortfall. */
  public enum News {
    GOOD,
    SHORTFALL;

    /** The word the phrasebook writes it as. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The number of an element's noun, which the words that take it up agree with. */
  public enum Number {
    SINGULAR,
    PLURAL;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The words that link a sentence to the one before.
   *
   * @param however what opens a shortfall after good news
   * @param limited what opens the first sentence resting on information the organisation supplied, when
   *     it was limited
   */
  public record Connectors(String however, String limited) {
    public Connectors {
      Objects.requireNonNull(however, "however");
      Objects.requireNonNull(limited, "limited");
    }
  }

  /**
   * How a sentence saying what the plans included begins: its subject ({@code plans}, or {@code
   * they} straight after a sentence about the plans) and its verb ({@code verb}; {@code also} once
   * an earlier sentence has said what they included; {@code turn} after a shortfall).
   */
  public record Included(String plans, String they, String verb, String also, String turn) {
    public Included {
      for (String words : List.of(plans, they, verb, also, turn)) {
        Objects.requireNonNull(words, "words");
      }
    }
  }

  /**
   * How the sentence of one status goes.
   *
   * @param id the status, as the campaign declares it
   * @param news whether it is good news or a shortfall
   * @param lead the words the sentence begins with; none when it says what the plans included
   * @param also the lead when an earlier sentence began as the lead does
   * @param turn the lead when the sentence before turned the other way
   * @param limited the lead when only this sentence can say the information supplied was limited
   * @param together what is said of several elements at once, after their items (statuses without
   *     a lead); none when each element is stated on its own
   * @param join the word before the last of several elements
   */
  public record Status(
      String id, News news, Optional<String> lead, Optional<String> also, Optional<String> turn,
      Optional<String> limited, Optional<String> together, String join) {
    public Status {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(news, "news");
      for (Optional<String> words : List.of(lead, also, turn, limited, together)) {
        Objects.requireNonNull(words, "words");
      }
      Objects.requireNonNull(join, "join");
    }

    /** Whether its sentence says what the plans included rather than following a lead. */
    public boolean saysIncluded() {
      return lead.isEmpty();
    }
  }

  /**
   * One plan element's words.
   *
   * @param id the element, as the campaign declares it
   * @param number the number of its noun where the plans include it
   * @param phrases its phrase for each status, in the phrasebook's order
   */
  public record Element(String id, Number number, Map<String, Phrase> phrases) {
    public Element {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(number, "number");
      phrases = Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
    }
  }

  /**
   * An element's words for one status: the phrase that follows the status's lead or that the plans
   * included, and, for a status without a lead, what had become of it ({@code then}).
   */
  public record Phrase(String item, Optional<String> then) {
    public Phrase {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(then, "then");
    }
  }
}

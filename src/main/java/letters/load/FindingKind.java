package letters.load;

import java.util.Arrays;
import java.util.List;

/** The shapes a finding can take in a record, as the campaign declares them. */
public enum FindingKind {
  /** One of the declared values, written as a word: {@code national_strategy: reflected}. */
  CHOICE("choice"),
  /** true or false: {@code plans_comprehensive: true}. */
  FLAG("flag"),
  /**
   * A plan element: one of the declared statuses, or a map {@code {status: ..., note: "..."}} when
   * the inspector adds a sentence about it.
   */
  ELEMENT("element");

  private final String word;

  FindingKind(String word) {
    this.word = word;
  }

  /** The words the campaign file may use for a kind. */
  public static List<String> words() {
    return Arrays.stream(values()).map(FindingKind::word).toList();
  }

  /** The kind a campaign file names with {@code word}; one of {@link #words()}. */
  public static FindingKind fromWord(String word) {
    return Arrays.stream(values())
        .filter(kind -> kind.word.equals(word))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no finding kind " + word));
  }

  /** The word that names this kind in the campaign file. */
  public String word() {
    return word;
  }
}

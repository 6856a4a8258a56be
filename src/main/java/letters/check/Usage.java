package letters.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import letters.load.Phrasebook;

/**
 * Rules of usage a careful editor applies to one sentence, which can be stated without guessing at
 * its grammar: a word of an element's name used again for something else, and "this" or "these"
 * taking up elements of the other number. Also the small word-level tools the check reads
 * sentences with.
 */
final class Usage {
  /** Words that make a later use of a name's word refer back to the same thing: "this review". */
  private static final Set<String> BACK = Set.of("this", "these", "that", "those", "the", "such");

  /** What follows "this" or "these" when they stand for a noun rather than go with one. */
  private static final Set<String> VERBS = Set.of(
      "had", "has", "have", "was", "were", "is", "are", "already", "also", "appeared", "appears", "would", "will",
      "did", "could", "may", "might", "remained", "still", "not", "yet", "seemed", "seems", "been", "being");

  /** Words that carry no meaning of their own to repeat: articles, pronouns, prepositions and the like. */
  private static final Set<String> FUNCTION = Set.of(
      "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "about", "and", "or",
      "but", "nor", "that", "this", "these", "those", "which", "what", "whether", "who", "how", "your", "our",
      "their", "its", "it", "we", "us", "you", "they", "was", "were", "is", "are", "be", "been", "being", "had",
      "has", "have", "did", "do", "does", "not", "no", "yet", "also", "already", "although", "while", "however",
      "any", "all", "both", "each", "such", "as", "than", "then", "so", "if", "would", "could", "should", "may",
      "might", "will", "can");

  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z‘“])");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  private Usage() {}

  /** The sentences of a paragraph. */
  static List<String> sentences(String paragraph) {
    String text = paragraph.strip();
    return text.isEmpty() ? List.of() : List.of(SENTENCE_BREAK.split(text));
  }

  /** The words of {@code text}, lower case, in order. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** {@code text} with every whole occurrence of {@code phrase} (any case) replaced by a bar. */
  static String mask(String text, String phrase) {
    if (phrase.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int at = find(text, phrase, 0); at >= 0; at = find(text, phrase, at + phrase.length())) {
      out.append(text, from, at).append(" | ");
      from = at + phrase.length();
    }
    return out.append(text.substring(from)).toString();
  }

  private static int find(String text, String phrase, int from) {
    for (int at = from; at + phrase.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, phrase, 0, phrase.length())
          && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (at + phrase.length() == text.length() || !Character.isLetterOrDigit(text.charAt(at + phrase.length())))) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether {@code label} stands in {@code words} other than as part of {@code own}: "in place"
   * does not stand in "partly in place" when the sentence's own status is "Partly in place".
   */
  static boolean occursOutside(List<String> words, List<String> label, List<String> own) {
    for (int at = indexOf(words, label, 0); at >= 0; at = indexOf(words, label, at + 1)) {
      boolean inOwn = false;
      for (int start = Math.max(0, at + label.size() - own.size()); start <= at && !own.isEmpty(); start++) {
        inOwn |= start + own.size() <= words.size() && words.subList(start, start + own.size()).equals(own);
      }
      if (!inOwn) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(List<String> words, List<String> part, int from) {
    for (int at = from; !part.isEmpty() && at + part.size() <= words.size(); at++) {
      if (words.subList(at, at + part.size()).equals(part)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * A word of the elements' names ({@code items}) used again in the sentence, outside them, for
   * something else: "a review of …, although at the time of our review …". Taken up as "this
   * review" or "the review", it is the same thing and is fine.
   */
  static List<String> repeatedWords(String sentence, List<String> items) {
    Set<String> named = new HashSet<>();
    String rest = sentence;
    for (String item : items) {
      words(item).stream().filter(word -> !FUNCTION.contains(word)).forEach(named::add);
      rest = mask(rest, item);
    }
    List<String> problems = new ArrayList<>();
    List<String> words = words(rest.replace("|", " | "));
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (named.contains(word) && (i == 0 || !BACK.contains(words.get(i - 1)))) {
        String used = i == 0 ? word : words.get(i - 1) + " " + word;
        problems.add("repeated-word: '" + word + "' names an element and is used again for something else ('"
            + used + "'): " + sentence);
      }
    }
    return problems;
  }

  /**
   * "This" or "these" standing for the elements the sentence states, in the wrong number: "this"
   * for a plural noun or for several elements, "these" for one singular noun.
   */
  static List<String> agreement(String sentence, List<Phrasebook.Element> elements) {
    List<String> problems = new ArrayList<>();
    if (elements.isEmpty()) {
      return problems;
    }
    List<String> words = words(sentence);
    for (int i = 0; i + 1 < words.size(); i++) {
      String word = words.get(i);
      if (!VERBS.contains(words.get(i + 1))) {
        continue;
      }
      boolean plural = elements.size() > 1 || elements.getFirst().number() == Phrasebook.Number.PLURAL;
      if (word.equals("this") && plural || word.equals("these") && !plural) {
        String what = elements.size() > 1 ? elements.size() + " elements"
            : "'" + elements.getFirst().id() + "', " + elements.getFirst().number().word() + ",";
        problems.add("agreement: " + what + " taken up as '" + word + " " + words.get(i + 1) + "': " + sentence);
      }
    }
    return problems;
  }
}

package letters.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import letters.compose.Block;
import letters.compose.BlockKind;
import letters.compose.Letter;
import letters.load.Campaign;
import letters.load.FindingDeclaration;

/**
 * What a reader would notice in a rendered letter. Each rule looks at the letter's text, block by
 * block (or at one sentence of a paragraph), and says what it found; none knows the wording, only
 * the shape of good text. The rules' patterns are compiled once and match in time linear in the
 * text: none begins with a greedy run that is tried again from every position.
 */
public enum Lint {
  /**
   * A template expression or directive printed instead of run. A record's own text may hold the
   * same characters and is printed as written, so it is left out (see {@link #find(Letter, Set,
   * List)}).
   */
  PLACEHOLDER("template code in the text") {
    @Override
    List<String> find(String text, boolean paragraph, Set<String> identifiers) {
      return matches(text, CODE);
    }
  },
  /** A value the templates should have turned into words: null, true, false, or an identifier. */
  LEAKED_VALUE("a value printed as it is stored") {
    @Override
    List<String> find(String text, boolean paragraph, Set<String> identifiers) {
      List<String> found = matches(text, LITERAL);
      for (String word : NOT_IDENTIFIER.split(text)) {
        if (word.contains("_") && identifiers.contains(word)) {
          found.add(word);
        }
      }
      return found;
    }
  },
  /** Two spaces, or punctuation doubled or after a space: the mark of an empty value. */
  DOUBLED("doubled space or punctuation") {
    @Override
    List<String> find(String text, boolean paragraph, Set<String> identifiers) {
      List<String> found = new ArrayList<>();
      Matcher doubled = DOUBLING.matcher(text);
      for (int from = 0; from < text.length() && doubled.find(from); ) {
        // Reported with the words it touches; found first and widened after, since a pattern that
        // began with them would try every start inside each word.
        int start = doubled.start();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
          start--;
        }
        int end = doubled.end();
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        String match = text.substring(start, end);
        found.add(match.strip().isEmpty() ? "'" + match + "'" : match.strip());
        from = end;
      }
      return found;
    }
  },
  /** Every sentence of a body paragraph starts with a capital; the paragraph ends with a stop. */
  SENTENCE("sentence without a capital or a full stop") {
    @Override
    List<String> find(String text, boolean paragraph, Set<String> identifiers) {
      List<String> found = new ArrayList<>();
      String body = text.strip();
      if (!paragraph || body.isEmpty()) {
        return found;
      }
      if (!body.endsWith(".") && !body.endsWith(":")) {
        found.add("…" + body.substring(Math.max(0, body.length() - 30)));
      }
      for (String sentence : SENTENCE_END.split(body)) {
        char first = sentence.charAt(0);
        if (Character.isLowerCase(first)) {
          found.add(sentence.substring(0, Math.min(40, sentence.length())) + "…");
        }
      }
      return found;
    }
  },
  /**
   * "However" as a connector stands between commas ("However, …", "… did, however, include …");
   * without them a reader stumbles.
   */
  HOWEVER("'however' without its commas") {
    @Override
    List<String> find(String text, boolean paragraph, Set<String> identifiers) {
      List<String> found = new ArrayList<>();
      if (!paragraph) {
        return found;
      }
      Matcher however = HOWEVER_WORD.matcher(text);
      while (however.find()) {
        String previous = wordBefore(text, however.start());
        boolean opens = previous.isEmpty() || previous.endsWith(".") || previous.endsWith("!") || previous.endsWith("?");
        boolean before = opens || previous.endsWith(",");
        if (!before || !however.group(1).startsWith(",")) {
          found.add((previous.isEmpty() ? "" : previous + " ") + however.group());
        }
      }
      return found;
    }
  };

  /** What template code looks like in text: an expression or a directive, opened or closed. */
  static final Pattern CODE = Pattern.compile("\\$\\{|#\\{|</?#|</?@|\\[#");
  // Compiled once: the check runs these over every block of thousands of letters.
  private static final Pattern LITERAL = Pattern.compile("\\b(null|true|false)\\b");
  private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^A-Za-z0-9_]+");
  private static final Pattern DOUBLING = Pattern.compile("  |[,;:]\\s*[,;:.]|\\.\\s*[,;:]|(?<!\\.)\\.\\.(?!\\.)|\\s[,;:.]");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.])\\s+");
  private static final Pattern HOWEVER_WORD = Pattern.compile("(?i)\\bhowever\\b(\\S*)");

  private final String description;

  Lint(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /**
   * What this rule finds in {@code letter} outside the pieces of text in {@code data} (a record's
   * names and notes, printed as written), which stand in the letter's text as a space each.
   */
  List<String> find(Letter letter, Set<String> identifiers, List<String> data) {
    List<String> pieces = data.stream().map(text -> text.strip().replaceAll("\\s+", " "))
        .filter(text -> !text.isEmpty()).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    List<String> found = new ArrayList<>();
    for (Block block : letter.blocks()) {
      String text = block.text();
      for (String piece : pieces) {
        text = text.replace(piece, " ");
      }
      found.addAll(find(text, block.kind() == BlockKind.PARAGRAPH, identifiers));
    }
    return found;
  }

  /**
   * What this rule finds in {@code text}: a block's text, or one sentence of it; {@code paragraph}
   * when it is (part of) a body paragraph, whose sentences must be whole.
   */
  abstract List<String> find(String text, boolean paragraph, Set<String> identifiers);

  /** The campaign's stored values, which no letter should print as they are: ids of findings, values and outcomes. */
  static Set<String> identifiers(Campaign campaign) {
    Set<String> identifiers = new HashSet<>();
    for (FindingDeclaration finding : campaign.findings()) {
      identifiers.add(finding.id());
      identifiers.addAll(finding.values().keySet());
    }
    identifiers.addAll(campaign.outcomes().keySet());
    return identifiers;
  }

  /** The word that ends where the spaces before {@code at} begin; empty when none stands there. */
  private static String wordBefore(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == at) {
      return "";
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  private static List<String> matches(String text, Pattern pattern) {
    List<String> found = new ArrayList<>();
    Matcher match = pattern.matcher(text);
    while (match.find()) {
      found.add(match.group().strip().isEmpty() ? "'" + match.group() + "'" : match.group().strip());
    }
    return found;
  }
}

package letters.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import letters.compose.Block;
import letters.compose.BlockKind;
import letters.compose.Letter;

/**
 * What a reader would notice in a rendered letter. Each rule looks at the letter's text, block by
 * block, and says what it found; none knows the wording, only the shape of good text.
 */
public enum Lint {
  /** A template expression or directive printed instead of run. */
  PLACEHOLDER("template code in the text") {
    @Override
    List<String> find(Letter letter, Set<String> identifiers) {
      return matches(letter, Pattern.compile("\\$\\{|#\\{|</?#|</?@|\\[#"));
    }
  },
  /** A value the templates should have turned into words: null, true, false, or an identifier. */
  LEAKED_VALUE("a value printed as it is stored") {
    @Override
    List<String> find(Letter letter, Set<String> identifiers) {
      List<String> found = matches(letter, Pattern.compile("\\b(null|true|false)\\b"));
      for (Block block : letter.blocks()) {
        for (String word : block.text().split("[^A-Za-z0-9_]+")) {
          if (word.contains("_") && identifiers.contains(word)) {
            found.add(word);
          }
        }
      }
      return found;
    }
  },
  /** Two spaces, or punctuation doubled or after a space: the mark of an empty value. */
  DOUBLED("doubled space or punctuation") {
    @Override
    List<String> find(Letter letter, Set<String> identifiers) {
      return matches(letter, Pattern.compile("\\S*(  |[,;:]\\s*[,;:.]|\\.\\s*[,;:]|(?<!\\.)\\.\\.(?!\\.)|\\s[,;:.])\\S*"));
    }
  },
  /** Every sentence of a body paragraph starts with a capital; the paragraph ends with a stop. */
  SENTENCE("sentence without a capital or a full stop") {
    @Override
    List<String> find(Letter letter, Set<String> identifiers) {
      List<String> found = new ArrayList<>();
      for (Block block : letter.blocks(BlockKind.PARAGRAPH)) {
        String text = block.text().strip();
        if (!text.endsWith(".") && !text.endsWith(":")) {
          found.add("…" + text.substring(Math.max(0, text.length() - 30)));
        }
        for (String sentence : text.split("(?<=[.])\\s+")) {
          char first = sentence.charAt(0);
          if (Character.isLowerCase(first)) {
            found.add(sentence.substring(0, Math.min(40, sentence.length())) + "…");
          }
        }
      }
      return found;
    }
  };

  private final String description;

  Lint(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** What this rule finds in {@code letter}; {@code identifiers} are the campaign's stored values. */
  abstract List<String> find(Letter letter, Set<String> identifiers);

  private static List<String> matches(Letter letter, Pattern pattern) {
    List<String> found = new ArrayList<>();
    for (Block block : letter.blocks()) {
      Matcher match = pattern.matcher(block.text());
      while (match.find()) {
        found.add(match.group().strip().isEmpty() ? "'" + match.group() + "'" : match.group().strip());
      }
    }
    return found;
  }
}

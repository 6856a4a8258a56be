package letters.check;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two texts of a letter, word by word: each change with a few words either
 * side, the removed words in [-…-] and the added ones in {+…+}, as {@code git diff --word-diff}
 * shows them.
 */
public final class TextDiff {
  private static final int CONTEXT = 5;

  private TextDiff() {}

  /** The changes from {@code before} to {@code after}, one line each; none when they read alike. */
  public static List<String> changes(String before, String after) {
    List<String> old = words(before);
    List<String> now = words(after);
    return DiffUtils.diff(old, now).getDeltas().stream().map(delta -> line(delta, old)).toList();
  }

  private static String line(AbstractDelta<String> delta, List<String> old) {
    int start = delta.getSource().getPosition();
    int end = start + delta.getSource().size();
    StringBuilder line = new StringBuilder();
    line.append(start > CONTEXT ? "… " : "");
    line.append(String.join(" ", old.subList(Math.max(0, start - CONTEXT), start)));
    if (!delta.getSource().getLines().isEmpty()) {
      line.append(" [-").append(String.join(" ", delta.getSource().getLines())).append("-]");
    }
    if (!delta.getTarget().getLines().isEmpty()) {
      line.append(" {+").append(String.join(" ", delta.getTarget().getLines())).append("+}");
    }
    String after = String.join(" ", old.subList(end, Math.min(old.size(), end + CONTEXT)));
    line.append(after.isEmpty() ? "" : " " + after).append(end + CONTEXT < old.size() ? " …" : "");
    return line.toString().strip();
  }

  private static List<String> words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }
}

package letters.load;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two organisations' names compare as a reader sees them: after Unicode compatibility
 * normalisation (NFKC, which turns a no-break space into a space and ligatures into letters), with
 * invisible characters (zero-width spaces and joiners, soft hyphens, byte-order marks) removed,
 * runs of space folded into one, and case ignored.
 */
final class Names {
  private Names() {}

  static String key(String name) {
    String normal = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder key = new StringBuilder(normal.length());
    boolean space = false;
    for (int i = 0; i < normal.length(); ) {
      int c = normal.codePointAt(i);
      i += Character.charCount(c);
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = key.length() > 0;
        continue;
      }
      if (space) {
        key.append(' ');
        space = false;
      }
      key.appendCodePoint(c);
    }
    return key.toString().toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static boolean isInvisible(int c) {
    return Character.getType(c) == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164;
  }
}

package letters.layout;

import java.util.List;

/**
 * Where a word may break across lines: after a hyphen or dash it already has (the hyphen stays
 * where it is, a real U+002D), at a soft hyphen its text holds, and at the British hyphenation
 * points of its lower-case parts. Capitalised words (names, places, the start of a sentence),
 * numbers, and addresses (e-mail, web) are never hyphenated.
 */
final class Breaks {
  private Breaks() {}

  /**
   * {@code result[k]} is how the word {@code text} may break before its character {@code k}, or null where it may
   * not; {@code soft} lists the places soft hyphens stood.
   */
  static Item.Penalty.Kind[] of(int[] text, List<Integer> soft, boolean hyphenate) {
    int n = text.length;
    Item.Penalty.Kind[] breaks = new Item.Penalty.Kind[n + 1];
    for (int k = 2; k < n; k++) {
      if (isDash(text[k - 1]) && Character.isLetterOrDigit(text[k - 2]) && Character.isLetterOrDigit(text[k])) {
        breaks[k] = Item.Penalty.Kind.EXPLICIT_HYPHEN;
      }
    }
    if (hyphenate) {
      for (int at : soft) {
        if (at > 0 && at < n) {
          breaks[at] = Item.Penalty.Kind.HYPHENATION;
        }
      }
      if (soft.isEmpty() && !looksLikeAnAddressOrNumber(text)) {
        hyphenateParts(text, breaks);
      }
    }
    breaks[0] = null;
    breaks[n] = null;
    return breaks;
  }

  private static boolean isDash(int c) {
    return c == '-' || c == 0x2010 || c == 0x2013 || c == 0x2014;
  }

  private static boolean looksLikeAnAddressOrNumber(int[] text) {
    for (int k = 0; k < text.length; k++) {
      int c = text[k];
      if (Character.isDigit(c) || c == '@' || c == '/' || c == ':' || c == '_' || c == '\\') {
        return true;
      }
      if (c == '.' && k + 1 < text.length && Character.isLetterOrDigit(text[k + 1])) {
        return true;
      }
    }
    return false;
  }

  /** Marks the hyphenation points of each maximal run of lower-case ASCII letters. */
  private static void hyphenateParts(int[] text, Item.Penalty.Kind[] breaks) {
    int k = 0;
    while (k < text.length) {
      if (!Character.isLetter(text[k])) {
        k++;
        continue;
      }
      int end = k;
      boolean plain = true;
      while (end < text.length && Character.isLetter(text[end])) {
        plain &= text[end] >= 'a' && text[end] <= 'z';
        end++;
      }
      if (plain) {
        boolean[] points = Hyphenator.british().points(new String(text, k, end - k));
        for (int i = 1; i < end - k; i++) {
          if (points[i] && breaks[k + i] == null) {
            breaks[k + i] = Item.Penalty.Kind.HYPHENATION;
          }
        }
      }
      k = end;
    }
  }
}

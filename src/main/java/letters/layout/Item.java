package letters.layout;

/**
 * One element of a paragraph as Knuth and Plass describe it: a box (glyphs that stay together),
 * glue (a word space that may stretch and shrink, and where the line may break), a penalty (a
 * place the line may break at a cost: after a hyphen, at a hyphenation point, or where it must
 * break) or a kern (fixed space between two boxes that goes when the line breaks between them).
 */
sealed interface Item {
  /** Penalties at or above this never break; at or below its negation always do. */
  int INFINITE = 10_000;

  float width();

  /**
   * Glyphs of one face and size set together, with the kerning after each (thousandths of an em),
   * and the text they show.
   */
  record Box(Face face, float size, int[] glyphs, int[] kerns, float width, String text) implements Item {}

  /**
   * A word space of {@code face} at {@code size}, drawn as the font's space glyph; {@code fill}
   * glue ends a paragraph or a forced line, stretching without limit and drawing nothing.
   */
  record Glue(Face face, float size, float width, float stretch, float shrink, boolean fill) implements Item {
    static Glue endOfLine() {
      return new Glue(Face.REGULAR, 0f, 0f, 0f, 0f, true);
    }
  }

  /**
   * A place to break. {@code hyphen} draws a hyphen of {@code face} at {@code size} when the line
   * breaks here (its width counted only then); {@code emergency} breaks are only tried when a word
   * is wider than the line.
   */
  record Penalty(float width, int cost, boolean flagged, Kind kind, Face face, float size) implements Item {
    enum Kind { FORCED, TIE, EXPLICIT_HYPHEN, HYPHENATION, EMERGENCY }

    static Penalty forced() {
      return new Penalty(0f, -INFINITE, false, Kind.FORCED, Face.REGULAR, 0f);
    }

    /** Keeps the space after it from breaking: between the two halves of a number, say. */
    static Penalty tie() {
      return new Penalty(0f, INFINITE, false, Kind.TIE, Face.REGULAR, 0f);
    }

    boolean hyphen() {
      return kind == Kind.HYPHENATION;
    }
  }

  /** Fixed space between two parts of a word, dropped if the line breaks between them. */
  record Kern(float width) implements Item {}
}

package letters.layout;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * One set line of text, ready to draw wherever it lands: the text-showing operators that draw it
 * (font changes and {@code TJ} arrays of glyph codes, two bytes each in literal strings, with kerning inside words and, in a
 * justified line, the extra width of each word space after its space glyph: never character
 * spacing), how wide it is, which glyphs of which faces it uses, and the text it shows. A line is the same in every
 * letter that sets the same paragraph at the same width, so it is made once and reused.
 */
record Line(byte[] content, float width, boolean justified, Map<Face, BitSet> glyphs, float size, String text) {

  /** Puts a line together run by run, as the breaker's items say. */
  static final class Builder {
    private final PdfSyntax content = new PdfSyntax(512);
    private final Map<Face, BitSet> glyphs = new EnumMap<>(Face.class);
    private final StringBuilder text = new StringBuilder();
    private Face face;
    private float size;
    private float largest;
    private boolean open;
    private boolean inString;
    private double width;

    /** Glyph {@code glyph} of {@code face} at {@code size}, followed by {@code after} points of extra space. */
    Builder glyph(Face face, float size, int glyph, double after) {
      if (face != this.face || size != this.size) {
        close();
        content.name(face.resource()).space().number(size).ascii(" Tf [");
        open = true;
        this.face = face;
        this.size = size;
        largest = Math.max(largest, size);
      }
      if (!inString) {
        content.ascii('(');
        inString = true;
      }
      content.code2(glyph);
      glyphs.computeIfAbsent(face, f -> new BitSet()).set(glyph);
      width += face.program().width(glyph) * size / 1000.0;
      return space(after);
    }

    /** Extra space after the glyph added last: kerning, or a justified word space's share. */
    Builder space(double points) {
      if (points != 0 && open) {
        if (inString) {
          content.ascii(')');
          inString = false;
        }
        content.space().number(-points * 1000 / size).space();
        width += points;
      }
      return this;
    }

    private void close() {
      if (inString) {
        content.ascii(')');
        inString = false;
      }
      if (open) {
        content.ascii("] TJ ");
        open = false;
      }
    }

    /** Records the text the glyphs added since the last call show. */
    Builder text(CharSequence shown) {
      text.append(shown);
      return this;
    }

    Line build(boolean justified) {
      close();
      return new Line(content.toByteArray(), (float) width, justified, glyphs, largest, text.toString());
    }
  }
}

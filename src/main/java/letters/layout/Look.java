package letters.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import letters.compose.Block;
import letters.compose.Span;

/**
 * How a block's text looks before its spans add their own bold or italic: size, leading, weight,
 * slant and colour; and where, in a row as tall as the leading, its baseline falls (the glyphs'
 * full height centred in the row, so that nothing drawn in another row can touch them).
 */
record Look(float size, float leading, boolean bold, boolean italic, Color colour) {

  Look bolder(float larger) {
    return new Look(size + larger, leading, true, italic, colour);
  }

  Look in(Color other) {
    return new Look(size, leading, bold, italic, other);
  }

  /** The baseline of a line of {@code size} in a row whose top is at {@code top}. */
  float baseline(float top, float lineSize) {
    FontProgram font = Face.REGULAR.program();
    float ascent = font.ascent * lineSize / 1000f;
    float descent = -font.descent * lineSize / 1000f;
    return top - (leading - ascent - descent) / 2 - ascent;
  }

  /** The block's spans as runs to set, the first line (up to a line break) in {@code head}'s look. */
  static List<Typesetter.Run> runs(Block block, Look head, Look look) {
    List<Typesetter.Run> runs = new ArrayList<>();
    Look current = head;
    for (Span span : block.spans()) {
      if (span.isLineBreak()) {
        runs.add(new Typesetter.Run("\n", Face.of(current.bold, current.italic), current.size));
        current = look;
      } else {
        Face face = Face.of(current.bold || span.bold(), current.italic || span.italic());
        runs.add(new Typesetter.Run(span.text(), face, current.size));
      }
    }
    return runs;
  }
}

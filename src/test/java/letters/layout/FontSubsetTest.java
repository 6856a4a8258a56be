package letters.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The house font as our reader sees it and as our subsets carry it, checked against PDFBox's own
 * TrueType parser (FontBox), which shares no code with ours.
 */
class FontSubsetTest {
  private static TrueTypeFont fontBox(byte[] bytes) throws Exception {
    return new TTFParser(true).parse(new RandomAccessReadBuffer(bytes));
  }

  private static byte[] original(Face face) throws Exception {
    String file = switch (face) {
      case REGULAR -> "Regular";
      case BOLD -> "Bold";
      case ITALIC -> "Italic";
      case BOLD_ITALIC -> "BoldItalic";
    };
    return FontSubsetTest.class.getResourceAsStream("/liberation/LiberationSans-" + file + ".ttf").readAllBytes();
  }

  @Test
  void characterMapWidthsAndKerningAgreeWithFontBox() throws Exception {
    for (Face face : Face.values()) {
      FontProgram ours = face.program();
      try (TrueTypeFont theirs = new TTFParser().parse(new RandomAccessReadBuffer(original(face)))) {
        assertEquals(theirs.getName(), ours.postScriptName);
        for (int c : "Aé’ŵ£ 7-\u00AD\u00A0".codePoints().toArray()) {
          int glyph = theirs.getUnicodeCmapLookup().getGlyphId(c);
          assertEquals(glyph, ours.glyph(c), face + " U+" + Integer.toHexString(c));
          assertEquals(Math.round(theirs.getAdvanceWidth(glyph) * 1000f / theirs.getUnitsPerEm()), ours.width(glyph));
        }
        int t = ours.glyph('T');
        int o = ours.glyph('o');
        int pair = theirs.getKerning().getHorizontalKerningSubtable().getKerning(t, o);
        assertEquals(Math.round(pair * 1000f / theirs.getUnitsPerEm()), ours.kern(t, o), face + " T o");
        assertTrue(ours.kern(t, o) < 0, "T and o kern closer");
      }
    }
  }

  @Test
  void aSubsetKeepsGlyphNumbersAndTheComponentsOfCompositeGlyphs() throws Exception {
    FontProgram font = Face.REGULAR.program();
    BitSet used = new BitSet();
    for (int c : "Siân Ŵyn – é\u00AD".codePoints().toArray()) {
      used.set(font.glyph(c));
    }
    BitSet kept = FontSubset.closure(font, used);
    for (int c : "âŴé\u00AD".codePoints().toArray()) {
      int[] components = font.components(font.glyph(c));
      assertTrue(components.length > 0, "U+" + Integer.toHexString(c) + " is built of other glyphs");
      for (int component : components) {
        assertTrue(kept.get(component), "component " + component + " of U+" + Integer.toHexString(c) + " is kept");
      }
    }
    try (TrueTypeFont subset = fontBox(FontSubset.program(font, kept))) {
      assertEquals(kept.length(), subset.getNumberOfGlyphs());
      for (int glyph = 0; glyph < subset.getNumberOfGlyphs(); glyph++) {
        GlyphData data = subset.getGlyph().getGlyph(glyph);
        if (kept.get(glyph)) {
          assertEquals(font.width(glyph), Math.round(subset.getAdvanceWidth(glyph) * 1000f / subset.getUnitsPerEm()));
          if (font.outline(glyph)[1] > 0) {
            assertNotNull(data, "glyph " + glyph + " keeps its outline");
            assertTrue(data.getPath().getBounds2D().getWidth() > 0, "glyph " + glyph + " draws something");
          }
        } else {
          assertTrue(data == null || data.getNumberOfContours() == 0, "glyph " + glyph + " is emptied");
        }
      }
    }
  }
}

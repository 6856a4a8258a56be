package letters.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The house font, Liberation Sans (metrically compatible with Arial), in its four styles. Each is
 * parsed once per process and embedded, as a subset, in every letter that uses it.
 */
final class Fonts {
  static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
  static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
  static final BaseFont ITALIC = load("LiberationSans-Italic.ttf");
  static final BaseFont BOLD_ITALIC = load("LiberationSans-BoldItalic.ttf");

  private Fonts() {}

  /**
   * Parses the fonts now. Called on a background thread as soon as a layout is made, so that the
   * parsing overlaps with reading records and running templates rather than delaying the first
   * letter.
   */
  static void load() {
    // Touching the class runs its static initialiser; nothing else to do.
  }

  static BaseFont of(boolean bold, boolean italic) {
    if (bold) {
      return italic ? BOLD_ITALIC : BOLD;
    }
    return italic ? ITALIC : REGULAR;
  }

  private static BaseFont load(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream("/liberation/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font " + file + " is missing from the class path");
      }
      BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
      // Each letter embeds its own subset of each face, compressed anew: at level 3 that costs a
      // third of the time level 9 takes, for a file 1.5% larger.
      font.setCompressionLevel(3);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + file, e);
    }
  }
}

package letters.layout;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.openpdf.text.Font;
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

  /**
   * A font in the house face. Bold and italic pick the real bold and italic faces; the font's own
   * style stays NORMAL, since OpenPDF would otherwise embolden or slant them a second time.
   */
  static Font font(float size, boolean bold, boolean italic, Color colour) {
    return new Font(of(bold, italic), size, Font.NORMAL, colour);
  }

  private static SecureRandom seededRandom() {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(1L);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA1PRNG", e);
    }
  }

  private static BaseFont load(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream("/liberation/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font " + file + " is missing from the class path");
      }
      BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
      // Handed to the writer stored; HouseWriter compresses each distinct subset once.
      font.setCompressionLevel(HouseWriter.FONT_COMPRESSION);
      // The writer renames each subset after its content; OpenPDF's random prefix needs no strong
      // (and, per letter, contended) source of randomness.
      font.setSecureRandom(seededRandom());
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + file, e);
    }
  }
}

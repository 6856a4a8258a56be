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
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + file, e);
    }
  }
}

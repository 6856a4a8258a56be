package letters.layout;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What makes a letter fit to keep and to read with assistive technology: PDF/A-1b (fonts embedded,
 * no transparency, XMP metadata matching the document information, an sRGB output intent from the
 * JDK's own profile), tagged, in its language, showing its title rather than its file name.
 */
final class Archival {
  private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);

  private Archival() {}

  /** Before the document is opened. */
  static void prepare(PdfWriter writer, String language) {
    writer.setPDFXConformance(PdfWriter.PDFA1B);
    writer.setTagged();
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
  }

  /** Once the document is open. */
  static void addOutputIntent(PdfWriter writer) throws IOException {
    writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
  }
}

package letters.layout;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * What makes a letter fit to keep and to read with assistive technology: PDF/A-1a (fonts embedded,
 * no transparency, XMP metadata matching the document information, an sRGB output intent from the
 * JDK's own profile, a tagged structure), identified as PDF/UA-1 too, in its language, showing its
 * title rather than its file name.
 */
final class Archival {
  private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
  private static final int CONFORMANCE = PdfWriter.PDFA1A;

  /** PDF/UA's identification, and its schema declared as PDF/A-1 asks of any schema it does not know. */
  private static final String PDFUA_ID = "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
  private static final String EXTENSION =
      "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
          + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
          + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";
  private static final String EXTENSION_SCHEMAS =
      "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
          + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
          + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
          + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaProperty:name>part</pdfaProperty:name>"
          + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
          + "<pdfaProperty:category>internal</pdfaProperty:category>"
          + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>"
          + "</rdf:li></rdf:Seq></pdfaSchema:property>"
          + "</rdf:li></rdf:Bag></pdfaExtension:schemas>";

  private Archival() {}

  /** Before the document is opened. */
  static void prepare(PdfWriter writer, String language) {
    writer.setPDFXConformance(CONFORMANCE);
    writer.setTagged();
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
  }

  /**
   * The XMP metadata, from the document information as it stands: Dublin Core, PDF and XMP basic
   * schemas, the PDF/A identification, and PDF/UA's.
   */
  static void writeMetadata(PdfWriter writer) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), CONFORMANCE);
    xmp.addRdfDescription(PDFUA_ID, "<pdfuaid:part>1</pdfuaid:part>");
    xmp.addRdfDescription(EXTENSION, EXTENSION_SCHEMAS);
    xmp.close();
    writer.setXmpMetadata(bytes.toByteArray());
  }

  /** Once the document is open. */
  static void addOutputIntent(PdfWriter writer) throws IOException {
    writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
  }
}

package letters.layout;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a document says about itself, written twice as PDF/A asks, in the document information
 * dictionary and in XMP metadata that match it: title, author, subject, the tool that made it and
 * its date (the letter's own, never the clock's, so the same inputs give the same bytes), with the
 * PDF/A-2a and PDF/UA-1 identifications in the XMP.
 */
record Metadata(String title, String author, String subject, String language, LocalDate date) {
  static final String CREATOR = "letters";

  /** PDF/UA's identification schema, declared as PDF/A asks of a schema it does not define. */
  private static final String PDFUA_EXTENSION =
      "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
          + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
          + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
          + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
          + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
          + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
          + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaProperty:name>part</pdfaProperty:name>"
          + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
          + "<pdfaProperty:category>internal</pdfaProperty:category>"
          + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>"
          + "</rdf:li></rdf:Seq></pdfaSchema:property>"
          + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";

  Metadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(date, "date");
  }

  /** The document information dictionary's entries. */
  PdfSyntax information() {
    String date = pdfDate();
    PdfSyntax info = new PdfSyntax(256).ascii("<<").name("Title").text(title);
    if (!author.isEmpty()) {
      info.name("Author").text(author);
    }
    if (!subject.isEmpty()) {
      info.name("Subject").text(subject);
    }
    return info.name("Creator").text(CREATOR).name("Producer").text(CREATOR)
        .name("CreationDate").text(date).name("ModDate").text(date).ascii(">>");
  }

  private String pdfDate() {
    return "D:" + date.toString().replace("-", "") + "000000Z";
  }

  /** The XMP packet, uncompressed as PDF/A asks. */
  byte[] xmp() {
    String when = date + "T00:00:00Z";
    StringBuilder xmp = new StringBuilder(3072)
        .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (!author.isEmpty()) {
      xmp.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    if (!subject.isEmpty()) {
      xmp.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(subject))
          .append("</rdf:li></rdf:Alt></dc:description>\n");
    }
    xmp.append("<dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n")
        .append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
        .append("<xmp:CreatorTool>").append(CREATOR).append("</xmp:CreatorTool>\n")
        .append("<xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
        .append("<xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n")
        .append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
        .append("<pdf:Producer>").append(CREATOR).append("</pdf:Producer>\n</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
        .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
        .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n")
        .append(PDFUA_EXTENSION)
        .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

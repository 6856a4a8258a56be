package letters.layout;

/**
 * An image ready to go into a PDF as an image XObject: its size in pixels, its colour space
 * (grey or RGB, both allowed beside the sRGB output intent), and its data as the file will hold
 * it, with the filter and decoding parameters that read it. Made once per image file and copied
 * into every document that shows it.
 */
record ImageXObject(int width, int height, boolean grey, byte[] data, String filter, String decodeParameters) {

  /** The image's stream dictionary entries, besides Length and Filter. */
  PdfSyntax dictionary() {
    PdfSyntax dictionary = new PdfSyntax(160).name("Type").name("XObject").name("Subtype").name("Image")
        .name("Width").space().number(width).name("Height").space().number(height)
        .name("ColorSpace").name(grey ? "DeviceGray" : "DeviceRGB").name("BitsPerComponent").ascii(" 8");
    if (decodeParameters != null) {
      dictionary.name("DecodeParms").ascii(decodeParameters);
    }
    return dictionary;
  }
}

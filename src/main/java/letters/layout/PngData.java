package letters.layout;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;

/**
 * Puts an opaque 8-bit grey or RGB PNG into a PDF without decoding it: the PNG's compressed image
 * data is exactly what a PDF Flate filter with a PNG predictor reads. Other PNGs (alpha, palettes,
 * interlacing) are left to the general path.
 */
final class PngData {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private PngData() {}

  static boolean isPng(byte[] bytes) {
    return bytes.length > SIGNATURE.length && ByteBuffer.wrap(bytes, 0, SIGNATURE.length).equals(ByteBuffer.wrap(SIGNATURE));
  }

  /** The image, when {@code png} is one that can pass straight through. */
  static Optional<Image> passThrough(byte[] png) throws BadElementException {
    ByteBuffer in = ByteBuffer.wrap(png);
    in.position(SIGNATURE.length);
    int width = 0;
    int height = 0;
    int components = 0;
    ByteArrayOutputStream data = new ByteArrayOutputStream(png.length);
    while (in.remaining() >= 12) {
      int length = in.getInt();
      String type = new String(png, in.position(), 4, java.nio.charset.StandardCharsets.US_ASCII);
      in.position(in.position() + 4);
      if (length < 0 || length > in.remaining() - 4) {
        return Optional.empty();
      }
      switch (type) {
        case "IHDR" -> {
          width = in.getInt(in.position());
          height = in.getInt(in.position() + 4);
          int depth = png[in.position() + 8];
          int colour = png[in.position() + 9];
          int interlace = png[in.position() + 12];
          components = colour == 0 ? 1 : colour == 2 ? 3 : 0;
          if (depth != 8 || components == 0 || interlace != 0) {
            return Optional.empty();
          }
        }
        case "IDAT" -> data.write(png, in.position(), length);
        case "tRNS" -> {
          return Optional.empty();
        }
        default -> {}
      }
      in.position(in.position() + length + 4);
    }
    if (width <= 0 || height <= 0 || data.size() == 0) {
      return Optional.empty();
    }
    Image image = Image.getInstance(width, height, components, 8, data.toByteArray());
    image.setDeflated(true);
    PdfDictionary predictor = new PdfDictionary();
    predictor.put(PdfName.PREDICTOR, new PdfNumber(15));
    predictor.put(PdfName.COLORS, new PdfNumber(components));
    predictor.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
    predictor.put(PdfName.COLUMNS, new PdfNumber(width));
    PdfDictionary additional = new PdfDictionary();
    additional.put(PdfName.DECODEPARMS, predictor);
    image.setAdditional(additional);
    return Optional.of(image);
  }
}

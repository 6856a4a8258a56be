package letters.layout;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads what a PNG declares about itself, and puts an opaque 8-bit grey or RGB PNG into a PDF
 * without decoding it: the PNG's compressed image data is exactly what a PDF Flate filter with a
 * PNG predictor reads. Other PNGs (alpha, palettes, interlacing) are left to be decoded.
 */
final class PngData {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private PngData() {}

  static boolean isPng(byte[] bytes) {
    return bytes.length > 24 && ByteBuffer.wrap(bytes, 0, SIGNATURE.length).equals(ByteBuffer.wrap(SIGNATURE));
  }

  /** The width and height the PNG's header declares, read before anything is decoded. */
  static int[] declaredSize(byte[] png) {
    ByteBuffer in = ByteBuffer.wrap(png);
    return new int[] {in.getInt(16), in.getInt(20)};
  }

  /** The image, when {@code png} is one that can pass straight through. */
  static Optional<ImageXObject> passThrough(byte[] png) {
    ByteBuffer in = ByteBuffer.wrap(png);
    in.position(SIGNATURE.length);
    int width = 0;
    int height = 0;
    int components = 0;
    ByteArrayOutputStream data = new ByteArrayOutputStream(png.length);
    while (in.remaining() >= 12) {
      int length = in.getInt();
      String type = new String(png, in.position(), 4, StandardCharsets.US_ASCII);
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
    String predictor = "<</Predictor 15 /Colors " + components + " /BitsPerComponent 8 /Columns " + width + ">>";
    return Optional.of(new ImageXObject(width, height, components == 1, data.toByteArray(), "FlateDecode", predictor));
  }
}

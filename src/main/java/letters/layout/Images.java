package letters.layout;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;

/**
 * The letters' images (wordmark, signatures), prepared once per file and version and then copied
 * into each document. A JPEG, or an opaque PNG, goes into the PDF as it is; another PNG is decoded
 * once, flattened onto white and compressed once. An image whose header declares an absurd size is
 * refused before anything is decoded (a small file can declare a picture that fills the memory),
 * and a missing or unreadable one is a diagnostic naming its file, never a letter without its mark.
 */
final class Images {
  /** The largest image accepted, a side and in all: ample for a 300 dpi wordmark or signature. */
  static final int MOST_PIXELS_A_SIDE = 10_000;
  static final long MOST_PIXELS = 25_000_000L;
  /** The largest image file read: a wordmark or signature is a few hundred kilobytes. */
  static final int MOST_BYTES = 32 << 20;

  private record Key(Path path, long modified, long size) {}

  private final ConcurrentHashMap<Key, ImageXObject> prepared = new ConcurrentHashMap<>();

  ImageXObject load(Path path) throws DiagnosticException {
    try {
      BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class);
      Key key = new Key(path, file.lastModifiedTime().toMillis(), file.size());
      ImageXObject ready = prepared.get(key);
      if (ready == null) {
        ready = prepare(path, bytes(path, file));
        prepared.put(key, ready);
      }
      return ready;
    } catch (NoSuchFileException e) {
      throw new DiagnosticException(Diagnostic.error(path, "image not found"), e);
    } catch (IOException | RuntimeException e) {
      throw new DiagnosticException(
          Diagnostic.error(path, "is not a readable PNG or JPEG image: " + e.getMessage()), e);
    }
  }

  /**
   * The image file's bytes, read only from a regular file and only up to the limit: a device
   * never ends and a pipe waits for a writer.
   */
  private static byte[] bytes(Path path, BasicFileAttributes file) throws IOException, DiagnosticException {
    if (!file.isRegularFile()) {
      throw new DiagnosticException(Diagnostic.error(path, "is not a regular file, so not an image"));
    }
    try (java.io.InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(MOST_BYTES + 1);
      if (bytes.length > MOST_BYTES) {
        throw new DiagnosticException(Diagnostic.error(path, "is larger than " + (MOST_BYTES >> 20)
            + " MiB; a wordmark or signature is a few hundred kilobytes"));
      }
      return bytes;
    }
  }

  private static ImageXObject prepare(Path path, byte[] bytes) throws IOException, DiagnosticException {
    if (bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      return jpeg(path, bytes);
    }
    if (!PngData.isPng(bytes)) {
      throw new IOException("neither a PNG nor a JPEG file");
    }
    int[] size = PngData.declaredSize(bytes);
    check(path, size[0], size[1]);
    Optional<ImageXObject> direct = PngData.passThrough(bytes);
    if (direct.isPresent()) {
      return direct.get();
    }
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
    if (decoded == null) {
      throw new IOException("the PNG cannot be decoded");
    }
    return flattened(decoded);
  }

  /** Refuses an image whose declared size is beyond reason, naming its file and the limits. */
  private static void check(Path path, int width, int height) throws DiagnosticException {
    if (width <= 0 || height <= 0 || width > MOST_PIXELS_A_SIDE || height > MOST_PIXELS_A_SIDE
        || (long) width * height > MOST_PIXELS) {
      throw new DiagnosticException(Diagnostic.error(path, String.format(
          "declares %d × %d pixels; an image may have at most %,d pixels a side and %,d in all",
          Integer.toUnsignedLong(width), Integer.toUnsignedLong(height), MOST_PIXELS_A_SIDE, MOST_PIXELS)));
    }
  }

  /** A JPEG as it is, once its frame header has given its size and colours. */
  private static ImageXObject jpeg(Path path, byte[] bytes) throws IOException, DiagnosticException {
    int at = 2;
    while (at + 9 < bytes.length) {
      if ((bytes[at] & 0xFF) != 0xFF) {
        throw new IOException("the JPEG's markers are damaged");
      }
      int marker = bytes[at + 1] & 0xFF;
      int length = (bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF);
      boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        int height = (bytes[at + 5] & 0xFF) << 8 | (bytes[at + 6] & 0xFF);
        int width = (bytes[at + 7] & 0xFF) << 8 | (bytes[at + 8] & 0xFF);
        int components = bytes[at + 9] & 0xFF;
        check(path, width, height);
        if (components != 1 && components != 3) {
          throw new IOException("a JPEG with " + components + " colour components (only grey or RGB will do)");
        }
        return new ImageXObject(width, height, components == 1, bytes, "DCTDecode", null);
      }
      at += 2 + length;
    }
    throw new IOException("the JPEG has no frame header");
  }

  /** The image on white, as RGB: archival PDFs are opaque, and the page is white. */
  private static ImageXObject flattened(BufferedImage decoded) {
    BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = rgb.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
    g.drawImage(decoded, 0, 0, null);
    g.dispose();
    byte[] bgr = ((DataBufferByte) rgb.getRaster().getDataBuffer()).getData();
    byte[] pixels = new byte[bgr.length];
    for (int i = 0; i < bgr.length; i += 3) {
      pixels[i] = bgr[i + 2];
      pixels[i + 1] = bgr[i + 1];
      pixels[i + 2] = bgr[i];
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      return new ImageXObject(rgb.getWidth(), rgb.getHeight(), false,
          ObjectWriter.deflate(pixels, pixels.length, deflater), "FlateDecode", null);
    } finally {
      deflater.end();
    }
  }
}

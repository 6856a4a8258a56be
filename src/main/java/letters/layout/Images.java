package letters.layout;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import java.util.Optional;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;

/**
 * The letters' images (wordmark, signatures), prepared once per file and version and then copied
 * into each letter. A JPEG, or an opaque PNG, goes into the PDF as it is; another PNG is decoded once, flattened onto white
 * (archival PDFs allow no transparency) and compressed once, so no letter pays for decoding. A
 * missing or unreadable image is a diagnostic naming its file, never a letter without its mark.
 */
final class Images {
  private record Key(Path path, long modified, long size) {}

  private final ConcurrentHashMap<Key, Image> prepared = new ConcurrentHashMap<>();

  Image load(Path path, String alt) throws DiagnosticException {
    Image image;
    try {
      Key key = new Key(path, Files.getLastModifiedTime(path).toMillis(), Files.size(path));
      Image ready = prepared.get(key);
      if (ready == null) {
        ready = prepare(Files.readAllBytes(path));
        prepared.put(key, ready);
      }
      image = Image.getInstance(ready);
    } catch (NoSuchFileException e) {
      throw new DiagnosticException(Diagnostic.error(path, "image not found"), e);
    } catch (IOException | RuntimeException e) {
      throw new DiagnosticException(
          Diagnostic.error(path, "is not a readable PNG or JPEG image: " + e.getMessage()), e);
    }
    image.setAlt(alt);
    return image;
  }

  private static Image prepare(byte[] bytes) throws IOException, BadElementException {
    if (bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      return Image.getInstance(bytes);
    }
    if (PngData.isPng(bytes)) {
      Optional<Image> direct = PngData.passThrough(bytes);
      if (direct.isPresent()) {
        return direct.get();
      }
    }
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
    if (decoded == null) {
      throw new IOException("unknown image format");
    }
    BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = rgb.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
    g.drawImage(decoded, 0, 0, null);
    g.dispose();
    byte[] bgr = ((java.awt.image.DataBufferByte) rgb.getRaster().getDataBuffer()).getData();
    byte[] pixels = new byte[bgr.length];
    for (int i = 0; i < bgr.length; i += 3) {
      pixels[i] = bgr[i + 2];
      pixels[i + 1] = bgr[i + 1];
      pixels[i + 2] = bgr[i];
    }
    Image image = Image.getInstance(rgb.getWidth(), rgb.getHeight(), 3, 8, deflate(pixels));
    image.setDeflated(true);
    return image;
  }

  private static byte[] deflate(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4);
    try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      deflater.write(data);
    }
    return out.toByteArray();
  }
}

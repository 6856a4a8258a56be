package letters.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import org.openpdf.text.Image;

/**
 * The letters' images (wordmark, signatures), read once and checked: a missing or unreadable image
 * is a diagnostic naming its file, never a letter without its mark.
 */
final class Images {
  private record Key(Path path, long modified, long size) {}

  private final ConcurrentHashMap<Key, byte[]> cache = new ConcurrentHashMap<>();

  Image load(Path path, String alt) throws DiagnosticException {
    try {
      Key key = new Key(path, Files.getLastModifiedTime(path).toMillis(), Files.size(path));
      byte[] bytes = cache.get(key);
      if (bytes == null) {
        bytes = Files.readAllBytes(path);
        Image.getInstance(bytes);
        cache.put(key, bytes);
      }
      Image image = Image.getInstance(bytes);
      image.setAlt(alt);
      return image;
    } catch (NoSuchFileException e) {
      throw new DiagnosticException(Diagnostic.error(path, "image not found"), e);
    } catch (IOException | RuntimeException e) {
      throw new DiagnosticException(
          Diagnostic.error(path, "is not a readable PNG or JPEG image: " + e.getMessage()), e);
    }
  }
}

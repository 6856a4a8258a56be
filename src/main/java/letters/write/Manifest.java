package letters.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * {@code manifest.json}: the letters in an output folder, one entry each, in id order. It lists only
 * files that were completely written.
 */
public record Manifest(List<ManifestEntry> letters) {
  /** The manifest's file name inside an output folder. */
  public static final String FILE_NAME = "manifest.json";

  // Streaming JSON rather than data binding: a preview writes a manifest too, and binding would
  // cost it more start-up time than the letter itself.
  private static final JsonFactory JSON = new JsonFactory();

  public Manifest {
    letters = letters.stream().sorted(Comparator.comparing(ManifestEntry::id)).toList();
  }

  /** The manifest in {@code folder}, or an empty one where there is none or it cannot be read. */
  public static Manifest read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return new Manifest(List.of());
    }
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      List<ManifestEntry> letters = new ArrayList<>();
      Map<String, String> fields = new HashMap<>();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && parser.getParsingContext().getParent().inArray()) {
          parser.nextToken();
          fields.put(parser.currentName(), parser.getValueAsString());
        } else if (token == JsonToken.END_OBJECT && parser.getParsingContext().inArray()) {
          letters.add(entry(fields));
          fields.clear();
        }
      }
      return new Manifest(letters);
    } catch (IOException | RuntimeException e) {
      return new Manifest(List.of());
    }
  }

  private static ManifestEntry entry(Map<String, String> fields) {
    return new ManifestEntry(
        fields.get("id"), fields.get("force"), fields.get("file"), fields.get("sha256"),
        Integer.parseInt(fields.get("pages")), fields.get("outcome"));
  }

  byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeArrayFieldStart("letters");
      for (ManifestEntry entry : letters) {
        json.writeStartObject();
        json.writeStringField("id", entry.id());
        json.writeStringField("force", entry.force());
        json.writeStringField("file", entry.file());
        json.writeStringField("sha256", entry.sha256());
        json.writeNumberField("pages", entry.pages());
        json.writeStringField("outcome", entry.outcome());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory cannot fail", e);
    }
    out.write('\n');
    return out.toByteArray();
  }
}

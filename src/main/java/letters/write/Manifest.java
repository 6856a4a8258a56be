package letters.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;

/**
 * {@code manifest.json}: the letters in an output folder, one entry each, in id order. It lists only
 * files that were completely written.
 *
 * <p>A manifest is read back only as this tool writes it: each entry names a letter by a plain id
 * and its file as that id followed by {@code .pdf}, inside the folder, with a SHA-256 and a page
 * count. Anything else (a file that is not JSON, an entry without its fields, a file name that
 * leads out of the folder) is refused with the line and column where it goes wrong, never quietly
 * dropped or followed.
 */
public record Manifest(List<ManifestEntry> letters) {
  /** The manifest's file name inside an output folder. */
  public static final String FILE_NAME = "manifest.json";

  /** The largest manifest read: ten thousand letters take about two megabytes. */
  static final int MAX_BYTES = 64 << 20;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final List<String> FIELDS = List.of("id", "name", "file", "sha256", "pages", "outcome");

  // Streaming JSON rather than data binding: a preview writes a manifest too, and binding would
  // cost it more start-up time than the letter itself.
  private static final JsonFactory JSON = new JsonFactory();

  public Manifest {
    letters = letters.stream().sorted(Comparator.comparing(ManifestEntry::id)).toList();
  }

  /** The manifest in {@code folder}; an empty one where there is none. */
  public static Manifest read(Path folder) throws DiagnosticException {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Manifest(List.of());
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(file, 0, 0, "is not a regular file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file, "cannot be read: " + OutputFolder.reason(e)), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw refused(file, 0, 0, "is larger than " + (MAX_BYTES >> 20) + " MiB");
    }
    try (JsonParser parser = JSON.createParser(bytes)) {
      return new Manifest(entries(file, parser));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
      throw refused(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "is not JSON: " + message);
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file, "cannot be read: " + OutputFolder.reason(e)), e);
    }
  }

  private static List<ManifestEntry> entries(Path file, JsonParser parser) throws IOException, DiagnosticException {
    expect(file, parser, parser.nextToken() == JsonToken.START_OBJECT, "must be an object with a list of \"letters\"");
    List<ManifestEntry> letters = null;
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      parser.nextToken();
      if (name.equals("letters")) {
        letters = letters(file, parser);
      } else {
        parser.skipChildren();
      }
    }
    expect(file, parser, letters != null, "has no list of \"letters\"");
    return letters;
  }

  private static List<ManifestEntry> letters(Path file, JsonParser parser) throws IOException, DiagnosticException {
    expect(file, parser, parser.currentToken() == JsonToken.START_ARRAY, "\"letters\" must be a list");
    List<ManifestEntry> letters = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      JsonLocation at = parser.currentTokenLocation();
      expect(file, parser, token == JsonToken.START_OBJECT, "each letter must be an object");
      ManifestEntry entry = entry(file, parser, at);
      if (!ids.add(entry.id())) {
        throw refused(file, at.getLineNr(), at.getColumnNr(), "lists the letter '" + entry.id() + "' twice");
      }
      letters.add(entry);
    }
    return letters;
  }

  private static ManifestEntry entry(Path file, JsonParser parser, JsonLocation at) throws IOException, DiagnosticException {
    Map<String, String> fields = new HashMap<>();
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value.isStructStart()) {
        parser.skipChildren();
      } else {
        fields.put(name, parser.getValueAsString());
      }
    }
    int line = at.getLineNr();
    int column = at.getColumnNr();
    for (String field : FIELDS) {
      if (fields.get(field) == null) {
        throw refused(file, line, column, "a letter has no \"" + field + "\"");
      }
    }
    String id = fields.get("id");
    if (!OutputFolder.isPlainName(id)) {
      throw refused(file, line, column, "a letter's id '" + id + "' is not a plain name (letters, digits, hyphens)");
    }
    if (!fields.get("file").equals(id + ".pdf")) {
      throw refused(file, line, column, "the letter '" + id + "' names the file '" + fields.get("file")
          + "'; a letter's file is its id and .pdf, in this folder");
    }
    if (!SHA256.matcher(fields.get("sha256")).matches()) {
      throw refused(file, line, column, "the letter '" + id + "' has a sha256 that is not 64 hexadecimal digits");
    }
    int pages;
    try {
      pages = Integer.parseInt(fields.get("pages"));
    } catch (NumberFormatException e) {
      pages = 0;
    }
    if (pages < 1) {
      throw refused(file, line, column, "the letter '" + id + "' has pages '" + fields.get("pages") + "'; a count from 1 up");
    }
    return new ManifestEntry(id, fields.get("name"), fields.get("file"), fields.get("sha256"), pages, fields.get("outcome"));
  }

  private static void expect(Path file, JsonParser parser, boolean holds, String message) throws DiagnosticException {
    if (!holds) {
      JsonLocation at = parser.currentTokenLocation();
      throw refused(file, at.getLineNr(), at.getColumnNr(), message);
    }
  }

  /** A manifest not as this tool writes it: said so, with what to do, since nothing is trusted. */
  private static DiagnosticException refused(Path file, int line, int column, String problem) {
    return new DiagnosticException(Diagnostic.error(file, Math.max(0, line), Math.max(0, column),
        "is not a manifest of letters as this tool writes it (" + problem
            + "); nothing was written: move it away, or delete it, and build again"));
  }

  byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeArrayFieldStart("letters");
      for (ManifestEntry entry : letters) {
        json.writeStartObject();
        json.writeStringField("id", entry.id());
        json.writeStringField("name", entry.name());
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

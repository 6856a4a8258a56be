package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build leaves in its output folder: whole PDFs with embedded fonts, text, a true manifest. */
class OutputTest {
  @TempDir static Path out;

  @BeforeAll
  static void build() {
    BuildReport report = Letters.open(Path.of("forces"), Path.of("templates")).build(List.of(), out, Progress.NONE);
    assertTrue(report.isClean(), () -> "build problems: " + report.diagnostics());
  }

  @Test
  void everyFontInEveryPdfIsEmbedded() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
      assertEquals(5, pdfs.size());
      for (Path pdf : pdfs) {
        assertEquals(List.of(), PdfText.unembeddedFonts(Files.readAllBytes(pdf)), pdf.toString());
      }
    }
  }

  @Test
  void manifestListsEveryLetterWithItsTrueHashAndPageCount() throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(5, manifest.get("letters").size());
    for (JsonNode entry : manifest.get("letters")) {
      byte[] pdf = Files.readAllBytes(out.resolve(entry.get("file").asText()));
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
      assertEquals(sha, entry.get("sha256").asText(), entry.get("id").asText());
      assertEquals(PdfText.pages(pdf), entry.get("pages").asInt());
      assertTrue(Files.isRegularFile(out.resolve(entry.get("id").asText() + ".txt")));
    }
    assertEquals("thames-valley", manifest.get("letters").get(3).get("id").asText());
    assertEquals("Thames Valley Police", manifest.get("letters").get(3).get("name").asText());
    assertEquals("insufficient_information", manifest.get("letters").get(3).get("outcome").asText());
  }

  @Test
  void textFileIsTheLettersText() throws IOException {
    String text = Files.readString(out.resolve("thames-valley.txt"));
    assertTrue(text.startsWith("Promoting improvements in policing"), text);
    assertTrue(text.contains("Chief Constable Francis Habgood QPM\nThames Valley Police\nVia email\n"), text);
    assertTrue(text.endsWith("Her Majesty’s Inspector of Fire & Rescue Services\n"), text);
  }

  @Test
  void pdfCarriesTitleAuthorSubjectAndLanguage() throws IOException {
    byte[] pdf = Files.readAllBytes(out.resolve("cambridgeshire.pdf"));
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var info = document.getDocumentInformation();
      assertEquals("HMICFRS assessment: Abuse of position for a sexual purpose – Cambridgeshire Constabulary", info.getTitle());
      assertEquals("Michael Cunningham QPM, HMICFRS", info.getAuthor());
      assertEquals("HMICFRS assessment: Abuse of position for a sexual purpose", info.getSubject());
      assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
    }
  }
}

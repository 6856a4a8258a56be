package letters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import letters.diagnostic.Result;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review bundle is made from the records of the forces the manifest names, laid out again:
 * its pages are the letters' pages, whatever files the manifest points at, and a force whose
 * record has gone stops it with a clear error rather than leaving a gap.
 */
class BundleTest {
  @TempDir Path work;

  @Test
  void itsPagesAreTheLettersPagesAndNoFileTheManifestNamesIsRead() throws Exception {
    Path out = work.resolve("out");
    Letters letters = Letters.open(Path.of("forces"), Path.of("templates"));
    assertTrue(letters.build(List.of(), out, Progress.NONE).isClean());
    // Thames Valley's file replaced by another force's letter after the build.
    byte[] thamesValley = Files.readAllBytes(out.resolve("thames-valley.pdf"));
    Files.copy(out.resolve("warwickshire.pdf"), out.resolve("thames-valley.pdf"), StandardCopyOption.REPLACE_EXISTING);
    Result<Path> bundle = letters.bundle(out);
    assertTrue(bundle.value().isPresent(), bundle.diagnostics().toString());

    try (PDDocument document = Loader.loadPDF(bundle.value().get().toFile())) {
      int page = 1;
      for (String id : List.of("avon-and-somerset", "cambridgeshire", "northamptonshire", "thames-valley", "warwickshire")) {
        byte[] letter = id.equals("thames-valley") ? thamesValley : Files.readAllBytes(out.resolve(id + ".pdf"));
        int pages = PdfText.pages(letter);
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setStartPage(page);
        stripper.setEndPage(page + pages - 1);
        assertEquals(PdfText.text(letter), stripper.getText(document), id + ": the bundle's pages are the letter's");
        page += pages;
      }
      assertEquals(page - 1, document.getNumberOfPages());
    }
    byte[] first = Files.readAllBytes(bundle.value().get());
    assertTrue(letters.bundle(out).value().isPresent());
    assertArrayEquals(first, Files.readAllBytes(bundle.value().get()), "the same letters give the same bytes");
  }

  @Test
  void aForceWhoseRecordHasGoneStopsItWithAClearError() throws Exception {
    Path forces = work.resolve("forces");
    TestFiles.copyTree(Path.of("forces"), forces);
    Path out = work.resolve("out");
    assertTrue(Letters.open(forces, Path.of("templates")).build(List.of(), out, Progress.NONE).isClean());
    Files.delete(forces.resolve("cambridgeshire.yaml"));
    Result<Path> bundle = Letters.open(forces, Path.of("templates")).bundle(out);
    assertTrue(bundle.value().isEmpty());
    String problem = bundle.diagnostics().getFirst().toString();
    assertTrue(problem.startsWith(forces.resolve("cambridgeshire.yaml") + ": error: no record 'cambridgeshire'"), problem);
    assertTrue(Files.notExists(out.resolve(Letters.BUNDLE)), "no bundle with a gap");
  }
}

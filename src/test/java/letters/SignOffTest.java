package letters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import letters.cli.Main;
import letters.sign.Signer;
import letters.sign.Verifier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Final letters and drafts, digital signatures, and letters that come out the same every time. */
class SignOffTest {
  private static final String PASSWORD = "correct horse";

  @TempDir Path work;
  private Path forces;

  @BeforeEach
  void forces() throws Exception {
    forces = work.resolve("forces");
    TestFiles.copyTree(Path.of("forces"), forces);
    String draft = Files.readString(forces.resolve("thames-valley.yaml"))
        .replace("Thames Valley Police", "Kent Police")
        .replaceAll("(?s)sign_off:.*", "");
    Files.writeString(forces.resolve("kent.yaml"), draft);
  }

  @Test
  void draftCarriesTheMarkOnEveryPageAndInItsTitleAndNoSignature() throws Exception {
    Path out = work.resolve("out");
    assertTrue(Letters.open(forces, Path.of("templates")).build(List.of("kent"), out, Progress.NONE).isClean());
    try (PDDocument pdf = Loader.loadPDF(out.resolve("kent.pdf").toFile())) {
      assertTrue(pdf.getDocumentInformation().getTitle().startsWith("DRAFT – "), pdf.getDocumentInformation().getTitle());
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertTrue(stripper.getText(pdf).contains("DRAFT"), "the mark is text on page " + page);
      }
      assertEquals(1, images(pdf), "the wordmark only, no signature");
    }
  }

  @Test
  void signedOffLetterHasTheSignatureAndNoMark() throws Exception {
    Path out = work.resolve("out");
    assertTrue(Letters.open(forces, Path.of("templates")).build(List.of("thames-valley"), out, Progress.NONE).isClean());
    byte[] bytes = Files.readAllBytes(out.resolve("thames-valley.pdf"));
    assertFalse(PdfText.text(bytes).contains("DRAFT"));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertEquals(2, images(pdf), "wordmark and signature");
    }
  }

  @Test
  void finalBuildRefusesDraftsAndStillWritesTheSignedOnes() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"build", "--final", "--templates", Path.of("templates").toAbsolutePath().toString()},
        new PrintWriter(out), new PrintWriter(err), work, false);
    assertEquals(1, status);
    assertEquals("forces/kent.yaml: error: is not signed off, so --final does not write it; give it a sign_off (by, on) first\n", err.toString());
    assertFalse(Files.exists(work.resolve("out/kent.pdf")));
    assertTrue(Files.exists(work.resolve("out/thames-valley.pdf")));
  }

  @Test
  void signedLetterVerifiesAndAFlippedByteDoesNot() throws Exception {
    Path keystore = keystore("Test Signer");
    Signer signer = Signer.open(keystore, Optional.empty(), PASSWORD.toCharArray());
    Path out = work.resolve("out");
    BuildReport report = Letters.open(forces, Path.of("templates"))
        .build(List.of("thames-valley", "kent"), out, Progress.NONE, new BuildOptions(false, Optional.of(signer)));
    assertEquals(List.of(forces.resolve("kent.yaml") + ": error: is not signed off, so --sign leaves its letter an unsigned draft; "
        + "give it a sign_off (by, on) first"), report.diagnostics().stream().map(Object::toString).toList(), "each draft named");
    assertEquals(2, report.written().size(), "the draft is still written, unsigned");

    Verifier.Verification good = Verifier.verify(out.resolve("thames-valley.pdf"));
    assertTrue(good.isValid(), good.problem());
    assertEquals(Optional.of("Test Signer"), good.signer());
    assertTrue(Duration.between(good.signedAt().orElseThrow(), Instant.now()).abs().toMinutes() < 5, "signed just now");
    assertFalse(Verifier.verify(out.resolve("kent.pdf")).signed(), "drafts are not signed");

    byte[] bytes = Files.readAllBytes(out.resolve("thames-valley.pdf"));
    // One letter of the title in the XMP metadata: the file still opens, but says something else.
    int title = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Thames Valley Police");
    assertTrue(title > 0);
    bytes[title + 2] ^= 0x04;
    Path altered = work.resolve("altered.pdf");
    Files.write(altered, bytes);
    Verifier.Verification bad = Verifier.verify(altered);
    assertTrue(bad.signed());
    assertFalse(bad.unaltered(), "one flipped byte in the signed range is caught");
  }

  @Test
  void commandLineSignsWithThePasswordFromTheEnvironmentAndVerifies() throws Exception {
    Path keystore = keystore("Michael Cunningham");
    String templates = Path.of("templates").toAbsolutePath().toString();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"build", "thames-valley", "--sign", keystore.toString(), "--templates", templates},
        new PrintWriter(out), new PrintWriter(err), work, false, Map.of("LETTERS_KEYSTORE_PASSWORD", PASSWORD));
    assertEquals(0, status, err.toString());
    assertFalse(out.toString().contains(PASSWORD) || err.toString().contains(PASSWORD), "the password is never printed");

    StringWriter said = new StringWriter();
    assertEquals(0, Main.run(new String[] {"verify", "out/thames-valley.pdf"}, new PrintWriter(said), new PrintWriter(err), work, false));
    assertTrue(said.toString().matches("out/thames-valley\\.pdf: signed by Michael Cunningham on .* UTC, unaltered since signing; "
        + "its certificate was valid then; integrity only: no certificate trusted \\(--trust CERT\\)\\n"), said.toString());

    StringWriter wrong = new StringWriter();
    status = Main.run(new String[] {"build", "--sign", keystore.toString(), "--templates", templates},
        new PrintWriter(out), new PrintWriter(wrong), work, false, Map.of("LETTERS_KEYSTORE_PASSWORD", "wrong"));
    assertEquals(1, status);
    assertTrue(wrong.toString().startsWith("keystore.p12: error: the password is wrong"), wrong.toString());
  }

  @Test
  void signingEveryLetterNamesEachDraftLeftUnsignedAndFails() throws Exception {
    Path keystore = keystore("Michael Cunningham");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"build", "--sign", keystore.toString(), "--templates", Path.of("templates").toAbsolutePath().toString()},
        new PrintWriter(out), new PrintWriter(err), work, false, Map.of("LETTERS_KEYSTORE_PASSWORD", PASSWORD));
    assertEquals(1, status);
    assertEquals("forces/kent.yaml: error: is not signed off, so --sign leaves its letter an unsigned draft; "
        + "give it a sign_off (by, on) first\n", err.toString());
    assertEquals("6 letters written to out\n", out.toString());
    assertFalse(Verifier.verify(work.resolve("out/kent.pdf")).signed());
    assertTrue(Verifier.verify(work.resolve("out/thames-valley.pdf")).isValid());
  }

  @Test
  void aMissingKeystoreSaysWhyBeforeAnyPasswordIsAskedFor() {
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"build", "--sign", "nowhere.p12", "--templates", Path.of("templates").toAbsolutePath().toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err), work, false);
    assertEquals(1, status);
    assertEquals("nowhere.p12: error: cannot be read: no such file or folder\n", err.toString());
  }

  @Test
  void sameInputsGiveByteIdenticalPdfs() throws Exception {
    Letters letters = Letters.open(forces, Path.of("templates"));
    assertTrue(letters.build(List.of(), work.resolve("one"), Progress.NONE).isClean());
    assertTrue(Letters.open(forces, Path.of("templates")).build(List.of(), work.resolve("two"), Progress.NONE).isClean());
    for (String id : List.of("avon-and-somerset", "cambridgeshire", "kent", "northamptonshire", "thames-valley", "warwickshire")) {
      assertArrayEquals(
          Files.readAllBytes(work.resolve("one/" + id + ".pdf")), Files.readAllBytes(work.resolve("two/" + id + ".pdf")), id);
    }
  }

  private static int images(PDDocument pdf) throws Exception {
    int count = 0;
    for (PDPage page : pdf.getPages()) {
      for (COSName name : page.getResources().getXObjectNames()) {
        if (page.getResources().isImageXObject(name)) {
          count++;
        }
      }
    }
    return count;
  }

  /** A PKCS#12 keystore holding a new key and a self-signed certificate for {@code name}. */
  private Path keystore(String name) throws Exception {
    return TestKeystore.write(work.resolve("keystore.p12"), name, PASSWORD);
  }
}

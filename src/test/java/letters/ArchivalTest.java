package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import letters.sign.Signer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF the tool writes (letters final, draft and signed, the overview, the bundle) is a valid
 * PDF/A of the part it declares and a valid PDF/UA-1, every rule of both passing, checked by veraPDF.
 */
class ArchivalTest {
  @TempDir static Path work;
  static Path out;
  static Path signed;

  @BeforeAll
  static void build() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    Path forces = work.resolve("forces");
    TestFiles.copyTree(Path.of("forces"), forces);
    Files.writeString(forces.resolve("kent.yaml"), Files.readString(forces.resolve("warwickshire.yaml"))
        .replace("Warwickshire Police", "Kent Police").replaceAll("(?s)sign_off:.*", ""));
    out = work.resolve("out");
    Letters letters = Letters.open(forces, Path.of("templates"));
    assertTrue(letters.build(List.of(), out, Progress.NONE).isClean());
    assertTrue(letters.summary(out).value().isPresent());
    assertTrue(letters.bundle(out).value().isPresent());
    assertTrue(PdfText.text(Files.readAllBytes(out.resolve("kent.pdf"))).contains("DRAFT"));
    // A signed letter, as build --sign writes it: the signature is an update after the letter's own bytes.
    Path keystore = TestKeystore.write(work.resolve("keystore.p12"), "Michael Cunningham", "a password");
    Signer signer = Signer.open(keystore, Optional.empty(), "a password".toCharArray());
    signed = work.resolve("signed/thames-valley.pdf");
    Files.createDirectories(signed.getParent());
    Files.write(signed, signer.sign(Files.readAllBytes(out.resolve("thames-valley.pdf")), "Approved for issue"));
  }

  @Test
  void everyPdfConformsToPdfA2a() throws Exception {
    List<Path> pdfs = pdfs();
    assertEquals(9, pdfs.size(), "six letters, the summary, the bundle and a signed letter: " + pdfs);
    for (Path pdf : pdfs) {
      try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(Files.readAllBytes(pdf)))) {
        assertEquals(PDFAFlavour.PDFA_2_A, parser.getFlavour(), pdf + " declares PDF/A-2a");
        ValidationResult result = validate(parser, parser.getFlavour());
        assertTrue(result.isCompliant(), pdf + " breaks " + failures(result));
      }
    }
  }

  @Test
  void everyPdfPassesEveryRuleOfPdfUa1() throws Exception {
    for (Path pdf : pdfs()) {
      try (PDFAParser parser =
          Foundries.defaultInstance().createParser(new ByteArrayInputStream(Files.readAllBytes(pdf)), PDFAFlavour.PDFUA_1)) {
        ValidationResult result = validate(parser, PDFAFlavour.PDFUA_1);
        assertEquals(new TreeSet<String>(), failures(result), pdf + " breaks PDF/UA-1");
        assertTrue(result.isCompliant(), pdf.toString());
      }
    }
  }

  static ValidationResult validate(PDFAParser parser, PDFAFlavour flavour) throws Exception {
    try (PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      return validator.validate(parser);
    }
  }

  /** The rules a file breaks, as "clause-test: description". */
  static TreeSet<String> failures(ValidationResult result) {
    TreeSet<String> failed = new TreeSet<>();
    for (TestAssertion assertion : result.getTestAssertions()) {
      if (assertion.getStatus() == TestAssertion.Status.FAILED) {
        failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage());
      }
    }
    return failed;
  }

  private static List<Path> pdfs() throws Exception {
    try (Stream<Path> files = Files.list(out)) {
      return Stream.concat(files.filter(f -> f.toString().endsWith(".pdf")).sorted(), Stream.of(signed)).toList();
    }
  }
}

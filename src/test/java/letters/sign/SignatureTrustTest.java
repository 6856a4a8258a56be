package letters.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import letters.Letters;
import letters.Progress;
import letters.TestFiles;
import letters.cli.Main;
import letters.diagnostic.DiagnosticException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code verify} says beyond integrity: whether the certificate was in force when it signed,
 * and whether it chains to a certificate the reader trusts ({@code --trust}); and that it reads
 * only regular files of a letter's size.
 */
class SignatureTrustTest {
  private static final String PASSWORD = "correct horse";

  @TempDir Path work;
  private KeyPair authority;
  private X509Certificate authorityCertificate;
  private Signer signer;
  private byte[] letter;

  @BeforeEach
  void signerIssuedByAnAuthority() throws Exception {
    authority = keys();
    authorityCertificate = certificate("Test Authority", authority.getPublic(), "Test Authority", authority.getPrivate(), true);
    KeyPair inspector = keys();
    X509Certificate issued = certificate("Michael Cunningham", inspector.getPublic(), "Test Authority", authority.getPrivate(), false);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("inspector", inspector.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {issued, authorityCertificate});
    Path keystore = work.resolve("keystore.p12");
    try (OutputStream out = Files.newOutputStream(keystore)) {
      store.store(out, PASSWORD.toCharArray());
    }
    signer = Signer.open(keystore, Optional.empty(), PASSWORD.toCharArray());
    TestFiles.copyTree(Path.of("forces"), work.resolve("forces"));
    Letters.open(work.resolve("forces"), Path.of("templates")).build(List.of("thames-valley"), work.resolve("out"), Progress.NONE);
    letter = Files.readAllBytes(work.resolve("out/thames-valley.pdf"));
  }

  @Test
  void withoutTrustedCertificatesTheAnswerIsIntegrityOnly() throws Exception {
    Path signed = write("signed.pdf", signer.sign(letter, "Approved for issue"));
    Verifier.Verification verification = Verifier.integrityOnly().check(signed);
    assertTrue(verification.isValid(), verification.problem());
    assertEquals(Optional.empty(), verification.trustedBy());
    String said = run("verify", "signed.pdf");
    assertTrue(said.matches("signed\\.pdf: signed by Michael Cunningham on .* UTC, unaltered since signing; its certificate was valid then; "
        + "integrity only: no certificate trusted \\(--trust CERT\\)\\n"), said);
  }

  @Test
  void aSignerIssuedByATrustedAuthorityChainsToIt() throws Exception {
    Path signed = write("signed.pdf", signer.sign(letter, "Approved for issue"));
    Path trusted = pem("authority.pem", authorityCertificate);
    Verifier.Verification verification = Verifier.trusting(trusted).check(signed);
    assertTrue(verification.isValid(), verification.problem());
    assertEquals(Optional.of("Test Authority"), verification.trustedBy());
    String said = run("verify", "--trust", "authority.pem", "signed.pdf");
    assertTrue(said.endsWith(", unaltered since signing; its certificate was valid then and chains to Test Authority\n"), said);
  }

  @Test
  void aSignerThatDoesNotChainToTheTrustedCertificateIsNotValid() throws Exception {
    Path signed = write("signed.pdf", signer.sign(letter, "Approved for issue"));
    KeyPair other = keys();
    Path stranger = pem("stranger.pem", certificate("Another Authority", other.getPublic(), "Another Authority", other.getPrivate(), true));
    Verifier.Verification verification = Verifier.trusting(stranger).check(signed);
    assertFalse(verification.isValid());
    assertTrue(verification.unaltered(), "unaltered, and said so");
    assertTrue(verification.problem().startsWith("its certificate does not chain to a trusted certificate ("), verification.problem());
    StringWriter said = new StringWriter();
    assertEquals(1, Main.run(new String[] {"verify", "--trust", "stranger.pem", "signed.pdf"},
        new PrintWriter(said), new PrintWriter(new StringWriter()), work, false));
    assertTrue(said.toString().startsWith("signed.pdf: signed by Michael Cunningham on "), said.toString());
    assertTrue(said.toString().contains(", unaltered since signing, but its certificate does not chain to a trusted certificate"), said.toString());
  }

  @Test
  void aSignatureMadeAfterTheCertificateExpiredIsNotValid() throws Exception {
    Calendar later = Calendar.getInstance();
    later.add(Calendar.DAY_OF_MONTH, 60);
    Path signed = write("late.pdf", signer.sign(letter, "Approved for issue", later));
    Verifier.Verification verification = Verifier.trusting(pem("authority.pem", authorityCertificate)).check(signed);
    assertFalse(verification.isValid());
    assertTrue(verification.unaltered());
    assertTrue(verification.problem().matches("its certificate had expired \\(on .*\\) when it signed"), verification.problem());
  }

  @Test
  void aTrustFileThatHoldsNoCertificateIsSaidToBeSo() throws Exception {
    Path notes = work.resolve("notes.pem");
    Files.writeString(notes, "not a certificate\n");
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> Verifier.trusting(notes));
    assertTrue(e.diagnostic().message().startsWith("is not an X.509 certificate (PEM or DER)")
        || e.diagnostic().message().startsWith("holds no certificate"), e.diagnostic().toString());
  }

  @Test
  void onlyRegularFilesOfALettersSizeAreRead() throws Exception {
    Path huge = work.resolve("huge.pdf");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    Path fifo = work.resolve("fifo.pdf");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    CompletableFuture<List<Verifier.Verification>> checked = CompletableFuture.supplyAsync(
        () -> Letters.verify(List.of(huge, fifo, Path.of("/dev/zero"))));
    List<Verifier.Verification> results = checked.get(30, TimeUnit.SECONDS);
    assertEquals("is larger than 64 MiB; a letter is about a hundred kilobytes", results.get(0).problem());
    assertEquals("is not a regular file", results.get(1).problem());
    assertEquals("is not a regular file", results.get(2).problem());
  }

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), work, false);
    assertEquals(0, status, err.toString());
    return out.toString();
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(work.resolve(name), bytes);
  }

  private Path pem(String name, X509Certificate certificate) throws Exception {
    String text = "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
    return Files.writeString(work.resolve(name), text);
  }

  private static KeyPair keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  /** A certificate for {@code subject}, valid from yesterday for thirty days, issued by {@code issuer}. */
  private static X509Certificate certificate(String subject, PublicKey key, String issuer, PrivateKey issuerKey, boolean authority)
      throws Exception {
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
        new X500Name("CN=" + issuer), BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
        Date.from(now.plus(Duration.ofDays(30))), new X500Name("CN=" + subject), key);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
    builder.addExtension(Extension.keyUsage, true,
        new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
  }
}

package letters.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.diagnostic.Reason;

/**
 * What signing and verifying ask of certificates and of the files that hold them: files read only
 * when they are regular files within a size limit; a signing certificate valid at the moment it
 * signs and meant for signing; a chain from a signer's certificate to a certificate the reader
 * trusts.
 */
final class Certificates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", Locale.UK)
      .withZone(ZoneOffset.UTC);

  // Key usage bits (RFC 5280): digitalSignature and nonRepudiation, either of which allows signing.
  private static final int DIGITAL_SIGNATURE = 0;
  private static final int NON_REPUDIATION = 1;

  private Certificates() {}

  /**
   * The bytes of {@code file}, which must be a regular file of at most {@code limit} bytes; {@code
   * what} says what size such a file has, for the error.
   */
  static byte[] read(Path file, long limit, String what) throws DiagnosticException {
    // Asked before opening: opening a pipe waits for a writer, and a device never ends.
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new DiagnosticException(Diagnostic.error(file, "is not a regular file"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(Math.toIntExact(limit + 1));
      if (bytes.length > limit) {
        throw new DiagnosticException(Diagnostic.error(file, "is larger than " + size(limit) + "; " + what));
      }
      return bytes;
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file, "cannot be read: " + Reason.of(e)), e);
    }
  }

  private static String size(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
  }

  /** Refuses a certificate that is not valid at {@code at} or is not meant for signing. */
  static void checkForSigning(Path keystore, String alias, X509Certificate certificate, Instant at)
      throws DiagnosticException {
    String whose = "the certificate of the key '" + alias + "' (" + Verifier.commonName(certificate) + ")";
    try {
      certificate.checkValidity(Date.from(at));
    } catch (CertificateExpiredException e) {
      throw new DiagnosticException(Diagnostic.error(keystore,
          whose + " expired on " + DAY.format(certificate.getNotAfter().toInstant()) + "; sign with a current one"), e);
    } catch (CertificateNotYetValidException e) {
      throw new DiagnosticException(Diagnostic.error(keystore,
          whose + " is not valid until " + DAY.format(certificate.getNotBefore().toInstant()) + "; sign with a current one"), e);
    }
    boolean[] usage = certificate.getKeyUsage();
    if (usage != null && !usage[DIGITAL_SIGNATURE] && !usage[NON_REPUDIATION]) {
      throw new DiagnosticException(Diagnostic.error(keystore,
          whose + " is not for signing (its key usage allows neither digital signatures nor non-repudiation)"));
    }
  }

  /** Why {@code certificate} was not valid at {@code at}, or empty when it was. */
  static java.util.Optional<String> outOfValidity(X509Certificate certificate, Instant at) {
    try {
      certificate.checkValidity(Date.from(at));
      return java.util.Optional.empty();
    } catch (CertificateExpiredException e) {
      return java.util.Optional.of("its certificate had expired (on " + DAY.format(certificate.getNotAfter().toInstant()) + ")");
    } catch (CertificateNotYetValidException e) {
      return java.util.Optional.of("its certificate was not yet valid (from " + DAY.format(certificate.getNotBefore().toInstant()) + ")");
    }
  }

  /** The certificates of a PEM or DER file given as trust anchors ({@code --trust}). */
  static List<X509Certificate> anchors(Path file) throws DiagnosticException {
    byte[] bytes = read(file, 1 << 20, "a certificate file is a few kilobytes");
    try {
      List<X509Certificate> anchors = new ArrayList<>();
      for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
        anchors.add((X509Certificate) certificate);
      }
      if (anchors.isEmpty()) {
        throw new DiagnosticException(Diagnostic.error(file, "holds no certificate; give an X.509 certificate (PEM or DER)"));
      }
      return anchors;
    } catch (GeneralSecurityException e) {
      throw new DiagnosticException(Diagnostic.error(file,
          "is not an X.509 certificate (PEM or DER): " + reason(e)), e);
    }
  }

  /**
   * Whether {@code chain} (the signer's certificate first, then any others the signature carries)
   * leads to one of {@code anchors}, as things stood at {@code at}: the anchor it reaches, or why
   * it does not. Revocation is not checked: that needs the issuer's lists, on line.
   */
  static Trust trust(List<X509Certificate> chain, List<X509Certificate> anchors, Instant at) {
    X509Certificate signer = chain.getFirst();
    for (X509Certificate anchor : anchors) {
      if (anchor.equals(signer)) {
        return new Trust(true, Verifier.commonName(anchor));
      }
    }
    try {
      Set<TrustAnchor> trusted = new HashSet<>();
      anchors.forEach(anchor -> trusted.add(new TrustAnchor(anchor, null)));
      PKIXParameters parameters = new PKIXParameters(trusted);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(at));
      List<X509Certificate> path = new ArrayList<>(chain);
      // A path ends below its anchor: drop any of the carried certificates that is an anchor itself.
      path.removeIf(anchors::contains);
      var result = (java.security.cert.PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
          .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
      return new Trust(true, Verifier.commonName(result.getTrustAnchor().getTrustedCert()));
    } catch (CertPathValidatorException e) {
      return new Trust(false, reason(e));
    } catch (GeneralSecurityException e) {
      return new Trust(false, reason(e));
    }
  }

  /** Whether a chain reached a trusted certificate: the anchor's name, or why not. */
  record Trust(boolean trusted, String detail) {}

  /** An exception's message for a user: the first line of its own words. */
  static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "no reason given" : message.lines().findFirst().orElse("").strip();
  }
}

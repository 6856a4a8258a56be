package letters.sign;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import letters.diagnostic.DiagnosticException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

/**
 * Checks the signatures of PDFs: that the signed byte ranges cover the whole file but the
 * signature itself, that the CMS signature in it verifies over those bytes with the certificate it
 * carries, that the certificate was valid when it signed, and, when certificates to trust are
 * given, that it chains to one of them. Without them the answer is about integrity only: anyone
 * can make a certificate with any name on it.
 *
 * <p>Only regular files of at most {@value #MAX_BYTES} bytes are read: a letter is about a
 * hundred kilobytes, and a device, a pipe or a file of gigabytes is refused without reading it.
 */
public final class Verifier {
  /** The largest file verified. */
  public static final int MAX_BYTES = 64 << 20;

  private final List<X509Certificate> anchors;

  private Verifier(List<X509Certificate> anchors) {
    this.anchors = anchors;
  }

  /** A verifier that checks integrity and validity only, trusting no certificate. */
  public static Verifier integrityOnly() {
    return new Verifier(List.of());
  }

  /** A verifier that also asks that signers chain to one of the certificates in {@code file} (PEM or DER). */
  public static Verifier trusting(Path file) throws DiagnosticException {
    return new Verifier(Certificates.anchors(file));
  }

  /**
   * What is known of one file's signature. {@code problem} is empty when the signature is good;
   * {@code trustedBy} names the trusted certificate the signer's chains to, and is empty when no
   * certificate was trusted (integrity only) or the chain failed (then {@code problem} says so).
   */
  public record Verification(
      Path file, boolean signed, Optional<String> signer, Optional<Instant> signedAt, boolean unaltered, String problem,
      Optional<String> trustedBy) {

    public boolean isValid() {
      return signed && unaltered && problem.isEmpty();
    }
  }

  /** {@code file}'s signature checked for integrity and validity, trusting no certificate. */
  public static Verification verify(Path file) {
    return integrityOnly().check(file);
  }

  /** Whether any certificates are trusted, or the answers are about integrity only. */
  public boolean checksTrust() {
    return !anchors.isEmpty();
  }

  /** {@code file}'s signature, checked. */
  public Verification check(Path file) {
    byte[] bytes;
    try {
      bytes = Certificates.read(file, MAX_BYTES, "a letter is about a hundred kilobytes");
    } catch (DiagnosticException e) {
      return unsigned(file, e.diagnostic().message());
    }
    try {
      PdfReader reader = new PdfReader(bytes);
      AcroFields fields = reader.getAcroFields();
      List<String> names = fields.getSignedFieldNames();
      if (names.isEmpty()) {
        return unsigned(file, "not signed");
      }
      String name = names.getLast();
      PdfDictionary signature = fields.getSignatureDictionary(name);
      Optional<Instant> at = Optional.ofNullable(signature.getAsString(PdfName.M))
          .map(m -> PdfDate.decode(m.toString()).toInstant());
      boolean whole = fields.signatureCoversWholeDocument(name);
      CMSSignedData cms = new CMSSignedData(
          new CMSProcessableByteArray(signedBytes(bytes, signature.getAsArray(PdfName.BYTERANGE))),
          signature.getAsString(PdfName.CONTENTS).getOriginalBytes());
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
      X509CertificateHolder certificate = certificates.iterator().next();
      Optional<String> by = Optional.of(commonName(certificate.getSubject().toString()));
      boolean verifies = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      if (!whole || !verifies) {
        String problem = !whole ? "the signature does not cover the whole file" : "altered since signing";
        return new Verification(file, true, by, at, false, problem, Optional.empty());
      }
      return judged(file, by, at, chain(cms, certificate));
    } catch (CMSException e) {
      return new Verification(file, true, Optional.empty(), Optional.empty(), false,
          "altered since signing (" + Certificates.reason(e) + ")", Optional.empty());
    } catch (IOException | RuntimeException | OperatorCreationException | java.security.cert.CertificateException e) {
      return unsigned(file, "not a readable signed PDF: " + Certificates.reason(e));
    }
  }

  /** An unaltered signature judged on its certificate: valid when it signed, and trusted. */
  private Verification judged(Path file, Optional<String> by, Optional<Instant> at, List<X509Certificate> chain) {
    if (at.isEmpty()) {
      return new Verification(file, true, by, at, true,
          "it carries no signing time, so whether its certificate was valid then cannot be told", Optional.empty());
    }
    Optional<String> outOfValidity = Certificates.outOfValidity(chain.getFirst(), at.get());
    if (outOfValidity.isPresent()) {
      return new Verification(file, true, by, at, true, outOfValidity.get() + " when it signed", Optional.empty());
    }
    if (anchors.isEmpty()) {
      return new Verification(file, true, by, at, true, "", Optional.empty());
    }
    Certificates.Trust trust = Certificates.trust(chain, anchors, at.get());
    return trust.trusted()
        ? new Verification(file, true, by, at, true, "", Optional.of(trust.detail()))
        : new Verification(file, true, by, at, true,
            "its certificate does not chain to a trusted certificate (" + trust.detail() + ")", Optional.empty());
  }

  /** The signer's certificate first, then the others the signature carries. */
  private static List<X509Certificate> chain(CMSSignedData cms, X509CertificateHolder signer)
      throws java.security.cert.CertificateException {
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(converter.getCertificate(signer));
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
    for (X509CertificateHolder other : all) {
      if (!other.equals(signer)) {
        chain.add(converter.getCertificate(other));
      }
    }
    return chain;
  }

  private static Verification unsigned(Path file, String problem) {
    return new Verification(file, false, Optional.empty(), Optional.empty(), false, problem, Optional.empty());
  }

  /** The bytes a signature covers: the ranges its /ByteRange names, end to end. */
  private static byte[] signedBytes(byte[] file, PdfArray range) throws IOException {
    List<byte[]> parts = new ArrayList<>();
    int total = 0;
    for (int i = 0; i + 1 < range.size(); i += 2) {
      int start = range.getAsNumber(i).intValue();
      int length = range.getAsNumber(i + 1).intValue();
      if (start < 0 || length < 0 || start + length > file.length) {
        throw new IOException("the signed byte range runs past the end of the file");
      }
      parts.add(java.util.Arrays.copyOfRange(file, start, start + length));
      total += length;
    }
    byte[] signed = new byte[total];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, signed, at, part.length);
      at += part.length;
    }
    return signed;
  }

  static String commonName(X509Certificate certificate) {
    return commonName(certificate.getSubjectX500Principal().getName());
  }

  private static String commonName(String distinguishedName) {
    try {
      for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
    } catch (InvalidNameException e) {
      // Fall through to the whole name.
    }
    return distinguishedName;
  }
}

package letters.sign;

import java.io.IOException;
import java.nio.file.Files;
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
import letters.diagnostic.Reason;
import org.bouncycastle.cert.X509CertificateHolder;
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
 * signature itself, and that the CMS signature in it verifies over those bytes with the
 * certificate it carries. Trust in the certificate (a chain to a known authority) is a separate
 * question this does not answer.
 */
public final class Verifier {
  private Verifier() {}

  /** What is known of one file's signature. */
  public record Verification(
      Path file, boolean signed, Optional<String> signer, Optional<Instant> signedAt, boolean unaltered, String problem) {

    public boolean isValid() {
      return signed && unaltered;
    }
  }

  public static Verification verify(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Verification(file, false, Optional.empty(), Optional.empty(), false, "cannot be read: " + Reason.of(e));
    }
    try {
      PdfReader reader = new PdfReader(bytes);
      AcroFields fields = reader.getAcroFields();
      List<String> names = fields.getSignedFieldNames();
      if (names.isEmpty()) {
        return new Verification(file, false, Optional.empty(), Optional.empty(), false, "not signed");
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
      String problem = !whole ? "the signature does not cover the whole file" : verifies ? "" : "altered since signing";
      return new Verification(file, true, by, at, whole && verifies, problem);
    } catch (CMSException e) {
      return new Verification(file, true, Optional.empty(), Optional.empty(), false, "altered since signing (" + e.getMessage() + ")");
    } catch (IOException | RuntimeException | OperatorCreationException | java.security.cert.CertificateException e) {
      return new Verification(file, false, Optional.empty(), Optional.empty(), false, "not a readable signed PDF: " + e.getMessage());
    }
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

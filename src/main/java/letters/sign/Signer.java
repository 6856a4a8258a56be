package letters.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;

/**
 * Signs PDFs with one key from a PKCS#12 keystore: an invisible signature whose contents are a
 * detached CMS signature (ETSI.CAdES.detached, PAdES baseline B-B: SHA-256, the signing
 * certificate bound by a signing-certificate-v2 attribute, the signing time in the signature
 * dictionary rather than the CMS). The signature is added as an incremental update, so the letter
 * as laid out is kept byte for byte before it.
 */
public final class Signer {
  private static final PdfName CADES_DETACHED = new PdfName("ETSI.CAdES.detached");
  private static final int CONTENTS_SIZE = 16 * 1024;
  private static final int MAX_KEYSTORE_BYTES = 1 << 20;

  private final PrivateKey key;
  private final List<X509Certificate> chain;
  private final String name;

  private Signer(PrivateKey key, List<X509Certificate> chain) {
    this.key = key;
    this.chain = chain;
    this.name = Verifier.commonName(chain.getFirst());
  }

  /**
   * Opens the key {@code alias} (or the keystore's only key) of the PKCS#12 file {@code keystore}.
   * The password is never kept beyond this call. A key whose certificate has expired, is not yet
   * valid or is not for signing is refused: a letter signed with it would not verify.
   */
  public static Signer open(Path keystore, Optional<String> alias, char[] password) throws DiagnosticException {
    try {
      KeyStore store = load(keystore, password);
      String chosen = choose(keystore, store, alias);
      PrivateKey key;
      try {
        key = (PrivateKey) store.getKey(chosen, password);
      } catch (java.security.UnrecoverableKeyException e) {
        throw new DiagnosticException(Diagnostic.error(keystore,
            "the key '" + chosen + "' has a password other than the keystore's; give it the keystore's"), e);
      }
      List<X509Certificate> chain = chain(keystore, store, chosen);
      Certificates.checkForSigning(keystore, chosen, chain.getFirst(), Instant.now());
      return new Signer(key, chain);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new DiagnosticException(Diagnostic.error(keystore, "cannot be opened: " + Certificates.reason(e)), e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** The keystore, read whole within a size limit: a PKCS#12 file is a few kilobytes. */
  private static KeyStore load(Path keystore, char[] password) throws DiagnosticException, GeneralSecurityException {
    byte[] bytes = Certificates.read(keystore, MAX_KEYSTORE_BYTES, "a PKCS#12 keystore is a few kilobytes");
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(new java.io.ByteArrayInputStream(bytes), password);
    } catch (IOException e) {
      boolean wrongPassword = e.getCause() instanceof java.security.UnrecoverableKeyException
          || String.valueOf(e.getMessage()).contains("password");
      throw new DiagnosticException(Diagnostic.error(keystore, wrongPassword
          ? "the password is wrong, or this is not a PKCS#12 keystore"
          : "is not a PKCS#12 keystore, or it is damaged"), e);
    }
    return store;
  }

  /** The alias of the key to sign with: the one asked for, or the keystore's only private key. */
  private static String choose(Path keystore, KeyStore store, Optional<String> alias)
      throws DiagnosticException, GeneralSecurityException {
    List<String> keys = new java.util.ArrayList<>();
    for (String name : Collections.list(store.aliases())) {
      if (store.entryInstanceOf(name, KeyStore.PrivateKeyEntry.class)) {
        keys.add(name);
      }
    }
    if (keys.isEmpty()) {
      throw new DiagnosticException(Diagnostic.error(keystore,
          "holds no private key with a certificate (only certificates or secret keys); sign with the signer's key"));
    }
    if (alias.isEmpty()) {
      if (keys.size() != 1) {
        throw new DiagnosticException(Diagnostic.error(keystore,
            "holds " + keys.size() + " keys; choose one with --sign-alias: " + String.join(", ", keys)));
      }
      return keys.getFirst();
    }
    if (!keys.contains(alias.get())) {
      throw new DiagnosticException(Diagnostic.error(keystore,
          "has no key '" + alias.get() + "'; its keys: " + String.join(", ", keys)));
    }
    return alias.get();
  }

  private static List<X509Certificate> chain(Path keystore, KeyStore store, String alias)
      throws DiagnosticException, GeneralSecurityException {
    java.security.cert.Certificate[] chain = store.getCertificateChain(alias);
    if (chain == null || chain.length == 0) {
      throw new DiagnosticException(Diagnostic.error(keystore, "has no certificate for the key '" + alias + "'"));
    }
    List<X509Certificate> certificates = new java.util.ArrayList<>();
    for (java.security.cert.Certificate certificate : chain) {
      if (!(certificate instanceof X509Certificate x509)) {
        throw new DiagnosticException(Diagnostic.error(keystore,
            "the key '" + alias + "' has a certificate that is not X.509 (" + certificate.getType() + ")"));
      }
      certificates.add(x509);
    }
    return certificates;
  }

  /** Who signs: the common name of the signing certificate. */
  public String name() {
    return name;
  }

  /**
   * {@code pdf} signed now, the signature giving {@code reason} (the campaign's words) as its
   * reason; now must be within the certificate's validity.
   */
  public byte[] sign(byte[] pdf, String reason) throws IOException {
    Calendar now = Calendar.getInstance();
    try {
      // A build that runs past the certificate's end must not go on signing with it.
      chain.getFirst().checkValidity(now.getTime());
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot sign: " + Certificates.reason(e), e);
    }
    return sign(pdf, reason, now);
  }

  /** {@code pdf} signed as at {@code now}, whatever the certificate says of that time. */
  byte[] sign(byte[] pdf, String reason, Calendar now) throws IOException {
    try {
      PdfReader reader = new PdfReader(pdf);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * CONTENTS_SIZE + 4096);
      PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
      PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
      appearance.setSignDate(now);
      appearance.setReason(reason);
      PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, CADES_DETACHED);
      dictionary.setReason(reason);
      dictionary.setName(name);
      dictionary.setDate(new PdfDate(now));
      appearance.setCryptoDictionary(dictionary);
      Map<PdfName, Integer> reserved = new HashMap<>();
      reserved.put(PdfName.CONTENTS, CONTENTS_SIZE * 2 + 2);
      appearance.preClose(reserved);
      byte[] cms = cms(appearance.getRangeStream().readAllBytes());
      if (cms.length > CONTENTS_SIZE) {
        throw new IOException("the signature is " + cms.length + " bytes, more than the " + CONTENTS_SIZE + " reserved");
      }
      PdfDictionary update = new PdfDictionary();
      update.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, CONTENTS_SIZE)).setHexWriting(true));
      appearance.close(update);
      reader.close();
      return out.toByteArray();
    } catch (DocumentException | GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("cannot sign: " + e.getMessage(), e);
    }
  }

  /** The detached CMS signature of {@code signed}, with the attributes PAdES B-B asks for. */
  private byte[] cms(byte[] signed)
      throws GeneralSecurityException, OperatorCreationException, CMSException, IOException {
    X509Certificate certificate = chain.getFirst();
    byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    AttributeTable attributes = new AttributeTable(new Attribute(
        PKCSObjectIdentifiers.id_aa_signingCertificateV2,
        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certificateHash)}))));
    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
    generator.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .setSignedAttributeGenerator(new WithoutSigningTime(attributes))
            .build(new JcaContentSignerBuilder(algorithm()).build(key), certificate));
    generator.addCertificates(new JcaCertStore(chain));
    return generator.generate(new CMSProcessableByteArray(signed), false).getEncoded();
  }

  private String algorithm() {
    return switch (key.getAlgorithm()) {
      case "EC" -> "SHA256withECDSA";
      case "Ed25519" -> "Ed25519";
      default -> "SHA256with" + key.getAlgorithm();
    };
  }

  /** PAdES puts the signing time in the signature dictionary (/M) and forbids it in the CMS. */
  private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {
    WithoutSigningTime(AttributeTable attributes) {
      super(attributes);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected Hashtable createStandardAttributeTable(Map parameters) {
      Hashtable table = super.createStandardAttributeTable(parameters);
      table.remove(CMSAttributes.signingTime);
      return table;
    }
  }
}

package letters.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
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
import letters.diagnostic.Reason;
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
   * The password is never kept beyond this call.
   */
  public static Signer open(Path keystore, Optional<String> alias, char[] password) throws DiagnosticException {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String chosen = alias.orElse(null);
      List<String> keys = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
      if (chosen == null) {
        if (keys.size() != 1) {
          throw new DiagnosticException(Diagnostic.error(keystore,
              "holds " + keys.size() + " keys; choose one with --sign-alias: " + String.join(", ", keys)));
        }
        chosen = keys.getFirst();
      } else if (!keys.contains(chosen)) {
        throw new DiagnosticException(Diagnostic.error(keystore,
            "has no key '" + chosen + "'; its keys: " + String.join(", ", keys)));
      }
      PrivateKey key = (PrivateKey) store.getKey(chosen, password);
      List<X509Certificate> chain =
          Arrays.stream(store.getCertificateChain(chosen)).map(c -> (X509Certificate) c).toList();
      return new Signer(key, chain);
    } catch (IOException e) {
      String reason = e.getCause() instanceof java.security.UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")
          ? "the password is wrong, or this is not a PKCS#12 keystore"
          : "cannot be read: " + Reason.of(e);
      throw new DiagnosticException(Diagnostic.error(keystore, reason), e);
    } catch (GeneralSecurityException e) {
      throw new DiagnosticException(Diagnostic.error(keystore, "cannot be opened: " + e.getMessage()), e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static boolean isKey(KeyStore store, String alias) {
    try {
      return store.isKeyEntry(alias);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** Who signs: the common name of the signing certificate. */
  public String name() {
    return name;
  }

  /** {@code pdf} signed now, the signature giving {@code reason} (the campaign's words) as its reason. */
  public byte[] sign(byte[] pdf, String reason) throws IOException {
    try {
      PdfReader reader = new PdfReader(pdf);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * CONTENTS_SIZE + 4096);
      PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
      PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
      Calendar now = Calendar.getInstance();
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

package letters.load;

import java.util.List;
import java.util.Objects;

/**
 * What every PDF of a campaign says about itself beyond the letter's own words, from the campaign
 * file's {@code document} section: the language (for screen readers and hyphenation), the text
 * alternatives of the wordmark and of the signature image, the reason a digital signature
 * gives, and what a letter is called when it is signed off and when it is still a draft (in the
 * preview, the overview and the published site).
 *
 * @param language a BCP 47 language tag, such as {@code en-GB}
 * @param wordmarkAlt what a screen reader says for the wordmark
 * @param signatureAlt what a screen reader says for the signature image
 * @param signatureReason the reason recorded in a letter's digital signature
 * @param signedOff what a signed-off letter is called
 * @param draft what a letter not yet signed off is called
 */
public record DocumentWords(
    String language, String wordmarkAlt, String signatureAlt, String signatureReason, String signedOff, String draft) {
  /** The keys of the campaign file's {@code document} section, in the order of the components. */
  public static final List<String> KEYS = List.of("language", "wordmark_alt", "signature_alt", "signature_reason", "signed_off", "draft");

  public DocumentWords {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(wordmarkAlt, "wordmarkAlt");
    Objects.requireNonNull(signatureAlt, "signatureAlt");
    Objects.requireNonNull(signatureReason, "signatureReason");
    Objects.requireNonNull(signedOff, "signedOff");
    Objects.requireNonNull(draft, "draft");
  }
}

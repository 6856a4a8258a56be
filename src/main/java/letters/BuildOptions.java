package letters;

import java.util.Objects;
import java.util.Optional;
import letters.sign.Signer;

/**
 * How a build treats the letters it writes: with {@code finalOnly}, drafts (records without a
 * sign-off) are refused rather than written; with a {@code signer}, every signed-off letter is
 * digitally signed before it is written.
 */
public record BuildOptions(boolean finalOnly, Optional<Signer> signer) {
  /** Drafts written, nothing signed. */
  public static final BuildOptions DEFAULT = new BuildOptions(false, Optional.empty());

  public BuildOptions {
    Objects.requireNonNull(signer, "signer");
  }
}

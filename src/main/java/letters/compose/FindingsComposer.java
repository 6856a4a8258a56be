package letters.compose;

import java.util.Optional;
import letters.diagnostic.DiagnosticException;
import letters.load.Record;

/**
 * Composes the letters of records that differ from one record only in their findings (the editors'
 * check composes tens of thousands such): the entry template's includes that cannot read the
 * findings (see {@link FixedIncludes}) are run once, for that record, and their text is written
 * again in their place for every other, while the rest of the entry runs as it always does (see
 * {@link KeptIncludes}). The letter is the one {@link Composer#compose} writes; a record that
 * differs in anything else, and any problem met on the way, goes to it.
 */
public final class FindingsComposer {
  private final Composer composer;
  private final Record like;
  private final Optional<KeptIncludes> kept;

  private FindingsComposer(Composer composer, Record like, Optional<KeptIncludes> kept) {
    this.composer = composer;
    this.like = like;
    this.kept = kept;
  }

  /** The composer of letters of records that differ from {@code like} only in their findings. */
  public static FindingsComposer of(Composer composer, Record like) {
    return new FindingsComposer(composer, like, KeptIncludes.of(composer, like, FixedIncludes.Varies.FINDINGS));
  }

  /** How many of the entry's includes are run once rather than for every letter. */
  public int runOnce() {
    return kept.map(KeptIncludes::size).orElse(0);
  }

  /** The letter of {@code record}, as {@link Composer#compose} writes it. */
  public Letter compose(Record record) throws DiagnosticException {
    if (kept.isEmpty() || !sameButFindings(record)) {
      return composer.compose(record);
    }
    try {
      return kept.get().compose(record);
    } catch (DiagnosticException e) {
      // Told as the whole entry tells it, at the line it names.
      return composer.compose(record);
    }
  }

  private boolean sameButFindings(Record record) {
    return record.withFindings(like.findings()).equals(like);
  }
}

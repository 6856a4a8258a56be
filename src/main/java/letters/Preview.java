package letters;

/**
 * The live preview of a campaign's letters, served on this machine until it is closed (see {@link
 * Letters#serve}): every record's letter as it will be issued, the wording gallery and the
 * published site, each page following the sources as they are edited.
 */
public interface Preview extends AutoCloseable {
  /** Where the preview is served, such as {@code http://127.0.0.1:8080/}. */
  String url();

  /** Stops serving. */
  @Override
  void close() throws java.io.IOException;
}

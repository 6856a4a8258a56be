package letters;

/** Told how a build goes, letter by letter, e.g. to draw a progress bar. */
public interface Progress {
  /** Tells nobody anything. */
  Progress NONE =
      new Progress() {
        @Override
        public void started(int letters) {}

        @Override
        public void finished(String id, boolean written) {}
      };

  void started(int letters);

  void finished(String id, boolean written);
}

package letters;

/**
 * Told how a long task goes, step by step (letters built, checked or compared; files written), e.g.
 * to draw a progress bar. Steps may finish on several threads at once.
 */
public interface Progress {
  /** Tells nobody anything. */
  Progress NONE =
      new Progress() {
        @Override
        public void started(int letters) {}

        @Override
        public void finished(String id, boolean written) {}
      };

  /** The task has {@code steps} steps (letters, mostly). */
  void started(int steps);

  /** One more step is done: {@code id} names it, {@code written} says whether it succeeded. */
  void finished(String id, boolean written);
}

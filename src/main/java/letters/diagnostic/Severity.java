package letters.diagnostic;

/** How bad a {@link Diagnostic} is: an error stops its letter, a warning does not. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

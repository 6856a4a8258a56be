package letters.load;

import java.util.List;
import java.util.Objects;

/**
 * The headings of the national overview (the summary table and chart) and the title of the bundle
 * of letters, from the {@code overview}
 * section of the campaign file, so that another campaign's overview needs no change to the tool.
 *
 * @param title the overview's title, above the table
 * @param name the heading of the column of the records' names
 * @param outcome the heading of the outcome column
 * @param signOff the heading of the sign-off column (which says what the {@code document} section's
 *     {@code signed_off} and {@code draft} say)
 * @param byOutcome the heading of the count of letters per outcome
 * @param bundle the title of the bundle of every letter ({@code letters build --bundle})
 */
public record OverviewLabels(
    String title, String name, String outcome, String signOff, String byOutcome, String bundle) {

  /** The keys of the campaign file's {@code overview} section, in the order of the components. */
  public static final List<String> KEYS =
      List.of("title", "name", "outcome", "sign_off", "by_outcome", "bundle");

  public OverviewLabels {
    for (String label : List.of(title, name, outcome, signOff, byOutcome, bundle)) {
      Objects.requireNonNull(label, "label");
    }
  }
}

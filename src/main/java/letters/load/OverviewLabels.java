package letters.load;

import java.util.List;
import java.util.Objects;

/**
 * The headings of the national overview (the summary table and chart) and the title of the bundle
 * of letters, from the {@code overview}
 * section of the campaign file, so that another campaign's overview needs no change to the tool.
 *
 * @param title the overview's title, above the table
 * @param force the heading of the forces' column
 * @param outcome the heading of the outcome column
 * @param signOff the heading of the sign-off column
 * @param signedOff what that column says of a signed-off letter
 * @param draft what it says of a draft
 * @param byOutcome the heading of the count of forces per outcome
 * @param bundle the title of the bundle of every letter ({@code letters build --bundle})
 */
public record OverviewLabels(
    String title, String force, String outcome, String signOff, String signedOff, String draft, String byOutcome,
    String bundle) {

  /** The keys of the campaign file's {@code overview} section, in the order of the components. */
  public static final List<String> KEYS =
      List.of("title", "force", "outcome", "sign_off", "signed_off", "draft", "by_outcome", "bundle");

  public OverviewLabels {
    for (String label : List.of(title, force, outcome, signOff, signedOff, draft, byOutcome, bundle)) {
      Objects.requireNonNull(label, "label");
    }
  }
}

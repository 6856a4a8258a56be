package letters.overview;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import letters.load.Campaign;
import letters.load.FindingDeclaration;
import letters.load.ForceRecord;
import letters.load.OverviewLabels;

/**
 * The overview of one campaign: a row per force, in force-name order, with each declared finding,
 * the outcome and the sign-off shown by their labels; and how many forces reached each outcome, in
 * the order the campaign declares the outcomes.
 *
 * @param title the overview's title
 * @param headings the table's column headings: force, each finding, outcome, sign-off
 * @param rows one per force
 * @param byOutcomeHeading the heading of the counts
 * @param byOutcome the number of forces per outcome label, every declared outcome included
 */
public record Overview(
    String title, List<String> headings, List<Row> rows, String byOutcomeHeading, Map<String, Integer> byOutcome) {

  public Overview {
    headings = List.copyOf(headings);
    rows = List.copyOf(rows);
    byOutcome = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byOutcome));
  }

  /** One force's line of the table; {@code cells} line up with the headings. */
  public record Row(String id, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** The overview of {@code records}, headed with {@code labels} and the campaign's own labels. */
  public static Overview of(Campaign campaign, OverviewLabels labels, List<ForceRecord> records) {
    List<String> headings = new ArrayList<>();
    headings.add(labels.force());
    campaign.findings().forEach(finding -> headings.add(finding.label()));
    headings.add(labels.outcome());
    headings.add(labels.signOff());

    Map<String, Integer> byOutcome = new LinkedHashMap<>();
    campaign.outcomes().values().forEach(label -> byOutcome.put(label, 0));
    List<Row> rows = new ArrayList<>();
    for (ForceRecord record : sorted(records)) {
      List<String> cells = new ArrayList<>();
      cells.add(record.force());
      for (FindingDeclaration finding : campaign.findings()) {
        cells.add(finding.labelOf(record.findings().get(finding.id()).value()));
      }
      String outcome = campaign.outcomes().getOrDefault(record.outcome(), record.outcome());
      cells.add(outcome);
      cells.add(record.isSignedOff() ? labels.signedOff() : labels.draft());
      byOutcome.merge(outcome, 1, Integer::sum);
      rows.add(new Row(record.id(), cells));
    }
    return new Overview(labels.title(), headings, rows, labels.byOutcome(), byOutcome);
  }

  /** Records in the order a reader looks a force up: by name, ignoring case. */
  public static List<ForceRecord> sorted(List<ForceRecord> records) {
    return records.stream()
        .sorted(Comparator.comparing(ForceRecord::force, forceOrder()).thenComparing(ForceRecord::id))
        .toList();
  }

  /** Force names in British dictionary order: case and punctuation matter least. */
  public static Comparator<String> forceOrder() {
    Collator collator = Collator.getInstance(Locale.UK);
    collator.setStrength(Collator.SECONDARY);
    return collator::compare;
  }
}

package letters.overview;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import letters.compose.Composer;
import letters.diagnostic.DiagnosticException;
import letters.load.Campaign;
import letters.load.FindingDeclaration;
import letters.load.Record;
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
 * @param byOutcome the number of forces per outcome, every declared outcome included, in order
 */
public record Overview(
    String title, List<String> headings, List<Row> rows, String byOutcomeHeading, List<Count> byOutcome) {

  public Overview {
    headings = List.copyOf(headings);
    rows = List.copyOf(rows);
    byOutcome = List.copyOf(byOutcome);
  }

  /**
   * How many forces reached one outcome, and the line that says so, as the overview's template
   * wrote it (such as "Insufficient information: 11").
   */
  public record Count(String label, int forces, String line) {
    public Count {
      if (forces < 0) {
        throw new IllegalArgumentException("forces must not be negative: " + forces);
      }
    }
  }

  /** One force's line of the table; {@code cells} line up with the headings. */
  public record Row(String id, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * The overview of {@code records}, headed with {@code labels} and the campaign's own labels, its
   * count lines written by {@code composer}'s overview template.
   */
  public static Overview of(Campaign campaign, OverviewLabels labels, List<Record> records, Composer composer)
      throws DiagnosticException {
    List<String> headings = new ArrayList<>();
    headings.add(labels.force());
    campaign.findings().forEach(finding -> headings.add(finding.label()));
    headings.add(labels.outcome());
    headings.add(labels.signOff());

    Map<String, Integer> byOutcome = new LinkedHashMap<>();
    campaign.outcomes().keySet().forEach(id -> byOutcome.put(id, 0));
    List<Row> rows = new ArrayList<>();
    for (Record record : sorted(records)) {
      List<String> cells = new ArrayList<>();
      cells.add(record.name());
      for (FindingDeclaration finding : campaign.findings()) {
        cells.add(finding.labelOf(record.findings().get(finding.id()).value()));
      }
      String outcome = campaign.outcomes().getOrDefault(record.outcome(), record.outcome());
      cells.add(outcome);
      cells.add(record.isSignedOff() ? labels.signedOff() : labels.draft());
      byOutcome.merge(record.outcome(), 1, Integer::sum);
      rows.add(new Row(record.id(), cells));
    }
    List<String> lines = composer.overviewLines(byOutcome);
    List<Count> counts = new ArrayList<>();
    for (String id : byOutcome.keySet()) {
      counts.add(new Count(campaign.outcomes().getOrDefault(id, id), byOutcome.get(id), lines.get(counts.size())));
    }
    return new Overview(labels.title(), headings, rows, labels.byOutcome(), counts);
  }

  /** Records in the order a reader looks a force up: by name, ignoring case. */
  public static List<Record> sorted(List<Record> records) {
    return records.stream()
        .sorted(Comparator.comparing(Record::name, forceOrder()).thenComparing(Record::id))
        .toList();
  }

  /** Force names in British dictionary order: case and punctuation matter least. */
  public static Comparator<String> forceOrder() {
    Collator collator = Collator.getInstance(Locale.UK);
    collator.setStrength(Collator.SECONDARY);
    return collator::compare;
  }
}

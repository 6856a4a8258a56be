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
 * The overview of one campaign: a row per record, in the order of their names, with each declared
 * finding, the outcome and the sign-off shown by their labels; and how many letters reached each
 * outcome, in the order the campaign declares the outcomes.
 *
 * @param title the overview's title
 * @param headings the table's column headings: the name, each finding, outcome, sign-off
 * @param rows one per record
 * @param byOutcomeHeading the heading of the counts
 * @param byOutcome the number of letters per outcome, every declared outcome included, in order
 */
public record Overview(
    String title, List<String> headings, List<Row> rows, String byOutcomeHeading, List<Count> byOutcome) {

  public Overview {
    headings = List.copyOf(headings);
    rows = List.copyOf(rows);
    byOutcome = List.copyOf(byOutcome);
  }

  /**
   * How many letters reached one outcome, and the line that says so, as the overview's template
   * wrote it (such as "Insufficient information: 11").
   */
  public record Count(String label, int letters, String line) {
    public Count {
      if (letters < 0) {
        throw new IllegalArgumentException("letters must not be negative: " + letters);
      }
    }
  }

  /** One record's line of the table; {@code cells} line up with the headings. */
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
    headings.add(labels.name());
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
      cells.add(record.isSignedOff() ? campaign.document().signedOff() : campaign.document().draft());
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

  /** Records in the order a reader looks one up: by name, ignoring case. */
  public static List<Record> sorted(List<Record> records) {
    return records.stream()
        .sorted(Comparator.comparing(Record::name, nameOrder()).thenComparing(Record::id))
        .toList();
  }

  /** Names in British dictionary order: case and punctuation matter least. */
  public static Comparator<String> nameOrder() {
    Collator collator = Collator.getInstance(Locale.UK);
    collator.setStrength(Collator.SECONDARY);
    return collator::compare;
  }
}

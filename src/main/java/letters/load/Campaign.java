package letters.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every letter of one campaign shares, read from {@code campaign.yaml} in the templates
 * folder: the letter date, the signatories, the findings vocabulary and outcomes, the wordmark, and
 * free-form {@code facts} (subject, contact, dates, letterhead text) that only templates read, and
 * the headings of the national overview and the words of the published site, where the campaign
 * has them, the most pages a letter may take, what each outcome says of the plan elements, where
 * it says, the fields of a record's envelope, what each PDF says about itself (language, text
 * alternatives), and the words that state the plan elements ({@code phrasebook.yaml}), where the
 * templates have them.
 */
public record Campaign(
    String id,
    Path directory,
    LocalDate letterDate,
    String sender,
    Map<String, Signatory> signatories,
    List<FindingDeclaration> findings,
    Map<String, String> outcomes,
    Path wordmark,
    Map<String, Object> facts,
    Optional<OverviewLabels> overview,
    Optional<SiteLabels> site,
    Optional<Integer> pages,
    Map<String, OutcomeRule> outcomeRules,
    RecordDeclaration record,
    DocumentWords document,
    Optional<Phrasebook> phrasebook) {

  /** The file a campaign is read from, inside the templates folder. */
  public static final String FILE_NAME = "campaign.yaml";

  public Campaign {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(letterDate, "letterDate");
    signatories = Collections.unmodifiableMap(new LinkedHashMap<>(signatories));
    if (!signatories.containsKey(sender)) {
      throw new IllegalArgumentException("sender " + sender + " is not a declared signatory");
    }
    findings = List.copyOf(findings);
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    Objects.requireNonNull(wordmark, "wordmark");
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(pages, "pages");
    outcomeRules = Collections.unmodifiableMap(new LinkedHashMap<>(outcomeRules));
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(phrasebook, "phrasebook");
  }

  public Optional<FindingDeclaration> finding(String id) {
    return findings.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The plan elements, in the order the campaign declares them. */
  public List<FindingDeclaration> elements() {
    return findings.stream().filter(f -> f.kind() == FindingKind.ELEMENT).toList();
  }
}

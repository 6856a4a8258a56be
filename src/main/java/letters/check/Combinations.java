package letters.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import letters.compose.Composer;
import letters.load.Campaign;
import letters.load.FindingDeclaration;
import letters.load.FindingKind;
import letters.load.Finding;
import letters.load.ForceRecord;

/**
 * Every combination of the values the campaign declares for its findings, and made-up records
 * that carry them, with and without notes on the plan elements and optional recipient fields.
 */
public final class Combinations {
  private Combinations() {}

  /** The whole product of the declared values, in declaration order, as finding id to value. */
  public static List<Map<String, String>> of(Campaign campaign) {
    List<Map<String, String>> all = new ArrayList<>();
    all.add(new LinkedHashMap<>());
    for (FindingDeclaration declaration : campaign.findings()) {
      List<Map<String, String>> next = new ArrayList<>(all.size() * declaration.values().size());
      for (Map<String, String> partial : all) {
        for (String value : declaration.values().keySet()) {
          Map<String, String> extended = new LinkedHashMap<>(partial);
          extended.put(declaration.id(), value);
          next.add(extended);
        }
      }
      all = next;
    }
    return all;
  }

  /**
   * A record with these findings for a made-up force. With {@code notes}, each plan element has a
   * note; with {@code full}, the chief constable has a name and honours and the letter is copied
   * to a named commissioner.
   */
  public static ForceRecord record(Campaign campaign, Map<String, String> values, boolean notes, boolean full) {
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (FindingDeclaration declaration : campaign.findings()) {
      String value = values.get(declaration.id());
      Optional<String> note = notes && declaration.kind() == FindingKind.ELEMENT
          ? Optional.of("Note on " + declaration.label() + " for checking.")
          : Optional.empty();
      findings.put(declaration.id(), new Finding(value, note));
    }
    String outcome = campaign.outcomes().keySet().iterator().next();
    String signatory = campaign.signatories().keySet().iterator().next();
    return new ForceRecord(
        "combination", campaign.directory().resolve(Composer.ENTRY), "Checkshire Police",
        full ? new ForceRecord.ChiefConstable(Optional.of("Alex Example"), Optional.of("QPM"))
             : new ForceRecord.ChiefConstable(Optional.empty(), Optional.empty()),
        "Via email",
        full ? List.of(new ForceRecord.Copy(Optional.of("Sam Example"), "Police and Crime Commissioner for Checkshire"))
             : List.of(),
        findings, outcome,
        Optional.of(new ForceRecord.SignOff(signatory, campaign.letterDate())));
  }
}

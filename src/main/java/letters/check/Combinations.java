package letters.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import letters.compose.Composer;
import letters.load.Campaign;
import letters.load.FieldDeclaration;
import letters.load.FieldValue;
import letters.load.FindingDeclaration;
import letters.load.FindingKind;
import letters.load.Finding;
import letters.load.Record;

/**
 * Every combination of the values the campaign declares for its findings, and made-up records
 * that carry them, with and without notes on the plan elements and the envelope's optional fields.
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
   * A record with these findings for a made-up organisation, its envelope made of the declared
   * examples. With {@code notes}, each plan element has a note; with {@code full}, every optional
   * field of the envelope is given too.
   */
  public static Record record(Campaign campaign, Map<String, String> values, boolean notes, boolean full) {
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (FindingDeclaration declaration : campaign.findings()) {
      String value = values.get(declaration.id());
      Optional<String> note = notes && declaration.kind() == FindingKind.ELEMENT
          ? Optional.of("Note on " + declaration.label() + " for checking.")
          : Optional.empty();
      findings.put(declaration.id(), new Finding(value, note));
    }
    Map<String, FieldValue> envelope = new LinkedHashMap<>();
    for (FieldDeclaration field : campaign.record().fields()) {
      field.example(full, 1).ifPresent(value -> envelope.put(field.id(), value));
    }
    String outcome = campaign.outcomes().keySet().iterator().next();
    String signatory = campaign.signatories().keySet().iterator().next();
    return new Record(
        "combination", campaign.directory().resolve(Composer.ENTRY), campaign.record().nameField().example(),
        envelope, findings, outcome, Optional.of(new Record.SignOff(signatory, campaign.letterDate())));
  }
}

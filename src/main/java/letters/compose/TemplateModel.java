package letters.compose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import letters.load.Campaign;
import letters.load.Finding;
import letters.load.FindingDeclaration;
import letters.load.FieldDeclaration;
import letters.load.FieldValue;
import letters.load.Record;
import letters.load.Signatory;

/**
 * What templates see: the record, the campaign and the signatories as plain maps, lists, strings,
 * booleans and dates. No Java object reaches a template, so a template can only read data.
 */
final class TemplateModel {
  private TemplateModel() {}

  /** What every letter of a campaign sees alike, the campaign and its sender: made once, read only. */
  record Shared(Map<String, Object> campaign, Map<String, Object> sender) {}

  static Shared shared(Campaign campaign) {
    return new Shared(Collections.unmodifiableMap(campaign(campaign)),
        Collections.unmodifiableMap(person(campaign.signatories().get(campaign.sender()))));
  }

  /** What the templates see for {@code record}, beside what all letters of its campaign share. */
  static Map<String, Object> of(Record record, Campaign campaign, Shared shared) {
    Signatory signatory =
        campaign.signatories().get(record.signOff().map(Record.SignOff::by).orElse(campaign.sender()));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("record", record(record, campaign));
    root.put("campaign", shared.campaign());
    root.put("signatory", person(signatory));
    root.put("sender", shared.sender());
    return root;
  }

  /**
   * What the overview's template sees: the campaign, and each outcome with its id, label and number
   * of letters, in the campaign's order, beside the number of letters in all.
   */
  static Map<String, Object> overview(Campaign campaign, Map<String, Integer> lettersByOutcome) {
    List<Map<String, Object>> outcomes = lettersByOutcome.entrySet().stream()
        .map(outcome -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("id", outcome.getKey());
          entry.put("label", campaign.outcomes().getOrDefault(outcome.getKey(), outcome.getKey()));
          entry.put("letters", outcome.getValue());
          return entry;
        })
        .toList();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("campaign", campaign(campaign));
    root.put("outcomes", outcomes);
    root.put("letters", lettersByOutcome.values().stream().mapToInt(Integer::intValue).sum());
    return root;
  }

  /**
   * The record as templates see it: its id, each envelope field the record gives (text as strings,
   * groups as maps holding only the fields given, lists as lists), the findings, the outcome and
   * its label, and the sign-off.
   */
  private static Map<String, Object> record(Record record, Campaign campaign) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", record.id());
    record.envelope().forEach((key, value) -> model.put(key, plain(value)));
    model.put("findings", findings(record, campaign));
    model.put("outcome", record.outcome());
    model.put("outcome_label", campaign.outcomes().get(record.outcome()));
    model.put("signed_off", record.isSignedOff());
    record.signOff().ifPresent(signOff -> model.put(
        "sign_off", Map.of("by", signOff.by(), "on", java.sql.Date.valueOf(signOff.on()))));
    return model;
  }

  private static Object plain(FieldValue value) {
    return switch (value) {
      case FieldValue.Text text -> text.text();
      case FieldValue.Group group -> {
        Map<String, Object> fields = new LinkedHashMap<>();
        group.fields().forEach((key, inner) -> fields.put(key, plain(inner)));
        yield fields;
      }
      case FieldValue.Items items -> items.items().stream().map(TemplateModel::plain).toList();
    };
  }

  private static Map<String, Object> findings(Record record, Campaign campaign) {
    Map<String, Object> findings = new LinkedHashMap<>();
    for (FindingDeclaration declaration : campaign.findings()) {
      Finding finding = record.findings().get(declaration.id());
      findings.put(declaration.id(), switch (declaration.kind()) {
        case FLAG -> Boolean.valueOf(finding.value());
        case CHOICE -> finding.value();
        case ELEMENT -> element(finding);
      });
    }
    return findings;
  }

  private static Map<String, Object> element(Finding finding) {
    Map<String, Object> element = new LinkedHashMap<>();
    element.put("status", finding.value());
    finding.note().ifPresent(note -> element.put("note", note));
    return element;
  }

  private static Map<String, Object> campaign(Campaign campaign) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", campaign.id());
    model.put("letter_date", java.sql.Date.valueOf(campaign.letterDate()));
    model.put("facts", campaign.facts());
    model.put("elements", campaign.elements().stream().map(FindingDeclaration::id).toList());
    model.put("findings", campaign.findings().stream().map(TemplateModel::declaration).toList());
    model.put("outcomes", campaign.outcomes());
    model.put("fields", fields(campaign.record().fields()));
    campaign.phrasebook().ifPresent(phrasebook -> model.put("phrasebook", PhrasebookModel.of(phrasebook)));
    return model;
  }

  /** The envelope's declarations, by key: each field's label and description, and its own fields. */
  private static Map<String, Object> fields(List<FieldDeclaration> declarations) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (FieldDeclaration declaration : declarations) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("label", declaration.label());
      declaration.description().ifPresent(text -> model.put("description", text));
      declaration.items().ifPresent(items -> model.put("items", fields(List.of(items)).get(items.id())));
      if (!declaration.properties().isEmpty()) {
        model.put("fields", fields(declaration.properties()));
      }
      fields.put(declaration.id(), model);
    }
    return fields;
  }

  private static Map<String, Object> declaration(FindingDeclaration declaration) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", declaration.id());
    model.put("label", declaration.label());
    model.put("kind", declaration.kind().word());
    model.put("values", declaration.values());
    declaration.fallback().ifPresent(value -> model.put("default", value));
    return model;
  }

  private static Map<String, Object> person(Signatory signatory) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", signatory.id());
    model.put("name", signatory.name());
    signatory.honours().ifPresent(honours -> model.put("honours", honours));
    model.put("titles", List.copyOf(signatory.titles()));
    signatory.email().ifPresent(email -> model.put("email", email));
    return model;
  }

}

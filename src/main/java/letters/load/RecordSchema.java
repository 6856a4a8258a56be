package letters.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The record format as a JSON Schema (draft 2020-12), made from the campaign's declaration, so that
 * an editor that understands YAML and JSON Schema checks and completes records as they are typed.
 * What a schema cannot say (a sign-off after the letter date, two records with one name) is left
 * to the loader.
 */
public final class RecordSchema {
  /** Where the shipped schema lives, in the templates folder beside the campaign it comes from. */
  public static final String FILE_NAME = "record.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RecordSchema() {}

  public static String of(Campaign campaign) {
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", "A record of the campaign " + campaign.id());
    RecordDeclaration record = campaign.record();
    List<String> required = new ArrayList<>(record.fields().stream()
        .filter(FieldDeclaration::required).map(FieldDeclaration::id).toList());
    required.addAll(List.of("findings", "outcome"));
    ObjectNode properties = closedObject(schema, required);
    record.fields().forEach(field -> field(properties.putObject(field.id()), field));
    findings(properties.putObject("findings"), campaign);
    choice(properties.putObject("outcome"), "The outcome of the assessment.", campaign.outcomes());
    ObjectNode signOff = properties.putObject("sign_off");
    signOff.put("description", "Who approved the letter for issue, and when; without it the letter is a draft.");
    ObjectNode signOffFields = closedObject(signOff, List.of("by", "on"));
    enumOf(signOffFields.putObject("by"), campaign.signatories().keySet());
    ObjectNode on = signOffFields.putObject("on");
    on.put("type", "string");
    on.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    on.put("description", "The date of sign-off, YYYY-MM-DD, not after " + campaign.letterDate() + ".");
    try {
      return JSON.writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema of plain nodes always serialises", e);
    }
  }

  /** One declared field as the schema says it: the declaration's own words, projected. */
  private static void field(ObjectNode node, FieldDeclaration field) {
    node.put("title", field.label());
    field.description().ifPresent(text -> node.put("description", text));
    switch (field.shape()) {
      case TEXT -> {
        node.put("type", "string");
        node.put("minLength", 1);
        field.fallback().ifPresent(value -> node.put("default", value));
      }
      case GROUP -> {
        ObjectNode properties = closedObject(node,
            field.properties().stream().filter(FieldDeclaration::required).map(FieldDeclaration::id).toList());
        field.properties().forEach(inner -> field(properties.putObject(inner.id()), inner));
      }
      case LIST -> {
        node.put("type", "array");
        field(node.putObject("items"), field.items().orElseThrow());
      }
    }
    if (!field.examples().isEmpty()) {
      ArrayNode examples = node.putArray("examples");
      field.examples().forEach(examples::add);
    }
  }

  private static void findings(ObjectNode findings, Campaign campaign) {
    ObjectNode properties = closedObject(findings,
        campaign.findings().stream().filter(FindingDeclaration::isRequired).map(FindingDeclaration::id).toList());
    for (FindingDeclaration finding : campaign.findings()) {
      ObjectNode node = properties.putObject(finding.id());
      switch (finding.kind()) {
        case FLAG -> {
          node.put("type", "boolean");
          node.put("description", finding.label() + ".");
        }
        case CHOICE -> choice(node, finding.label() + ".", finding.values());
        case ELEMENT -> {
          node.put("description", finding.label() + ": a status, or {status, note}.");
          ArrayNode either = node.putArray("oneOf");
          choice(either.addObject(), finding.label() + ".", finding.values());
          ObjectNode withNote = either.addObject();
          ObjectNode fields = closedObject(withNote, List.of("status"));
          choice(fields.putObject("status"), finding.label() + ".", finding.values());
          text(fields, "note", "A sentence the inspector adds about this element.");
        }
      }
      finding.fallback().ifPresent(value -> {
        if (finding.kind() == FindingKind.FLAG) {
          node.put("default", Boolean.parseBoolean(value));
        } else {
          node.put("default", value);
        }
      });
    }
  }

  /** Makes {@code node} an object that allows only the properties added to what this returns. */
  private static ObjectNode closedObject(ObjectNode node, List<String> required) {
    node.put("type", "object");
    node.put("additionalProperties", false);
    if (!required.isEmpty()) {
      ArrayNode list = node.putArray("required");
      for (String key : required) {
        list.add(key);
      }
    }
    return node.putObject("properties");
  }

  private static ObjectNode text(ObjectNode properties, String key, String description) {
    ObjectNode node = properties.putObject(key);
    node.put("type", "string");
    node.put("minLength", 1);
    node.put("description", description);
    return node;
  }

  private static void choice(ObjectNode node, String description, Map<String, String> labels) {
    StringBuilder text = new StringBuilder(description);
    labels.forEach((value, label) -> text.append("\n").append(value).append(": ").append(label));
    node.put("description", text.toString());
    enumOf(node, labels.keySet());
  }

  private static void enumOf(ObjectNode node, Collection<String> values) {
    ArrayNode list = node.putArray("enum");
    values.forEach(list::add);
  }
}

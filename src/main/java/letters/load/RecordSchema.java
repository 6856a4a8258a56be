package letters.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;

/**
 * The record format as a JSON Schema (draft 2020-12), made from the campaign's declaration, so that
 * an editor that understands YAML and JSON Schema checks and completes records as they are typed.
 * What a schema cannot say (a sign-off after the letter date, two records for one force) is left
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
    schema.put("title", "A force's assessment record for the campaign " + campaign.id());
    ObjectNode properties = closedObject(schema, "force", "chief_constable", "findings", "outcome");
    text(properties, "force", "The force's name, as the letter addresses it.");
    ObjectNode chief = closedObject(properties.putObject("chief_constable"));
    text(chief, "name", "The chief constable's name; leave out for just \"Chief Constable\".");
    text(chief, "honours", "Post-nominal letters, e.g. QPM.");
    text(properties, "delivery", "How the letter is sent.").put("default", "Via email");
    ObjectNode copies = properties.putObject("copied_to");
    copies.put("type", "array");
    ObjectNode copy = closedObject(copies.putObject("items"), "role");
    text(copy, "name", "The person's name.");
    text(copy, "role", "Their role.");
    findings(properties.putObject("findings"), campaign);
    choice(properties.putObject("outcome"), "The outcome of the assessment.", campaign.outcomes());
    ObjectNode signOff = properties.putObject("sign_off");
    signOff.put("description", "Who approved the letter for issue, and when; without it the letter is a draft.");
    ObjectNode signOffFields = closedObject(signOff, "by", "on");
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

  private static void findings(ObjectNode findings, Campaign campaign) {
    ObjectNode properties = closedObject(findings,
        campaign.findings().stream().filter(FindingDeclaration::isRequired).map(FindingDeclaration::id).toArray(String[]::new));
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
          ObjectNode fields = closedObject(withNote, "status");
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
  private static ObjectNode closedObject(ObjectNode node, String... required) {
    node.put("type", "object");
    node.put("additionalProperties", false);
    if (required.length > 0) {
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

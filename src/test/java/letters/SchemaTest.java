package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import letters.load.Campaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema editors validate records with: current, true of every shipped record, false of bad ones. */
class SchemaTest {
  private static final Campaign CAMPAIGN = Letters.open(Path.of("templates")).campaign().value().orElseThrow();
  private static final String MADE = Letters.open(Path.of("templates")).schema().value().orElseThrow();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MADE);
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void shippedSchemaIsTheOneTheCampaignMakes() throws Exception {
    assertEquals(MADE, Files.readString(Path.of("templates", Letters.SCHEMA_FILE)),
        "regenerate it: ./letters schema > templates/" + Letters.SCHEMA_FILE);
  }

  @Test
  void everyShippedRecordNamesTheSchemaAndMeetsIt() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("forces"))) {
      for (Path record : files.sorted().toList()) {
        String text = Files.readString(record);
        assertTrue(text.startsWith("# yaml-language-server: $schema=../templates/record.schema.json\n"), record.toString());
        Set<ValidationMessage> problems = SCHEMA.validate(YAML.readTree(text));
        assertEquals(Set.of(), problems, record.toString());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "record-missing-force", "record-missing-findings", "record-missing-outcome", "record-missing-chief-constable",
      "record-missing-finding", "record-unknown-key", "record-unknown-finding", "record-value-outside-set",
      "record-outcome-outside-set", "record-note-is-a-list", "record-boolean-is-a-word", "record-date-is-a-word",
      "record-unknown-signatory", "record-copy-without-role", "record-element-without-status",
      "record-element-misspelt-key", "record-delivery-is-a-map", "yaml-list-where-map", "yaml-scalar-where-map",
      "yaml-top-level-list"})
  void badRecordsOfTheCorpusFailIt(String name) throws Exception {
    JsonNode record = YAML.readTree(Files.readString(Path.of("src/test/resources/bad", name, "forces/kent.yaml")));
    assertFalse(SCHEMA.validate(record).isEmpty(), name + " passes the schema");
  }

  @Test
  void schemaListsTheDeclaredValues() throws Exception {
    JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(MADE);
    JsonNode outcome = schema.at("/properties/outcome/enum");
    assertEquals(List.copyOf(CAMPAIGN.outcomes().keySet()), YAML.convertValue(outcome, List.class));
  }
}

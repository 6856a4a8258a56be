package letters.bench;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import letters.load.Campaign;
import letters.load.FindingDeclaration;
import letters.load.FindingKind;

/**
 * Writes any number of made-up records for a campaign, cycling through every combination of its
 * declared findings, with notes, long names, missing optional fields and unsigned drafts mixed in,
 * so that a benchmark or a test exercises every path the wording can take.
 */
public final class SyntheticRecords {
  private static final YAMLFactory YAML =
      YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

  private SyntheticRecords() {}

  /** Writes {@code count} records named {@code synthetic-0001.yaml} … into {@code folder}. */
  public static void write(Campaign campaign, int count, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (int i = 0; i < count; i++) {
      Path file = folder.resolve(String.format("synthetic-%05d.yaml", i + 1));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          YAMLGenerator yaml = YAML.createGenerator(out)) {
        record(campaign, i, yaml);
      }
    }
  }

  private static void record(Campaign campaign, int i, YAMLGenerator yaml) throws IOException {
    yaml.writeStartObject();
    yaml.writeStringField("force", i % 7 == 3
        ? "The Constabulary of the Shires of Llanfair and Pwllgwyngyll and Aberystwyth " + (i + 1)
        : "Synthetic Constabulary " + (i + 1));
    yaml.writeObjectFieldStart("chief_constable");
    if (i % 5 != 0) {
      yaml.writeStringField("name", i % 11 == 0 ? "Siân Llewellyn-Ŵyn" : "Alex Example");
      if (i % 2 == 0) {
        yaml.writeStringField("honours", "QPM");
      }
    }
    yaml.writeEndObject();
    if (i % 4 != 0) {
      yaml.writeArrayFieldStart("copied_to");
      yaml.writeStartObject();
      if (i % 3 != 0) {
        yaml.writeStringField("name", "Sam Commissioner");
      }
      yaml.writeStringField("role", "Police and Crime Commissioner");
      yaml.writeEndObject();
      yaml.writeEndArray();
    }
    findings(campaign, i, yaml);
    List<String> outcomes = List.copyOf(campaign.outcomes().keySet());
    yaml.writeStringField("outcome", outcomes.get(i % outcomes.size()));
    if (i % 10 != 9) {
      yaml.writeObjectFieldStart("sign_off");
      yaml.writeStringField("by", campaign.sender());
      yaml.writeStringField("on", campaign.letterDate().minusDays(3).toString());
      yaml.writeEndObject();
    }
    yaml.writeEndObject();
  }

  /** The findings of combination number {@code i}, counting in mixed radix over the declarations. */
  private static void findings(Campaign campaign, int i, YAMLGenerator yaml) throws IOException {
    yaml.writeObjectFieldStart("findings");
    int rest = i;
    for (FindingDeclaration finding : campaign.findings()) {
      List<String> values = List.copyOf(finding.values().keySet());
      String value = values.get(rest % values.size());
      rest /= values.size();
      if (finding.kind() == FindingKind.FLAG) {
        yaml.writeBooleanField(finding.id(), Boolean.parseBoolean(value));
      } else if (finding.kind() == FindingKind.ELEMENT && i % 3 == 1) {
        yaml.writeObjectFieldStart(finding.id());
        yaml.writeStringField("status", value);
        yaml.writeStringField("note", "Inspectors noted that this work is led by a named senior officer.");
        yaml.writeEndObject();
      } else {
        yaml.writeStringField(finding.id(), value);
      }
    }
    yaml.writeEndObject();
  }
}

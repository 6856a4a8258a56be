package letters.bench;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import letters.load.Campaign;
import letters.load.FieldDeclaration;
import letters.load.FieldValue;
import letters.load.RecordDeclaration;
import letters.load.FindingDeclaration;
import letters.load.FindingKind;

/**
 * Writes any number of made-up records for a campaign, cycling through every combination of its
 * declared findings, with notes, long names, Welsh letters, missing optional fields, several copy
 * recipients and unsigned drafts mixed in (the envelope made of the campaign's declared examples),
 * so that a benchmark or a test exercises every path the wording can take.
 */
public final class SyntheticRecords {
  private static final YAMLFactory YAML =
      YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

  private SyntheticRecords() {}

  /** The id of the {@code number}th record made (counted from 1): {@code synthetic-00001}. */
  public static String id(int number) {
    return String.format(java.util.Locale.ROOT, "synthetic-%05d", number);
  }

  /** Writes {@code count} records named {@code synthetic-0001.yaml} … into {@code folder}. */
  public static void write(Campaign campaign, int count, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (int i = 0; i < count; i++) {
      Path file = folder.resolve(id(i + 1) + ".yaml");
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          YAMLGenerator yaml = YAML.createGenerator(out)) {
        record(campaign, i, yaml);
      }
    }
  }

  private static void record(Campaign campaign, int i, YAMLGenerator yaml) throws IOException {
    yaml.writeStartObject();
    RecordDeclaration record = campaign.record();
    for (FieldDeclaration field : record.fields()) {
      if (field.id().equals(record.name())) {
        yaml.writeStringField(field.id(), i % 7 == 3
            ? field.example() + " of the Shires of Llanfair and Pwllgwyngyll and Aberystwyth " + (i + 1)
            : field.example() + " " + (i + 1));
        continue;
      }
      // Every fifth record gives only what is required; every eleventh has Welsh letters in its text.
      Optional<FieldValue> value = field.example(i % 5 != 0, 1 + i % 3);
      if (value.isPresent()) {
        yaml.writeFieldName(field.id());
        write(value.get(), i % 11 == 0, yaml);
      }
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

  private static void write(FieldValue value, boolean welsh, YAMLGenerator yaml) throws IOException {
    switch (value) {
      case FieldValue.Text text -> yaml.writeString(welsh ? text.text() + " Llewellyn-Ŵyn" : text.text());
      case FieldValue.Group group -> {
        yaml.writeStartObject();
        for (var field : group.fields().entrySet()) {
          yaml.writeFieldName(field.getKey());
          write(field.getValue(), welsh, yaml);
        }
        yaml.writeEndObject();
      }
      case FieldValue.Items items -> {
        yaml.writeStartArray();
        for (FieldValue item : items.items()) {
          write(item, welsh, yaml);
        }
        yaml.writeEndArray();
      }
    }
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

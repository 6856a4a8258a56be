package letters.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.Result;
import letters.diagnostic.DiagnosticException;
import letters.load.YamlNode.Mapping;

/**
 * Reads and checks a campaign file. Every problem is reported with its position; a campaign with
 * any error yields no value, since no letter can be right without it.
 */
public final class Campaigns {
  private static final List<String> KEYS =
      List.of(
          "campaign", "letter_date", "sender", "wordmark", "signatories", "findings", "outcomes",
          "facts", "overview", "site", "pages", "outcome_rules", "record", "document");
  private static final List<String> SIGNATORY_KEYS =
      List.of("name", "honours", "titles", "email", "signature");
  private static final List<String> FINDING_KEYS = List.of("label", "type", "values", "default");

  private Campaigns() {}

  /** Reads {@code campaign.yaml} from the templates folder {@code directory}. */
  public static Result<Campaign> load(Path directory) {
    Path file = directory.resolve(Campaign.FILE_NAME);
    List<Diagnostic> problems = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      problems.add(Diagnostic.error(directory, "templates folder not found"));
      return new Result<>(Optional.empty(), problems);
    }
    try {
      YamlNode root = YamlReader.readCampaign(file);
      List<Diagnostic> wording = new ArrayList<>();
      Optional<Campaign> campaign = read(new Fields(file, problems), directory, root, wording);
      problems.sort(Diagnostic.BY_POSITION);
      problems.addAll(wording);
      boolean clean = problems.stream().noneMatch(Diagnostic::isError);
      return new Result<>(clean ? campaign : Optional.empty(), problems);
    } catch (DiagnosticException e) {
      problems.add(e.diagnostic());
      return new Result<>(Optional.empty(), problems);
    }
  }

  /**
   * A file a campaign is read from: its bytes, or why they cannot be read. Read only as the
   * campaign itself is read: a regular file, within the limit.
   */
  public record Source(Optional<java.nio.ByteBuffer> bytes, String problem) {}

  /**
   * What a campaign is read from in the templates folder {@code directory}: its file and its
   * phrasebook. Read again, the same sources are the same campaign, so that one kept from before
   * may serve.
   */
  public static List<Source> sources(Path directory) {
    List<Source> sources = new ArrayList<>();
    for (String name : List.of(Campaign.FILE_NAME, Phrasebook.FILE_NAME)) {
      try {
        byte[] bytes = YamlReader.bytes(directory.resolve(name));
        sources.add(new Source(Optional.of(java.nio.ByteBuffer.wrap(bytes).asReadOnlyBuffer()), ""));
      } catch (DiagnosticException e) {
        sources.add(new Source(Optional.empty(), e.diagnostic().message()));
      }
    }
    return List.copyOf(sources);
  }

  /**
   * The records folder the campaign in the templates folder {@code directory} declares, beside
   * that folder; read without loading the campaign, so that a project can be found cheaply. Empty
   * when the campaign file cannot be read: loading it then says why.
   */
  public static Optional<Path> recordsFolder(Path directory) {
    Path templates = directory.toAbsolutePath().normalize();
    Path beside = templates.getParent() != null ? templates.getParent() : templates;
    return RecordDeclarations.folderOf(templates.resolve(Campaign.FILE_NAME)).map(beside::resolve);
  }

  /** The campaign; problems with its phrasebook go to {@code wording}, those of its own file to {@code fields}. */
  private static Optional<Campaign> read(Fields fields, Path directory, YamlNode root, List<Diagnostic> wording) {
    Optional<Mapping> top = fields.asMapping(root, "the campaign file");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Mapping map = top.get();
    fields.allowOnly(map, KEYS, "the campaign file");
    Optional<String> id = fields.requiredText(map, "campaign", "the campaign file");
    Optional<LocalDate> date =
        fields.required(map, "letter_date", "the campaign file").flatMap(n -> fields.date(n, "letter_date"));
    Optional<Path> wordmark =
        fields.requiredText(map, "wordmark", "the campaign file").flatMap(p -> asset(fields, map, "wordmark", directory, p));
    Map<String, Signatory> signatories = signatories(fields, map, directory);
    Optional<String> sender =
        fields.required(map, "sender", "the campaign file")
            .flatMap(n -> fields.oneOf(n, "sender", signatories.keySet()));
    List<FindingDeclaration> findings = findings(fields, map);
    Map<String, String> outcomes = labels(fields, map, "outcomes", "the campaign file");
    Map<String, Object> facts =
        fields.optional(map, "facts").flatMap(n -> fields.asMapping(n, "'facts'"))
            .map(Campaigns::plain).orElse(Map.of());
    Optional<OverviewLabels> overview = fields.optional(map, "overview").flatMap(n -> overview(fields, n));
    Optional<SiteLabels> site =
        fields.optional(map, "site").flatMap(n -> words(fields, n, "site", SiteLabels.KEYS)).map(SiteLabels::of);
    Optional<Integer> pages = fields.optional(map, "pages").flatMap(n -> fields.text(n, "pages")).flatMap(text -> {
      if (text.matches("[1-9][0-9]{0,2}")) {
        return Optional.of(Integer.parseInt(text));
      }
      fields.errorAtKey(map, "pages", "'pages' must be a whole number of pages, like 2, not '" + text + "'");
      return Optional.empty();
    });
    Map<String, OutcomeRule> rules = fields.optional(map, "outcome_rules")
        .flatMap(n -> fields.asMapping(n, "'outcome_rules'"))
        .map(m -> outcomeRules(fields, m, outcomes, findings)).orElse(Map.of());
    Optional<RecordDeclaration> record = RecordDeclarations.read(fields, map);
    Optional<DocumentWords> document = document(fields, map);
    Optional<Phrasebook> phrasebook = Phrasebooks.read(directory, findings, wording);
    if (wording.stream().anyMatch(Diagnostic::isError)) {
      return Optional.empty();
    }
    if (id.isEmpty() || date.isEmpty() || wordmark.isEmpty() || sender.isEmpty() || outcomes.isEmpty()
        || record.isEmpty() || document.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Campaign(
            id.get(), directory, date.get(), sender.get(), signatories, findings, outcomes,
            wordmark.get(), facts, overview, site, pages, rules, record.get(), document.get(), phrasebook));
  }

  private static final List<String> RULE_KEYS = List.of("all", "some", "none");

  private static Map<String, OutcomeRule> outcomeRules(
      Fields fields, Mapping map, Map<String, String> outcomes, List<FindingDeclaration> findings) {
    java.util.Set<String> statuses = new java.util.LinkedHashSet<>();
    findings.stream().filter(f -> f.kind() == FindingKind.ELEMENT).forEach(f -> statuses.addAll(f.values().keySet()));
    fields.allowOnly(map, outcomes.keySet(), "'outcome_rules'");
    Map<String, OutcomeRule> rules = new LinkedHashMap<>();
    map.entries().forEach((outcome, node) -> fields.asMapping(node, "outcome rule '" + outcome + "'").ifPresent(rule -> {
      fields.allowOnly(rule, RULE_KEYS, "outcome rule '" + outcome + "'");
      List<java.util.Set<String>> sets = new ArrayList<>();
      for (String key : RULE_KEYS) {
        java.util.Set<String> values = new java.util.LinkedHashSet<>();
        fields.optional(rule, key).flatMap(n -> fields.sequence(n, key)).ifPresent(seq -> seq.items().forEach(
            item -> fields.oneOf(item, key, statuses).ifPresent(values::add)));
        sets.add(values);
      }
      if (outcomes.containsKey(outcome)) {
        rules.put(outcome, new OutcomeRule(outcome, sets.get(0), sets.get(1), sets.get(2)));
      }
    }));
    return rules;
  }

  private static Optional<OverviewLabels> overview(Fields fields, YamlNode node) {
    return words(fields, node, "overview", OverviewLabels.KEYS).map(labels -> new OverviewLabels(
        labels.get(0), labels.get(1), labels.get(2), labels.get(3), labels.get(4), labels.get(5)));
  }

  private static Optional<DocumentWords> document(Fields fields, Mapping map) {
    return fields.required(map, "document", "the campaign file")
        .flatMap(node -> words(fields, node, "document", DocumentWords.KEYS))
        .map(words -> new DocumentWords(
            words.get(0), words.get(1), words.get(2), words.get(3), words.get(4), words.get(5)));
  }

  /** A section of words under exactly {@code keys}, each required, in the order of {@code keys}. */
  private static Optional<List<String>> words(Fields fields, YamlNode node, String name, List<String> keys) {
    Optional<Mapping> section = fields.asMapping(node, "'" + name + "'");
    if (section.isEmpty()) {
      return Optional.empty();
    }
    fields.allowOnly(section.get(), keys, "'" + name + "'");
    List<String> words = new ArrayList<>();
    for (String key : keys) {
      fields.requiredText(section.get(), key, "'" + name + "'").ifPresent(words::add);
    }
    return words.size() < keys.size() ? Optional.empty() : Optional.of(words);
  }

  private static Map<String, Signatory> signatories(Fields fields, Mapping map, Path directory) {
    Map<String, Signatory> result = new LinkedHashMap<>();
    Optional<Mapping> all =
        fields.required(map, "signatories", "the campaign file")
            .flatMap(n -> fields.asMapping(n, "'signatories'"));
    all.ifPresent(
        signatories ->
            signatories.entries().forEach(
                (id, node) ->
                    fields.asMapping(node, "signatory '" + id + "'")
                        .flatMap(m -> signatory(fields, id, m, directory))
                        .ifPresent(s -> result.put(id, s))));
    return result;
  }

  private static Optional<Signatory> signatory(Fields fields, String id, Mapping map, Path directory) {
    String where = "signatory '" + id + "'";
    fields.allowOnly(map, SIGNATORY_KEYS, where);
    Optional<String> name = fields.requiredText(map, "name", where);
    Optional<Path> signature =
        fields.requiredText(map, "signature", where).flatMap(p -> asset(fields, map, "signature", directory, p));
    List<String> titles = new ArrayList<>();
    fields.optional(map, "titles")
        .flatMap(n -> fields.sequence(n, "titles"))
        .ifPresent(seq -> seq.items().forEach(item -> fields.text(item, "titles").ifPresent(titles::add)));
    if (name.isEmpty() || signature.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Signatory(
            id, name.get(), fields.optionalText(map, "honours"), titles,
            fields.optionalText(map, "email"), signature.get()));
  }

  private static Optional<Path> asset(Fields fields, Mapping map, String key, Path directory, String name) {
    Path path = directory.resolve(name).normalize();
    if (!path.startsWith(directory.normalize())) {
      fields.errorAtKey(map, key, "'" + key + "' must name a file inside the templates folder");
      return Optional.empty();
    }
    return Optional.of(path);
  }

  private static List<FindingDeclaration> findings(Fields fields, Mapping map) {
    List<FindingDeclaration> result = new ArrayList<>();
    fields.required(map, "findings", "the campaign file")
        .flatMap(n -> fields.asMapping(n, "'findings'"))
        .ifPresent(
            all ->
                all.entries().forEach(
                    (id, node) ->
                        fields.asMapping(node, "finding '" + id + "'")
                            .flatMap(m -> finding(fields, id, m))
                            .ifPresent(result::add)));
    return result;
  }

  private static Optional<FindingDeclaration> finding(Fields fields, String id, Mapping map) {
    String where = "finding '" + id + "'";
    fields.allowOnly(map, FINDING_KEYS, where);
    Optional<String> label = fields.requiredText(map, "label", where);
    FindingKind kind =
        fields.optional(map, "type")
            .flatMap(n -> fields.oneOf(n, "type", FindingKind.words()))
            .map(FindingKind::fromWord)
            .orElse(FindingKind.CHOICE);
    Map<String, String> values = labels(fields, map, "values", where);
    if (kind == FindingKind.FLAG && !values.isEmpty() && !values.keySet().equals(Set.of("true", "false"))) {
      fields.error(map, "the values of flag '" + id + "' must be true and false");
      return Optional.empty();
    }
    Optional<String> fallback =
        fields.optional(map, "default").flatMap(n -> fields.oneOf(n, "default", values.keySet()));
    if (label.isEmpty() || values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FindingDeclaration(id, label.get(), kind, values, fallback));
  }

  /** A map of allowed value to label, as under {@code values:} or {@code outcomes:}. */
  private static Map<String, String> labels(Fields fields, Mapping map, String key, String where) {
    Map<String, String> labels = new LinkedHashMap<>();
    fields.required(map, key, where)
        .flatMap(n -> fields.asMapping(n, "'" + key + "'"))
        .ifPresent(
            values ->
                values.entries().forEach(
                    (value, node) -> fields.text(node, value).ifPresent(label -> labels.put(value, label))));
    return labels;
  }

  /** The tree as plain maps, lists and strings, which is all a template ever sees of it. */
  private static Map<String, Object> plain(Mapping map) {
    Map<String, Object> result = new LinkedHashMap<>();
    map.entries().forEach((key, node) -> result.put(key, plain(node)));
    return result;
  }

  private static Object plain(YamlNode node) {
    return switch (node) {
      case Mapping m -> plain(m);
      case YamlNode.Sequence s -> s.items().stream().map(Campaigns::plain).toList();
      case YamlNode.Scalar s -> s.text();
    };
  }
}

package letters.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.load.YamlNode.Mapping;

/**
 * Reads and checks {@code phrasebook.yaml} against the plan elements the campaign declares: every
 * status of every element must be worded, and nothing else. A templates folder without the file
 * has no phrasebook; templates that need one then say so when they run.
 */
final class Phrasebooks {
  private static final List<String> KEYS = List.of("connectors", "included", "statuses", "elements");
  private static final List<String> CONNECTOR_KEYS = List.of("however", "limited");
  private static final List<String> INCLUDED_KEYS = List.of("plans", "they", "verb", "also", "turn");
  private static final List<String> STATUS_KEYS = List.of("news", "lead", "also", "turn", "limited", "together", "join");
  private static final List<String> PHRASE_KEYS = List.of("item", "then");

  private Phrasebooks() {}

  /** The phrasebook of the templates folder {@code directory}, its problems added to {@code problems}. */
  static Optional<Phrasebook> read(Path directory, List<FindingDeclaration> findings, List<Diagnostic> problems) {
    Path file = directory.resolve(Phrasebook.FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    List<Diagnostic> found = new ArrayList<>();
    Optional<Phrasebook> phrasebook;
    try {
      phrasebook = read(new Fields(file, found), YamlReader.read(file), findings);
    } catch (DiagnosticException e) {
      found.add(e.diagnostic());
      phrasebook = Optional.empty();
    }
    found.sort(Diagnostic.BY_POSITION);
    problems.addAll(found);
    return found.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : phrasebook;
  }

  private static Optional<Phrasebook> read(Fields fields, YamlNode root, List<FindingDeclaration> findings) {
    Optional<Mapping> top = fields.asMapping(root, "the phrasebook");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    fields.allowOnly(top.get(), KEYS, "the phrasebook");
    List<FindingDeclaration> elements = findings.stream().filter(f -> f.kind() == FindingKind.ELEMENT).toList();
    Set<String> declared = new LinkedHashSet<>();
    elements.forEach(element -> declared.addAll(element.values().keySet()));

    Optional<List<String>> connectors = texts(fields, top.get(), "connectors", CONNECTOR_KEYS);
    List<Phrasebook.Status> statuses = statuses(fields, top.get(), declared);
    Optional<List<String>> included = statuses.stream().anyMatch(Phrasebook.Status::saysIncluded)
        ? texts(fields, top.get(), "included", INCLUDED_KEYS)
        : Optional.of(List.of("", "", "", "", ""));
    Map<String, Phrasebook.Status> byId = new LinkedHashMap<>();
    statuses.forEach(status -> byId.put(status.id(), status));
    Map<String, Phrasebook.Element> worded = elements(fields, top.get(), elements, byId);
    if (connectors.isEmpty() || included.isEmpty()) {
      return Optional.empty();
    }
    List<String> i = included.get();
    return Optional.of(new Phrasebook(
        new Phrasebook.Connectors(connectors.get().get(0), connectors.get().get(1)),
        new Phrasebook.Included(i.get(0), i.get(1), i.get(2), i.get(3), i.get(4)),
        statuses, worded));
  }

  /** The texts of the section {@code key}, in the order of {@code keys}, each required. */
  private static Optional<List<String>> texts(Fields fields, Mapping top, String key, List<String> keys) {
    Optional<Mapping> section = fields.required(top, key, "the phrasebook").flatMap(n -> fields.asMapping(n, "'" + key + "'"));
    if (section.isEmpty()) {
      return Optional.empty();
    }
    fields.allowOnly(section.get(), keys, "'" + key + "'");
    List<String> texts = new ArrayList<>();
    for (String each : keys) {
      fields.requiredText(section.get(), each, "'" + key + "'").ifPresent(texts::add);
    }
    return texts.size() == keys.size() ? Optional.of(texts) : Optional.empty();
  }

  private static List<Phrasebook.Status> statuses(Fields fields, Mapping top, Set<String> declared) {
    List<Phrasebook.Status> statuses = new ArrayList<>();
    Optional<Mapping> section = fields.required(top, "statuses", "the phrasebook").flatMap(n -> fields.asMapping(n, "'statuses'"));
    if (section.isEmpty()) {
      return statuses;
    }
    fields.allowOnly(section.get(), declared, "'statuses'");
    for (String id : declared) {
      if (!section.get().entries().containsKey(id)) {
        fields.missing(section.get(), id, "status '" + id + "' is not worded; give it an entry under 'statuses'");
      }
    }
    section.get().entries().forEach((id, node) -> {
      if (declared.contains(id)) {
        fields.asMapping(node, "status '" + id + "'").flatMap(map -> status(fields, id, map)).ifPresent(statuses::add);
      }
    });
    return statuses;
  }

  private static Optional<Phrasebook.Status> status(Fields fields, String id, Mapping map) {
    String where = "status '" + id + "'";
    fields.allowOnly(map, STATUS_KEYS, where);
    List<String> news = Arrays.stream(Phrasebook.News.values()).map(Phrasebook.News::word).toList();
    Optional<Phrasebook.News> said = fields.required(map, "news", where).flatMap(n -> fields.oneOf(n, "news", news))
        .map(word -> Phrasebook.News.valueOf(word.toUpperCase(Locale.ROOT)));
    Optional<String> join = fields.requiredText(map, "join", where);
    Optional<String> lead = fields.optionalText(map, "lead");
    Optional<String> together = fields.optionalText(map, "together");
    if (lead.isPresent() && together.isPresent()) {
      fields.errorAtKey(map, "together", where + " has a lead, so 'together' is never used; "
          + "'together' is for a status whose sentence says what the plans included");
    }
    if (said.isEmpty() || join.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Phrasebook.Status(id, said.get(), lead, fields.optionalText(map, "also"),
        fields.optionalText(map, "turn"), fields.optionalText(map, "limited"), together, join.get()));
  }

  private static Map<String, Phrasebook.Element> elements(
      Fields fields, Mapping top, List<FindingDeclaration> declared, Map<String, Phrasebook.Status> statuses) {
    Map<String, Phrasebook.Element> elements = new LinkedHashMap<>();
    Optional<Mapping> section = fields.required(top, "elements", "the phrasebook").flatMap(n -> fields.asMapping(n, "'elements'"));
    if (section.isEmpty()) {
      return elements;
    }
    List<String> ids = declared.stream().map(FindingDeclaration::id).toList();
    fields.allowOnly(section.get(), ids, "'elements'");
    for (FindingDeclaration element : declared) {
      YamlNode node = section.get().entries().get(element.id());
      if (node == null) {
        fields.missing(section.get(), element.id(), "plan element '" + element.id() + "' is not worded; give it an entry under 'elements'");
        continue;
      }
      fields.asMapping(node, "element '" + element.id() + "'")
          .flatMap(map -> element(fields, element, map, statuses))
          .ifPresent(e -> elements.put(e.id(), e));
    }
    return elements;
  }

  private static Optional<Phrasebook.Element> element(
      Fields fields, FindingDeclaration element, Mapping map, Map<String, Phrasebook.Status> statuses) {
    String where = "element '" + element.id() + "'";
    List<String> keys = new ArrayList<>(List.of("number"));
    keys.addAll(element.values().keySet());
    fields.allowOnly(map, keys, where + " (its number and the statuses campaign.yaml declares for it)");
    List<String> numbers = Arrays.stream(Phrasebook.Number.values()).map(Phrasebook.Number::word).toList();
    Optional<Phrasebook.Number> number = fields.required(map, "number", where).flatMap(n -> fields.oneOf(n, "number", numbers))
        .map(word -> Phrasebook.Number.valueOf(word.toUpperCase(Locale.ROOT)));
    Map<String, Phrasebook.Phrase> phrases = new LinkedHashMap<>();
    for (String status : element.values().keySet()) {
      YamlNode node = map.entries().get(status);
      if (node == null) {
        fields.missing(map, status, where + " has no phrase for status '" + status + "'; give it one as for its other statuses");
        continue;
      }
      Optional<Phrasebook.Status> wording = Optional.ofNullable(statuses.get(status));
      phrase(fields, where + ", status '" + status + "'", status, node, wording).ifPresent(p -> phrases.put(status, p));
    }
    if (number.isEmpty() || phrases.size() < element.values().size()) {
      return Optional.empty();
    }
    return Optional.of(new Phrasebook.Element(element.id(), number.get(), phrases));
  }

  /**
   * An element's phrase for one status: text after a lead; after "Your plans included", a map of
   * the item and what had become of it.
   */
  private static Optional<Phrasebook.Phrase> phrase(
      Fields fields, String where, String status, YamlNode node, Optional<Phrasebook.Status> wording) {
    if (wording.isEmpty()) {
      return Optional.empty();
    }
    if (!wording.get().saysIncluded()) {
      if (node instanceof Mapping) {
        fields.error(node, where + " must be text: the words that follow the status's lead");
        return Optional.empty();
      }
      return fields.text(node, status).map(text -> new Phrasebook.Phrase(text, Optional.empty()));
    }
    if (!(node instanceof Mapping map)) {
      fields.error(node, where + " must be a map of 'item' (what the plans included) and 'then' (what had become of it), "
          + "since the status has no lead");
      return Optional.empty();
    }
    fields.allowOnly(map, PHRASE_KEYS, where);
    Optional<String> item = fields.requiredText(map, "item", where);
    Optional<String> then = fields.requiredText(map, "then", where);
    if (item.isEmpty() || then.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Phrasebook.Phrase(item.get(), then));
  }
}

package letters.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.Reason;
import letters.diagnostic.Result;
import letters.diagnostic.DiagnosticException;
import letters.load.ForceRecord.ChiefConstable;
import letters.load.ForceRecord.Copy;
import letters.load.ForceRecord.SignOff;
import letters.load.YamlNode.Mapping;

/**
 * Reads the records in a forces folder and checks each against the campaign. A bad record is left
 * out with its diagnostics; the good ones are returned, so one mistake never costs other letters.
 */
public final class ForceRecords {
  /** The file-name ending of a record. */
  public static final String EXTENSION = ".yaml";

  private static final List<String> KEYS =
      List.of("force", "chief_constable", "delivery", "copied_to", "findings", "outcome", "sign_off");
  private static final List<String> CHIEF_KEYS = List.of("name", "honours");
  private static final List<String> COPY_KEYS = List.of("name", "role");
  private static final List<String> NOTE_KEYS = List.of("status", "note");
  private static final List<String> SIGN_OFF_KEYS = List.of("by", "on");
  private static final String DEFAULT_DELIVERY = "Via email";

  private ForceRecords() {}

  /** Every record in {@code directory}, in id order. */
  public static Result<List<ForceRecord>> load(Path directory, Campaign campaign) {
    List<Diagnostic> problems = new ArrayList<>();
    List<ForceRecord> records = new ArrayList<>();
    for (Path file : files(directory, problems)) {
      read(file, campaign, problems).ifPresent(records::add);
    }
    return new Result<>(Optional.of(withoutDuplicateForces(records, problems)), problems);
  }

  /** The one record {@code forces/<id>.yaml}. */
  public static Result<ForceRecord> loadOne(Path directory, String id, Campaign campaign) {
    List<Diagnostic> problems = new ArrayList<>();
    Path file = directory.resolve(id + EXTENSION);
    if (!ForceRecord.ID.matcher(id).matches()) {
      problems.add(Diagnostic.error(file, "'" + id + "' is not a force id: use lower-case letters, digits and hyphens"));
      return new Result<>(Optional.empty(), problems);
    }
    if (!Files.isRegularFile(file)) {
      problems.add(Diagnostic.error(file, "no record for force '" + id + "'" + known(directory, id)));
      return new Result<>(Optional.empty(), problems);
    }
    return new Result<>(read(file, campaign, problems), problems);
  }

  private static List<Path> files(Path directory, List<Diagnostic> problems) {
    if (!Files.isDirectory(directory)) {
      problems.add(Diagnostic.error(directory, "forces folder not found"));
      return List.of();
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(EXTENSION) || p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(Diagnostic.error(directory, "cannot list the forces folder: " + Reason.of(e)));
      return List.of();
    }
  }

  private static Optional<ForceRecord> read(Path file, Campaign campaign, List<Diagnostic> sink) {
    String name = file.getFileName().toString();
    if (!name.endsWith(EXTENSION)) {
      sink.add(Diagnostic.error(file, "a record's file name must end in " + EXTENSION));
      return Optional.empty();
    }
    String id = name.substring(0, name.length() - EXTENSION.length());
    if (!ForceRecord.ID.matcher(id).matches()) {
      sink.add(Diagnostic.error(file, "the file name must be the force id: lower-case letters, digits and hyphens, e.g. thames-valley.yaml"));
      return Optional.empty();
    }
    List<Diagnostic> problems = new ArrayList<>();
    Optional<ForceRecord> record;
    try {
      record = record(new Fields(file, problems), id, YamlReader.read(file), campaign);
    } catch (DiagnosticException e) {
      problems.add(e.diagnostic());
      record = Optional.empty();
    }
    problems.sort(Diagnostic.BY_POSITION);
    sink.addAll(problems);
    return problems.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : record;
  }

  private static Optional<ForceRecord> record(Fields fields, String id, YamlNode root, Campaign campaign) {
    Optional<Mapping> top = fields.asMapping(root, "a record");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Mapping map = top.get();
    fields.allowOnly(map, KEYS, "a record");
    Optional<String> force = fields.requiredText(map, "force", "a record");
    Optional<ChiefConstable> chief =
        fields.required(map, "chief_constable", "a record")
            .flatMap(n -> fields.asMapping(n, "'chief_constable'"))
            .map(m -> chiefConstable(fields, m));
    String delivery = fields.optionalText(map, "delivery").orElse(DEFAULT_DELIVERY);
    List<Copy> copies = copies(fields, map);
    Map<String, Finding> findings =
        fields.required(map, "findings", "a record")
            .flatMap(n -> fields.asMapping(n, "'findings'"))
            .map(m -> findings(fields, m, campaign))
            .orElse(Map.of());
    Optional<String> outcome =
        fields.required(map, "outcome", "a record")
            .flatMap(n -> fields.oneOf(n, "outcome", campaign.outcomes().keySet()));
    Optional<SignOff> signOff =
        fields.optional(map, "sign_off")
            .flatMap(n -> fields.asMapping(n, "'sign_off'"))
            .flatMap(m -> signOff(fields, m, campaign));
    if (force.isEmpty() || chief.isEmpty() || outcome.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ForceRecord(
            id, fields.file(), force.get(), chief.get(), delivery, copies, findings, outcome.get(),
            signOff));
  }

  private static ChiefConstable chiefConstable(Fields fields, Mapping map) {
    fields.allowOnly(map, CHIEF_KEYS, "'chief_constable'");
    return new ChiefConstable(fields.optionalText(map, "name"), fields.optionalText(map, "honours"));
  }

  private static List<Copy> copies(Fields fields, Mapping map) {
    List<Copy> copies = new ArrayList<>();
    fields.optional(map, "copied_to")
        .flatMap(n -> fields.sequence(n, "copied_to"))
        .ifPresent(
            list ->
                list.items().forEach(
                    item ->
                        fields.asMapping(item, "each entry of 'copied_to'")
                            .ifPresent(
                                copy -> {
                                  fields.allowOnly(copy, COPY_KEYS, "'copied_to'");
                                  fields.requiredText(copy, "role", "'copied_to'")
                                      .ifPresent(role -> copies.add(new Copy(fields.optionalText(copy, "name"), role)));
                                })));
    return copies;
  }

  private static Map<String, Finding> findings(Fields fields, Mapping map, Campaign campaign) {
    fields.allowOnly(map, campaign.findings().stream().map(FindingDeclaration::id).toList(), "'findings'");
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (FindingDeclaration declaration : campaign.findings()) {
      Optional<YamlNode> node = fields.optional(map, declaration.id());
      if (node.isEmpty()) {
        if (declaration.isRequired()) {
          fields.missing(map, declaration.id(), "missing finding '" + declaration.id() + "'; allowed: " + String.join(", ", declaration.values().keySet()));
        } else {
          findings.put(declaration.id(), Finding.of(declaration.fallback().orElseThrow()));
        }
        continue;
      }
      finding(fields, declaration, node.get()).ifPresent(f -> findings.put(declaration.id(), f));
    }
    return findings;
  }

  private static Optional<Finding> finding(Fields fields, FindingDeclaration declaration, YamlNode node) {
    String key = declaration.id();
    return switch (declaration.kind()) {
      case FLAG -> fields.bool(node, key).map(value -> Finding.of(value.toString()));
      case CHOICE -> fields.oneOf(node, key, declaration.values().keySet()).map(Finding::of);
      case ELEMENT -> {
        if (node instanceof Mapping map) {
          fields.allowOnly(map, NOTE_KEYS, "'" + key + "'");
          Optional<String> status =
              fields.required(map, "status", "'" + key + "'")
                  .flatMap(n -> fields.oneOf(n, key, declaration.values().keySet()));
          Optional<String> note = fields.optionalText(map, "note");
          yield status.map(value -> new Finding(value, note));
        }
        yield fields.oneOf(node, key, declaration.values().keySet()).map(Finding::of);
      }
    };
  }

  private static Optional<SignOff> signOff(Fields fields, Mapping map, Campaign campaign) {
    fields.allowOnly(map, SIGN_OFF_KEYS, "'sign_off'");
    Optional<String> by =
        fields.required(map, "by", "'sign_off'")
            .flatMap(n -> fields.oneOf(n, "by", campaign.signatories().keySet()));
    Optional<LocalDate> on =
        fields.required(map, "on", "'sign_off'").flatMap(n -> fields.date(n, "on"));
    if (on.isPresent() && on.get().isAfter(campaign.letterDate())) {
      fields.errorAtKey(map, "on", "the sign-off date " + on.get() + " is after the letter date " + campaign.letterDate());
      return Optional.empty();
    }
    return by.isPresent() && on.isPresent() ? Optional.of(new SignOff(by.get(), on.get())) : Optional.empty();
  }

  private static List<ForceRecord> withoutDuplicateForces(List<ForceRecord> records, List<Diagnostic> problems) {
    Map<String, ForceRecord> byForce = new HashMap<>();
    List<ForceRecord> kept = new ArrayList<>();
    for (ForceRecord record : records) {
      ForceRecord first = byForce.putIfAbsent(record.force(), record);
      if (first == null) {
        kept.add(record);
      } else {
        problems.add(Diagnostic.error(record.file(), "force '" + record.force() + "' already has a record: " + first.file().getFileName()));
      }
    }
    return kept;
  }

  /** The nearest ids to a mistyped one, and the ids there are (the first few of many). */
  private static String known(Path directory, String id) {
    List<String> ids;
    try (Stream<Path> entries = Files.list(directory)) {
      ids = entries.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(EXTENSION))
          .map(name -> name.substring(0, name.length() - EXTENSION.length())).sorted().toList();
    } catch (IOException e) {
      return "";
    }
    if (ids.isEmpty()) {
      return "; " + directory + " holds no records";
    }
    List<String> near = ids.stream().filter(known -> known.contains(id) || id.contains(known)).toList();
    Optional<String> nearest = near.size() == 1 ? Optional.of(near.getFirst()) : Suggestions.nearest(id, ids);
    int shown = 12;
    return nearest.map(n -> " (did you mean '" + n + "'?)").orElse("") + "; the forces are: "
        + String.join(", ", ids.subList(0, Math.min(shown, ids.size())))
        + (ids.size() > shown ? " and " + (ids.size() - shown) + " more" : "");
  }
}

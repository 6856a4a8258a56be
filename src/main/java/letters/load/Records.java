package letters.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.diagnostic.Result;
import letters.load.YamlNode.Mapping;

/**
 * Reads the records in a records folder and checks each against the campaign. A bad record is left
 * out with its diagnostics; the good ones are returned, so one mistake never costs other letters.
 * Discovery is exact: a record is a regular file named {@code <id>.yaml}; a file that looks like one
 * but is not ({@code Kent.YAML}, {@code kent.yml}, a pipe) is an error, and anything else in the
 * folder is named in a warning as skipped, but for hidden files.
 */
public final class Records {
  /** The file-name ending of a record. */
  public static final String EXTENSION = ".yaml";

  private static final List<String> NOTE_KEYS = List.of("status", "note");
  private static final List<String> SIGN_OFF_KEYS = List.of("by", "on");

  private Records() {}

  /**
   * Every record in {@code directory}, in id order. The files are read on every core at once (a
   * build of thousands of letters makes none until all are read); what each says is reported in
   * the files' order all the same.
   */
  public static Result<List<Record>> load(Path directory, Campaign campaign) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Record> records = new ArrayList<>();
    List<Result<Record>> read = files(directory, problems).parallelStream().map(file -> {
      List<Diagnostic> said = new ArrayList<>();
      return new Result<>(read(file, campaign, said), said);
    }).toList();
    for (Result<Record> record : read) {
      problems.addAll(record.diagnostics());
      record.value().ifPresent(records::add);
    }
    return Result.of(withoutDuplicateNames(records, campaign, problems), problems);
  }

  /** The one record {@code <id>.yaml} in {@code directory}. */
  public static Result<Record> loadOne(Path directory, String id, Campaign campaign) {
    List<Diagnostic> problems = new ArrayList<>();
    Path file = directory.resolve(id + EXTENSION);
    if (!Record.ID.matcher(id).matches()) {
      problems.add(Diagnostic.error(file, "'" + id + "' is not a record id: use lower-case letters, digits and hyphens"));
      return Result.failed(problems);
    }
    Optional<Diagnostic> refused = folderLeadingOutside(directory);
    if (refused.isPresent()) {
      problems.add(refused.get());
      return Result.failed(problems);
    }
    if (!Files.exists(file)) {
      problems.add(Diagnostic.error(file, "no record '" + id + "'" + known(directory, id)));
      return Result.failed(problems);
    }
    return new Result<>(read(file, campaign, problems), problems);
  }

  /**
   * Why the records folder {@code directory} is not read, when it is a link that leads out of the
   * folder it stands in: a project from someone else could otherwise point its records folder at
   * any folder of the user's and have a build quote its files. Given as it really is, it is read.
   */
  private static Optional<Diagnostic> folderLeadingOutside(Path directory) {
    if (!leadsOutside(directory)) {
      return Optional.empty();
    }
    String real;
    try {
      real = directory.toRealPath().toString();
    } catch (IOException e) {
      real = "a folder that cannot be found";
    }
    return Optional.of(Diagnostic.error(directory, "is a link leading out of the folder it stands in (to " + real
        + "), so its records are not read; give --records with the folder itself to read them there"));
  }

  /** The record files of {@code directory}, sorted; what looks like a record but is not, reported. */
  private static List<Path> files(Path directory, List<Diagnostic> problems) {
    if (!Files.isDirectory(directory)) {
      problems.add(Diagnostic.error(directory, "records folder not found"));
      return List.of();
    }
    Optional<Diagnostic> refused = folderLeadingOutside(directory);
    if (refused.isPresent()) {
      problems.add(refused.get());
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.endsWith(EXTENSION)) {
          files.add(entry);
        } else if (lower.endsWith(EXTENSION) || lower.endsWith(".yml")) {
          String id = lower.substring(0, lower.lastIndexOf('.'));
          problems.add(Diagnostic.error(entry, "a record's file name is its id followed by " + EXTENSION
              + " in lower case; rename it " + id + EXTENSION));
        } else if (!name.startsWith(".")) {
          problems.add(Diagnostic.warning(entry, 0, 0, Files.isDirectory(entry)
              ? "is a folder; records are read from the records folder itself, so it is skipped"
              : "is not a record (a record's name ends in " + EXTENSION + "), so it is skipped"));
        }
      }
    } catch (IOException e) {
      problems.add(Diagnostic.error(directory, "cannot list the records folder: " + reason(e)));
    }
    return files;
  }

  private static Optional<Record> read(Path file, Campaign campaign, List<Diagnostic> sink) {
    String name = file.getFileName().toString();
    String id = name.substring(0, name.length() - EXTENSION.length());
    if (!Record.ID.matcher(id).matches()) {
      sink.add(Diagnostic.error(file, "the file name must be the record's id: lower-case letters, digits and hyphens, "
          + "then " + EXTENSION));
      return Optional.empty();
    }
    // The file as it stands, then, only for a link, what it leads to: one look for a plain record.
    Optional<BasicFileAttributes> own = attributes(file, LinkOption.NOFOLLOW_LINKS);
    boolean link = own.isPresent() && own.get().isSymbolicLink();
    Optional<BasicFileAttributes> attributes = link ? attributes(file) : own;
    if (attributes.isEmpty() || !attributes.get().isRegularFile()) {
      sink.add(Diagnostic.error(file, Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
          ? "is a folder, not a record file"
          : "is not a regular file (a pipe, a device or a broken link); a record must be a plain file"));
      return Optional.empty();
    }
    // Read from the file itself, or where its link leads inside the folder.
    Optional<Path> source = link ? linkedInside(file) : Optional.of(file);
    if (source.isEmpty()) {
      sink.add(Diagnostic.error(file, "is a link to a file outside the records folder, which is not read; a record "
          + "must be a file in the records folder (copy it in)"));
      return Optional.empty();
    }
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Record> record;
    try {
      record = record(new Fields(file, problems), id, YamlReader.read(file, source.get(), attributes.get()), campaign);
    } catch (DiagnosticException e) {
      problems.add(e.diagnostic());
      record = Optional.empty();
    }
    problems.sort(Diagnostic.BY_POSITION);
    sink.addAll(problems);
    return problems.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : record;
  }

  /**
   * Whether {@code file} (a record, or the records folder) is a link that leads out of its folder: a
   * project that came from someone else could otherwise have a build read, and its diagnostics
   * quote, any file its user can read.
   */
  private static boolean leadsOutside(Path file) {
    return Files.isSymbolicLink(file) && linkedInside(file).isEmpty();
  }

  /**
   * Where the link {@code file} leads, when that is in the folder it stands in; none when it leads
   * outside (see {@link #leadsOutside}). A record is read from there, opened without following a
   * link, so that a file swapped for a link after this look is refused, not followed.
   */
  private static Optional<Path> linkedInside(Path file) {
    try {
      Path real = file.toRealPath();
      return real.startsWith(file.toAbsolutePath().getParent().toRealPath()) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * What {@link Files#isRegularFile} asks, kept so that the file is asked once: its size is read
   * from the same answer.
   */
  private static Optional<BasicFileAttributes> attributes(Path file, LinkOption... options) {
    try {
      return Optional.of(Files.readAttributes(file, BasicFileAttributes.class, options));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Record> record(Fields fields, String id, YamlNode root, Campaign campaign) {
    Optional<Mapping> top = fields.asMapping(root, "a record");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Mapping map = top.get();
    RecordDeclaration declaration = campaign.record();
    List<String> keys = new ArrayList<>(declaration.fields().stream().map(FieldDeclaration::id).toList());
    keys.addAll(RecordDeclaration.OWN_KEYS);
    fields.allowOnly(map, keys, "a record");
    Map<String, FieldValue> envelope = Envelopes.read(fields, map, declaration.fields(), "a record");
    Map<String, Finding> findings =
        fields.required(map, "findings", "a record")
            .flatMap(n -> fields.asMapping(n, "'findings'"))
            .map(m -> findings(fields, m, campaign))
            .orElse(Map.of());
    Optional<String> outcome =
        fields.required(map, "outcome", "a record")
            .flatMap(n -> fields.oneOf(n, "outcome", campaign.outcomes().keySet()));
    Optional<Record.SignOff> signOff =
        fields.optional(map, "sign_off")
            .flatMap(n -> fields.asMapping(n, "'sign_off'"))
            .flatMap(m -> signOff(fields, m, campaign));
    if (!(envelope.get(declaration.name()) instanceof FieldValue.Text name) || outcome.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Record(id, fields.file(), name.text(), envelope, findings, outcome.get(), signOff));
  }

  private static Map<String, Finding> findings(Fields fields, Mapping map, Campaign campaign) {
    fields.allowOnly(map, campaign.findings().stream().map(FindingDeclaration::id).toList(), "'findings'");
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (FindingDeclaration declaration : campaign.findings()) {
      YamlNode node = map.entries().get(declaration.id());
      if (node == null) {
        if (declaration.isRequired()) {
          fields.missing(map, declaration.id(), "missing finding '" + declaration.id() + "'; allowed: "
              + String.join(", ", declaration.values().keySet()));
        } else {
          findings.put(declaration.id(), Finding.of(declaration.fallback().orElseThrow()));
        }
        continue;
      }
      finding(fields, declaration, node).ifPresent(f -> findings.put(declaration.id(), f));
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
          YamlNode at = map.entries().get("note");
          yield status.map(value -> at == null ? Finding.of(value) : new Finding(value, note, at.line(), at.column()));
        }
        yield fields.oneOf(node, key, declaration.values().keySet()).map(Finding::of);
      }
    };
  }

  private static Optional<Record.SignOff> signOff(Fields fields, Mapping map, Campaign campaign) {
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
    return by.isPresent() && on.isPresent() ? Optional.of(new Record.SignOff(by.get(), on.get())) : Optional.empty();
  }

  /**
   * Records whose names are the same to a reader (case, spacing, no-break and zero-width spaces,
   * compatibility forms aside) are all refused, each blamed with the others' files: which of them is
   * right is for a person to say.
   */
  private static List<Record> withoutDuplicateNames(List<Record> records, Campaign campaign, List<Diagnostic> problems) {
    Map<String, List<Record>> byName = new LinkedHashMap<>();
    for (Record record : records) {
      byName.computeIfAbsent(Names.key(record.name()), k -> new ArrayList<>()).add(record);
    }
    String label = campaign.record().nameField().label();
    List<Record> kept = new ArrayList<>();
    for (Record record : records) {
      List<Record> same = byName.get(Names.key(record.name()));
      if (same.size() == 1) {
        kept.add(record);
        continue;
      }
      List<String> others = same.stream().filter(r -> r != record).map(r -> r.file().getFileName().toString()).toList();
      problems.add(Diagnostic.error(record.file(), label + " '" + record.name() + "' has another record too ("
          + String.join(", ", others) + "); keep one record per " + label + ", so none of them is written"));
    }
    return kept;
  }

  /** The operating system's reason, without Java's exception name. */
  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
    return nearest.map(n -> " (did you mean '" + n + "'?)").orElse("") + "; the records are: "
        + String.join(", ", ids.subList(0, Math.min(shown, ids.size())))
        + (ids.size() > shown ? " and " + (ids.size() - shown) + " more" : "");
  }
}

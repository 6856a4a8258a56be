package letters.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import letters.diagnostic.Diagnostic;
import letters.load.YamlNode.Mapping;
import letters.load.YamlNode.Scalar;
import letters.load.YamlNode.ScalarType;
import letters.load.YamlNode.Sequence;

/**
 * Reads typed values out of one file's {@link YamlNode} tree, adding a {@link Diagnostic} for each
 * problem instead of stopping at the first, so a user sees everything wrong with a file at once.
 */
final class Fields {
  private final Path file;
  private final List<Diagnostic> problems;
  /**
   * Per map, the keys its misspelt keys were taken for: their absence is not reported twice. Made
   * at the first misspelling, as most files have none.
   */
  private Map<Mapping, Set<String>> meant = Map.of();

  Fields(Path file, List<Diagnostic> problems) {
    this.file = file;
    this.problems = problems;
  }

  Path file() {
    return file;
  }

  void error(YamlNode at, String message) {
    problems.add(Diagnostic.error(file, at.line(), at.column(), message));
  }

  void errorAtKey(Mapping map, String key, String message) {
    problems.add(Diagnostic.error(file, map.keyLine(key), map.keyColumn(key), message));
  }

  Optional<Mapping> asMapping(YamlNode node, String what) {
    if (node instanceof Mapping map) {
      return Optional.of(map);
    }
    error(node, what + " must be a map, not " + node.describe());
    return Optional.empty();
  }

  /** Reports every key of {@code map} that is not in {@code allowed}, suggesting the nearest. */
  void allowOnly(Mapping map, Collection<String> allowed, String where) {
    for (String key : map.entries().keySet()) {
      if (!allowed.contains(key)) {
        Optional<String> nearest = Suggestions.nearest(key, allowed);
        nearest.ifPresent(s -> meant(map).add(s));
        String hint = nearest.map(s -> " (did you mean '" + s + "'?)").orElse("");
        errorAtKey(
            map,
            key,
            "unknown key '" + key + "' in " + where + hint + "; allowed: " + String.join(", ", allowed));
      }
    }
  }

  private Set<String> meant(Mapping map) {
    if (meant.isEmpty()) {
      meant = new IdentityHashMap<>();
    }
    return meant.computeIfAbsent(map, m -> new HashSet<>());
  }

  Optional<YamlNode> required(Mapping map, String key, String where) {
    YamlNode node = map.entries().get(key);
    if (node == null || isNull(node)) {
      missing(map, key, "missing required key '" + key + "' in " + where);
      return Optional.empty();
    }
    return Optional.of(node);
  }

  /** Reports that {@code map} lacks {@code key}, unless a misspelling of it was reported already. */
  void missing(Mapping map, String key, String message) {
    if (!meant.getOrDefault(map, Set.of()).contains(key)) {
      error(map, message);
    }
  }

  Optional<YamlNode> optional(Mapping map, String key) {
    YamlNode node = map.entries().get(key);
    return node == null || isNull(node) ? Optional.empty() : Optional.of(node);
  }

  Optional<String> requiredText(Mapping map, String key, String where) {
    return required(map, key, where).flatMap(node -> text(node, key));
  }

  /** Text the map may leave out; a key given with no value (YAML null) is an error, not a gap. */
  Optional<String> optionalText(Mapping map, String key) {
    YamlNode node = map.entries().get(key);
    return node == null ? Optional.empty() : text(node, key);
  }

  /**
   * Text, or a number written as text; never a list, a map, a true/false or a null, and never with
   * a control character (which no letter can print and no reader would see).
   */
  Optional<String> text(YamlNode node, String key) {
    if (node instanceof Scalar scalar
        && (scalar.type() == ScalarType.TEXT || scalar.type() == ScalarType.NUMBER)) {
      String value = scalar.text().strip();
      if (value.isEmpty()) {
        error(node, "'" + key + "' must not be empty");
        return Optional.empty();
      }
      OptionalInt control = firstControl(value);
      if (control.isPresent()) {
        error(node, "'" + key + "' holds the control character U+" + String.format("%04X", control.getAsInt())
            + ", which cannot be printed; remove it");
        return Optional.empty();
      }
      return Optional.of(value);
    }
    if (node instanceof Scalar scalar && scalar.type() == ScalarType.NULL) {
      error(node, "'" + key + "' is empty, which YAML reads as null (as it does Null, null and ~); "
          + "write the text in quotes, or leave the key out");
      return Optional.empty();
    }
    error(node, "'" + key + "' must be text, not " + node.describe());
    return Optional.empty();
  }

  /**
   * A control character other than the line breaks and tabs a block of text may hold. Unicode's
   * control characters are U+0000 to U+001F and U+007F to U+009F, so the text is read a char at a
   * time: no surrogate is one.
   */
  private static OptionalInt firstControl(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
        return OptionalInt.of(c);
      }
    }
    return OptionalInt.empty();
  }

  Optional<Boolean> bool(YamlNode node, String key) {
    if (node instanceof Scalar scalar && scalar.type() == ScalarType.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(scalar.text()));
    }
    String found = node instanceof Scalar s ? " '" + s.text() + "'" : "";
    error(node, "'" + key + "' must be true or false, not " + node.describe() + found);
    return Optional.empty();
  }

  Optional<LocalDate> date(YamlNode node, String key) {
    Optional<String> text = text(node, key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(plainDate(text.get()).orElseGet(() -> LocalDate.parse(text.get())));
    } catch (DateTimeParseException e) {
      error(node, "'" + key + "' must be a date written YYYY-MM-DD, not '" + text.get() + "'");
      return Optional.empty();
    }
  }

  /**
   * The date {@code text} writes as YYYY-MM-DD, read without the formatter's machinery, which
   * costs many times the digits; empty for anything else, which {@link LocalDate#parse} then reads
   * or refuses as before.
   */
  private static Optional<LocalDate> plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The number the ASCII digits from {@code start} to {@code end} write, or -1. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  Optional<Sequence> sequence(YamlNode node, String key) {
    if (node instanceof Sequence sequence) {
      return Optional.of(sequence);
    }
    error(node, "'" + key + "' must be a list, not " + node.describe());
    return Optional.empty();
  }

  /** A text value that must be one of {@code allowed}. */
  Optional<String> oneOf(YamlNode node, String key, Collection<String> allowed) {
    Optional<String> value = node instanceof Scalar s && s.type() == ScalarType.BOOLEAN
        ? Optional.of(s.text())
        : text(node, key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> declared = declared(value.get(), allowed);
    if (declared.isEmpty()) {
      String hint = Suggestions.nearest(value.get(), allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
      error(
          node,
          "'" + key + "' is '" + value.get() + "'" + hint + "; allowed: " + String.join(", ", allowed));
      return Optional.empty();
    }
    return declared;
  }

  /**
   * The allowed string equal to {@code value}: the campaign's own, so that every record holding
   * a value holds the one string rather than a copy of it read from its file.
   */
  private static Optional<String> declared(String value, Collection<String> allowed) {
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof Scalar scalar && scalar.type() == ScalarType.NULL;
  }
}

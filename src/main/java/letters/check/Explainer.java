package letters.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import letters.compose.Block;
import letters.compose.Composer;
import letters.compose.Letter;
import letters.diagnostic.DiagnosticException;
import letters.load.Campaign;
import letters.load.Finding;
import letters.load.FindingDeclaration;
import letters.load.Record;

/**
 * Says where each sentence of a letter comes from: the template line whose text it carries (or
 * the campaign fact it prints), and the findings that chose it — those whose change, with the rest
 * of the record as it is, would take the sentence out of the letter.
 */
public final class Explainer {
  /** One sentence of a letter, where it was written, and the findings it depends on. */
  public record Explanation(String sentence, Path template, List<Integer> lines, Map<String, String> findings) {
    /** The line the sentence starts on; 0 when no line of the file holds it. */
    public int line() {
      return lines.isEmpty() ? 0 : lines.getFirst();
    }
  }

  /** Where a sentence was written: a file, and its lines in the order the sentence uses them. */
  private record Origin(Path file, List<Integer> lines) {}

  /** A line of a record or the campaign file: its text, spaces folded, and the value it gives, if any. */
  private record DataLine(String text, String value) {
    static DataLine of(String line) {
      return new DataLine(fold(line), COMMENT.matcher(KEY.matcher(line).replaceFirst("")).replaceFirst("").strip());
    }
  }

  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern CODE = Pattern.compile("<#--.*?-->|<[#@/][^>]*>|\\$\\{[^}]*}|<[^>]*>");
  private static final Pattern PHRASE = Pattern.compile("\\s*[A-Za-z_]+:\\s+([^#\\s][^#]*?)\\s*(#.*)?");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z‘“(])");
  private static final Pattern KEY = Pattern.compile("^\\s*(- )?[A-Za-z_]+:\\s*");
  private static final Pattern COMMENT = Pattern.compile("\\s+#.*$");

  private final Campaign campaign;
  private final Composer composer;
  private final List<Fragment> fragments = new ArrayList<>();

  /** A piece of fixed text of a template, at its line. */
  private record Fragment(Path file, int line, String text, boolean library) {}

  public Explainer(Campaign campaign, Composer composer) {
    this.campaign = campaign;
    this.composer = composer;
    try (Stream<Path> files = Files.walk(campaign.directory())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
        index(file);
      }
      Path phrasebook = campaign.directory().resolve(letters.load.Phrasebook.FILE_NAME);
      if (Files.isRegularFile(phrasebook)) {
        indexPhrases(phrasebook);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void index(Path file) throws IOException {
    boolean library = campaign.directory().relativize(file).startsWith("lib");
    boolean comment = false;
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (comment || line.contains("<#--") && !line.contains("-->")) {
        comment = !line.contains("-->");
        continue;
      }
      List<String> pieces = new ArrayList<>();
      Matcher strings = STRING.matcher(line);
      while (strings.find()) {
        pieces.add(strings.group(1));
      }
      String text = line.strip().startsWith("<#") ? "" : CODE.matcher(line).replaceAll("\u0000");
      pieces.addAll(List.of(text.split("\u0000")));
      for (String piece : pieces) {
        for (String part : SENTENCE_END.split(piece.strip())) {
          String clean = fold(part.strip());
          if (clean.length() >= 8 && clean.contains(" ") || clean.length() >= 4 && clean.endsWith(":")) {
            fragments.add(new Fragment(file, i + 1, clean, library));
          }
        }
      }
    }
  }

  /** The phrasebook's words, each at its line: the value of every {@code key: words} line. */
  private void indexPhrases(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher entry = PHRASE.matcher(lines.get(i));
      if (entry.matches()) {
        String words = entry.group(1).strip().replaceAll("^\"(.*)\"$", "$1");
        if (words.length() >= 8 && words.contains(" ")) {
          fragments.add(new Fragment(file, i + 1, words, false));
        }
      }
    }
  }

  /** The sentences of {@code record}'s letter, each explained. */
  public List<Explanation> explain(Record record) throws DiagnosticException {
    Letter letter = composer.compose(record);
    Map<String, Map<String, String>> variants = variants(record);
    Map<Path, List<DataLine>> data = new LinkedHashMap<>();
    for (Path file : List.of(record.file(), campaign.directory().resolve(Campaign.FILE_NAME))) {
      data.put(file, lines(file));
    }
    List<Explanation> explained = new ArrayList<>();
    for (Block block : letter.blocks()) {
      for (String sentence : sentences(block)) {
        Origin origin = origin(sentence, data);
        explained.add(new Explanation(sentence, origin.file(), origin.lines(), chosenBy(record, variants, sentence)));
      }
    }
    return explained;
  }

  private static List<String> sentences(Block block) {
    List<String> sentences = new ArrayList<>();
    for (String line : block.text().split("\n")) {
      for (String sentence : SENTENCE_END.split(line.strip())) {
        if (!sentence.isBlank()) {
          sentences.add(sentence.strip());
        }
      }
    }
    return sentences;
  }

  /**
   * The line the sentence's fixed text comes from: in the template (not a library of phrases)
   * whose fixed text covers most of it, the line that wrote its first words. (A sentence put
   * together from several lines, as the assessment's are, names the one it starts on.)
   */
  private Origin origin(String sentence, Map<Path, List<DataLine>> data) {
    String text = fold(sentence);
    Origin value = valueOrigin(text, data);
    if (value != null) {
      return value;
    }
    String lower = Character.toLowerCase(text.charAt(0)) + text.substring(1);
    Map<Path, Integer> cover = new LinkedHashMap<>();
    Map<Path, Boolean> isLibrary = new LinkedHashMap<>();
    List<Fragment> matched = new ArrayList<>();
    for (Fragment fragment : fragments) {
      if (text.contains(fragment.text()) || lower.contains(fragment.text())) {
        matched.add(fragment);
        cover.merge(fragment.file(), fragment.text().length(), Integer::sum);
        isLibrary.put(fragment.file(), fragment.library());
      }
    }
    Path best = cover.entrySet().stream()
        .sorted((a, b) -> isLibrary.get(a.getKey()) != isLibrary.get(b.getKey())
            ? Boolean.compare(isLibrary.get(a.getKey()), isLibrary.get(b.getKey()))
            : Integer.compare(b.getValue(), a.getValue()))
        .map(Map.Entry::getKey).findFirst().orElse(null);
    if (best == null) {
      return dataOrigin(text, data);
    }
    List<Fragment> inBest = matched.stream().filter(f -> f.file().equals(best)).toList();
    Fragment longest = inBest.stream().max(java.util.Comparator.comparingInt(f -> f.text().length())).orElseThrow();
    // The same words may be written on several lines ("your plans"); take the one nearest the rest.
    Map<String, Fragment> byPlace = new java.util.TreeMap<>();
    for (Fragment fragment : inBest) {
      String place = String.format("%06d %s", position(text, lower, fragment.text()), fragment.text().toLowerCase(java.util.Locale.ROOT));
      byPlace.merge(place, fragment, (a, b) ->
          Math.abs(a.line() - longest.line()) <= Math.abs(b.line() - longest.line()) ? a : b);
    }
    List<Integer> lines = byPlace.values().stream().map(Fragment::line).distinct().toList();
    return new Origin(best, lines);

  }

  /** A line that is a whole value of the record or the campaign file ("delivery: By post"). */
  private static Origin valueOrigin(String text, Map<Path, List<DataLine>> data) {
    for (var file : data.entrySet()) {
      List<DataLine> lines = file.getValue();
      for (int i = 0; i < lines.size(); i++) {
        String value = lines.get(i).value();
        if (value.equals(text) || value.equals("\"" + text + "\"")) {
          return new Origin(file.getKey(), List.of(i + 1));
        }
      }
    }
    return null;
  }

  /** The lines of a record or campaign file; none for a record made up for checking, which has no file. */
  private static List<DataLine> lines(Path file) {
    try {
      return Files.readAllLines(file).stream().map(DataLine::of).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static int position(String text, String lower, String fragment) {
    int at = text.indexOf(fragment);
    return at >= 0 ? at : lower.indexOf(fragment);
  }

  /**
   * Text no template holds is data the templates print: the line of the record, or else of the
   * campaign file, that holds it.
   */
  private Origin dataOrigin(String text, Map<Path, List<DataLine>> data) {
    String[] words = text.split(" ");
    String firstWords = String.join(" ", List.of(words).subList(0, Math.min(4, words.length)));
    for (var file : data.entrySet()) {
      List<DataLine> lines = file.getValue();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).text().contains(firstWords)) {
          return new Origin(file.getKey(), List.of(i + 1));
        }
      }
    }
    return new Origin(campaign.directory().resolve(Composer.ENTRY), List.of());
  }

  /**
   * The text of the letter with each finding given each of its other values, the rest unchanged:
   * finding id to other value to text (whitespace folded). Each variant is composed once, however
   * many sentences are then looked for in it, and the variants side by side on every core; a
   * variant the templates refuse has no text.
   */
  private Map<String, Map<String, String>> variants(Record record) {
    record Variant(String finding, String value, Record record) {}
    List<Variant> all = new ArrayList<>();
    for (FindingDeclaration declaration : campaign.findings()) {
      Finding now = record.findings().get(declaration.id());
      for (String other : declaration.values().keySet()) {
        if (!other.equals(now.value())) {
          Map<String, Finding> changed = new LinkedHashMap<>(record.findings());
          changed.put(declaration.id(), new Finding(other, now.note()));
          all.add(new Variant(declaration.id(), other, record.withFindings(changed)));
        }
      }
    }
    List<String> texts = all.parallelStream().map(variant -> text(variant.record())).toList();
    Map<String, Map<String, String>> variants = new LinkedHashMap<>();
    campaign.findings().forEach(declaration -> variants.put(declaration.id(), new LinkedHashMap<>()));
    for (int i = 0; i < all.size(); i++) {
      variants.get(all.get(i).finding()).put(all.get(i).value(), texts.get(i));
    }
    return variants;
  }

  /** The findings any other value of which, the rest unchanged, takes the sentence out. */
  private static Map<String, String> chosenBy(Record record, Map<String, Map<String, String>> variants, String sentence) {
    String wanted = fold(sentence);
    Map<String, String> chosen = new LinkedHashMap<>();
    variants.forEach((finding, texts) -> {
      if (texts.values().stream().anyMatch(text -> !text.contains(wanted))) {
        chosen.put(finding, record.findings().get(finding).value());
      }
    });
    return chosen;
  }

  private String text(Record record) {
    try {
      return fold(composer.compose(record).text());
    } catch (DiagnosticException e) {
      return "";
    }
  }

  /** {@code text} with each run of whitespace made one space (as {@code \\s+}: ASCII whitespace). */
  private static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
      if (!white) {
        folded.append(c);
      } else if (!space) {
        folded.append(' ');
      }
      space = white;
    }
    return folded.toString();
  }
}

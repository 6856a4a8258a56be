package letters.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;

/**
 * Sets a paragraph's text in lines: measures it with the house font's own widths and kerning,
 * turns it into boxes, glue and penalties (word spaces, the breaks after hyphens, British
 * hyphenation points), breaks it with {@link LineBreaker} and builds each {@link Line}. A
 * paragraph already set at the same width in the same faces is not set again: most paragraphs of a
 * letter are the same in every letter.
 */
final class Typesetter {
  /** A run of text in one face and size; a run of {@code "\n"} ends a line. */
  record Run(String text, Face face, float size) {
    // Written out: a record's own equals and hashCode go through method handles, which the client
    // compiler does not inline, and every paragraph of every letter is looked up by its runs.
    @Override
    public boolean equals(Object other) {
      return other instanceof Run run && face == run.face && Float.compare(size, run.size) == 0
          && text.equals(run.text);
    }

    @Override
    public int hashCode() {
      return (text.hashCode() * 31 + face.ordinal()) * 31 + Float.hashCode(size);
    }
  }

  enum Alignment { JUSTIFIED, RAGGED }

  private static final int SPACE = ' ';
  private static final int SOFT_HYPHEN = 0x00AD;
  private static final int HYPHEN_COST = 50;
  private static final int EMERGENCY_COST = 1_000;
  private static final int CACHED = 4_096;
  private static final int LONGEST_CACHED = 4_000;

  /** A paragraph as the cache knows it; its hash is worked out once (see {@link Run#equals}). */
  private record Key(List<Run> runs, float measure, Alignment alignment, int hash) {
    Key(List<Run> runs, float measure, Alignment alignment) {
      this(runs, measure, alignment, (runs.hashCode() * 31 + Float.hashCode(measure)) * 31 + alignment.ordinal());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && hash == key.hash && alignment == key.alignment
          && Float.compare(measure, key.measure) == 0 && runs.equals(key.runs);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static final Map<Key, List<Line>> SET = new ConcurrentHashMap<>();

  private Typesetter() {}

  /** The lines of {@code runs} set {@code measure} points wide. */
  static List<Line> lines(List<Run> runs, float measure, Alignment alignment) throws DiagnosticException {
    Key key = new Key(List.copyOf(runs), measure, alignment);
    List<Line> lines = SET.get(key);
    if (lines == null) {
      List<Item> items = items(key.runs(), measure, alignment, false);
      List<LineBreaker.Break> breaks;
      if (alignment == Alignment.RAGGED) {
        breaks = LineBreaker.ragged(items, measure);
      } else {
        breaks = LineBreaker.withoutHyphenation(items, measure);
        if (breaks == null) {
          items = items(key.runs(), measure, alignment, true);
          breaks = LineBreaker.justified(items, measure);
        }
      }
      lines = List.copyOf(build(items, breaks, alignment));
      if (SET.size() >= CACHED) {
        SET.clear();
      }
      // A long paragraph (an inspector's long note) is one letter's own: not worth keeping.
      if (length(runs) <= LONGEST_CACHED) {
        SET.put(key, lines);
      }
    }
    return lines;
  }

  private static int length(List<Run> runs) {
    int length = 0;
    for (Run run : runs) {
      length += run.text().length();
    }
    return length;
  }

  /** The natural width of {@code text} in one face and size, kerned, on one line. */
  static float width(String text, Face face, float size) throws DiagnosticException {
    float width = 0;
    for (Line line : lines(List.of(new Run(text, face, size)), Float.MAX_VALUE, Alignment.RAGGED)) {
      width = Math.max(width, line.width());
    }
    return width;
  }

  /** One styled character of a paragraph. */
  private record Letter(int codePoint, Face face, float size) {}

  /** The paragraph's items; {@code hyphenate} adds the hyphenation points of justified text. */
  private static List<Item> items(List<Run> runs, float measure, Alignment alignment, boolean hyphenate)
      throws DiagnosticException {
    List<Letter> text = new ArrayList<>();
    for (Run run : runs) {
      String normal = Normalizer.isNormalized(run.text(), Normalizer.Form.NFC)
          ? run.text() : Normalizer.normalize(run.text(), Normalizer.Form.NFC);
      for (int at = 0; at < normal.length(); ) {
        int c = normal.codePointAt(at);
        text.add(new Letter(c, run.face(), run.size()));
        at += Character.charCount(c);
      }
    }
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < text.size()) {
      Letter letter = text.get(i);
      if (letter.codePoint() == SPACE || Character.isWhitespace(letter.codePoint()) && letter.codePoint() != '\n') {
        if (!items.isEmpty() && items.getLast() instanceof Item.Box) {
          if (tied(text, i)) {
            items.add(Item.Penalty.tie());
          }
          items.add(space(letter.face(), letter.size()));
        }
        i++;
      } else if (letter.codePoint() == '\n') {
        endLine(items);
        i++;
      } else {
        int end = i;
        while (end < text.size() && text.get(end).codePoint() != '\n' && text.get(end).codePoint() != SPACE
            && !Character.isWhitespace(text.get(end).codePoint())) {
          end++;
        }
        Word.items(text.subList(i, end), measure, hyphenate && alignment == Alignment.JUSTIFIED, items);
        i = end;
      }
    }
    endLine(items);
    return items;
  }

  /**
   * Whether the space at {@code i} stands between two numbers ("07802 948502"), which a line
   * should not part.
   */
  private static boolean tied(List<Letter> text, int i) {
    int next = i + 1;
    while (next < text.size() && text.get(next).codePoint() == SPACE) {
      next++;
    }
    return i > 0 && next < text.size()
        && Character.isDigit(text.get(i - 1).codePoint()) && Character.isDigit(text.get(next).codePoint());
  }

  private static Item.Glue space(Face face, float size) {
    float width = face.program().width(face.program().glyph(SPACE)) * size / 1000f;
    return new Item.Glue(face, size, width, width / 2, width / 3, false);
  }

  /** Ends a line where the text says so, or the paragraph: no space before it, infinite stretch. */
  private static void endLine(List<Item> items) {
    while (!items.isEmpty() && items.getLast() instanceof Item.Glue glue && !glue.fill()) {
      items.removeLast();
    }
    items.add(Item.Glue.endOfLine());
    items.add(Item.Penalty.forced());
  }

  private static List<Line> build(List<Item> items, List<LineBreaker.Break> breaks, Alignment alignment) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (LineBreaker.Break at : breaks) {
      Item end = items.get(at.position());
      boolean forced = end instanceof Item.Penalty p && p.cost() <= -Item.INFINITE;
      boolean justify = alignment == Alignment.JUSTIFIED && !forced && at.ratio() <= LineBreaker.STRETCH_LIMIT;
      double ratio = justify ? at.ratio() : 0;
      Line.Builder line = new Line.Builder();
      for (int i = start; i < at.position(); i++) {
        switch (items.get(i)) {
          case Item.Box box -> {
            for (int g = 0; g < box.glyphs().length; g++) {
              line.glyph(box.face(), box.size(), box.glyphs()[g], box.kerns()[g] * box.size() / 1000.0);
            }
            line.text(box.text());
          }
          case Item.Glue glue when !glue.fill() -> {
            double extra = ratio >= 0 ? ratio * glue.stretch() : ratio * glue.shrink();
            line.glyph(glue.face(), glue.size(), glue.face().program().glyph(SPACE), extra).text(" ");
          }
          case Item.Kern kern -> line.space(kern.width());
          default -> {}
        }
      }
      if (end instanceof Item.Penalty penalty && penalty.hyphen()) {
        line.glyph(penalty.face(), penalty.size(), penalty.face().program().glyph(SOFT_HYPHEN), 0).text("\u00AD");
      }
      lines.add(line.build(justify));
      start = at.position() + 1;
      while (start < items.size() && !(items.get(start) instanceof Item.Box)
          && !(items.get(start) instanceof Item.Penalty p && p.cost() <= -Item.INFINITE)) {
        start++;
      }
    }
    return lines;
  }

  /**
   * The items of one word: its boxes, and the places it may break with what breaking there costs.
   * A word in one face and size that fits the line is set once per process: most words of a
   * campaign's letters recur, and finding a word's glyphs, kerning and hyphenation points was a
   * tenth of a letter's CPU.
   */
  private static final class Word {
    private static final int CACHED = 16_384;
    private static final Map<Shape, Setting> SET = new ConcurrentHashMap<>();

    /** A word as the cache knows it; written out for the reason {@link Run#equals} gives. */
    private record Shape(String text, Face face, float size, boolean hyphenate) {
      @Override
      public boolean equals(Object other) {
        return other instanceof Shape shape && face == shape.face && hyphenate == shape.hyphenate
            && Float.compare(size, shape.size) == 0 && text.equals(shape.text);
      }

      @Override
      public int hashCode() {
        return ((text.hashCode() * 31 + face.ordinal()) * 31 + Float.hashCode(size)) * 2 + (hyphenate ? 1 : 0);
      }
    }

    /** A word set: its natural width, and its items when that fits the line (no emergency breaks). */
    private record Setting(float width, List<Item> items) {}

    private Word() {}

    static void items(List<Letter> word, float measure, boolean hyphenate, List<Item> items) throws DiagnosticException {
      Shape shape = shape(word, hyphenate);
      Setting set = shape == null ? null : SET.get(shape);
      if (set != null && set.width() <= measure) {
        items.addAll(set.items());
        return;
      }
      int from = items.size();
      float width = set(word, measure, hyphenate, items);
      if (shape != null && width <= measure) {
        if (SET.size() >= CACHED) {
          SET.clear();
        }
        SET.put(shape, new Setting(width, List.copyOf(items.subList(from, items.size()))));
      }
    }

    /** The word as the cache knows it, or null if it changes face or size on the way. */
    private static Shape shape(List<Letter> word, boolean hyphenate) {
      Letter first = word.getFirst();
      StringBuilder text = new StringBuilder(word.size());
      for (Letter letter : word) {
        if (!sameStyle(first, letter)) {
          return null;
        }
        text.appendCodePoint(letter.codePoint());
      }
      return new Shape(text.toString(), first.face(), first.size(), hyphenate);
    }

    /** Adds the items of {@code word} to {@code items}; returns its natural width. */
    private static float set(List<Letter> word, float measure, boolean hyphenate, List<Item> items)
        throws DiagnosticException {
      List<Letter> shown = new ArrayList<>(word.size());
      List<Integer> soft = new ArrayList<>();
      for (Letter letter : word) {
        if (letter.codePoint() == SOFT_HYPHEN) {
          soft.add(shown.size());
        } else {
          glyph(letter, word);
          shown.add(letter);
        }
      }
      int n = shown.size();
      if (n == 0) {
        return 0f;
      }
      int[] glyphs = new int[n];
      int[] kerns = new int[n];
      float width = 0;
      for (int k = 0; k < n; k++) {
        Letter letter = shown.get(k);
        glyphs[k] = letter.face().program().glyph(letter.codePoint());
        if (k > 0 && sameStyle(shown.get(k - 1), letter)) {
          kerns[k - 1] = letter.face().program().kern(glyphs[k - 1], glyphs[k]);
        }
      }
      for (int k = 0; k < n; k++) {
        Letter letter = shown.get(k);
        width += (letter.face().program().width(glyphs[k]) + kerns[k]) * letter.size() / 1000f;
      }
      int[] codePoints = new int[n];
      for (int k = 0; k < n; k++) {
        codePoints[k] = shown.get(k).codePoint();
      }
      Item.Penalty.Kind[] breaks = Breaks.of(codePoints, soft, hyphenate);
      if (width > measure) {
        for (int k = 1; k < n; k++) {
          breaks[k] = breaks[k] == null ? Item.Penalty.Kind.EMERGENCY : breaks[k];
        }
      }
      add(shown, glyphs, kerns, breaks, items);
      return width;
    }

    private static boolean sameStyle(Letter a, Letter b) {
      return a.face() == b.face() && a.size() == b.size();
    }

    private static void add(List<Letter> shown, int[] glyphs, int[] kerns, Item.Penalty.Kind[] breaks, List<Item> items) {
      int from = 0;
      for (int k = 1; k <= shown.size(); k++) {
        boolean end = k == shown.size();
        if (!end && breaks[k] == null && sameStyle(shown.get(k - 1), shown.get(k))) {
          continue;
        }
        Letter first = shown.get(from);
        int[] kept = Arrays.copyOfRange(kerns, from, k);
        // The kerning after a box's last glyph belongs between it and the next: a kern item.
        int kernAfter = kept[kept.length - 1];
        kept[kept.length - 1] = 0;
        float width = 0;
        for (int g = from; g < k; g++) {
          width += (first.face().program().width(glyphs[g]) + kept[g - from]) * first.size() / 1000f;
        }
        StringBuilder text = new StringBuilder(k - from);
        for (int g = from; g < k; g++) {
          text.appendCodePoint(shown.get(g).codePoint());
        }
        items.add(new Item.Box(first.face(), first.size(), Arrays.copyOfRange(glyphs, from, k), kept, width,
            text.toString()));
        if (!end && breaks[k] != null) {
          Letter before = shown.get(k - 1);
          items.add(penalty(breaks[k], before));
        }
        if (!end && kernAfter != 0) {
          items.add(new Item.Kern(kernAfter * first.size() / 1000f));
        }
        from = k;
      }
    }

    private static Item.Penalty penalty(Item.Penalty.Kind kind, Letter before) {
      return switch (kind) {
        case HYPHENATION -> new Item.Penalty(
            before.face().program().width(before.face().program().glyph(SOFT_HYPHEN)) * before.size() / 1000f,
            HYPHEN_COST, true, kind, before.face(), before.size());
        case EXPLICIT_HYPHEN -> new Item.Penalty(0f, HYPHEN_COST, true, kind, before.face(), before.size());
        default -> new Item.Penalty(0f, EMERGENCY_COST, false, kind, before.face(), before.size());
      };
    }

    /** Refuses a character the house font cannot draw: no letter goes out with a silent gap. */
    private static void glyph(Letter letter, List<Letter> word) throws DiagnosticException {
      if (letter.face().program().glyph(letter.codePoint()) != 0) {
        return;
      }
      StringBuilder text = new StringBuilder();
      word.forEach(l -> text.appendCodePoint(l.codePoint()));
      throw new DiagnosticException(Diagnostic.error(null, HouseFont.refusal(letter.codePoint(), text.toString())));
    }
  }
}

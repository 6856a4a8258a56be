package letters.layout;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A TrueType font file, read for what laying out and embedding need: the character map, each
 * glyph's advance, the kerning pairs of its {@code kern} table, the metrics a font descriptor
 * states, and where each glyph's outline lies (and which glyphs a composite one is built from), so
 * that {@link FontSubset} can copy out the glyphs a document uses. Widths and kerning are held in
 * thousandths of an em, rounded as the PDF's width array states them, so that what the layout
 * measures is exactly what a viewer draws.
 */
final class FontProgram {
  private final byte[] data;
  private final Map<String, int[]> tables;
  final String postScriptName;
  final int unitsPerEm;
  final int numGlyphs;
  final int numberOfHMetrics;
  /** The font's bounding box, ascender, descender and capital height, in thousandths of an em. */
  final int[] boundingBox;
  final int ascent;
  final int descent;
  final int capHeight;
  final float italicAngle;
  final int weight;
  private final int[] widths;
  private final char[] basicPlane = new char[0x10000];
  private final Map<Integer, Integer> otherPlanes = new HashMap<>();
  private final int[] codePoints;
  private final int[] kernPairs;
  private final int[] kernValues;
  private final int[] locations;

  private FontProgram(byte[] data, String file) {
    this.data = data;
    this.tables = directory(ByteBuffer.wrap(data), file);
    ByteBuffer head = table("head");
    unitsPerEm = head.getShort(18) & 0xFFFF;
    boundingBox = new int[] {
      thousandths(head.getShort(36)), thousandths(head.getShort(38)),
      thousandths(head.getShort(40)), thousandths(head.getShort(42))
    };
    boolean longOffsets = head.getShort(50) != 0;
    numGlyphs = table("maxp").getShort(4) & 0xFFFF;
    ByteBuffer hhea = table("hhea");
    ascent = thousandths(hhea.getShort(4));
    descent = thousandths(hhea.getShort(6));
    numberOfHMetrics = hhea.getShort(34) & 0xFFFF;
    ByteBuffer os2 = table("OS/2");
    weight = os2.getShort(4) & 0xFFFF;
    capHeight = (os2.getShort(0) & 0xFFFF) >= 2 ? thousandths(os2.getShort(88)) : ascent;
    italicAngle = table("post").getInt(4) / 65536f;
    postScriptName = postScriptName(table("name"), file);
    widths = widths(table("hmtx"));
    readCharacterMap(table("cmap"));
    codePoints = codePoints();
    int[][] kerning = kerning();
    kernPairs = kerning[0];
    kernValues = kerning[1];
    locations = locations(table("loca"), longOffsets);
  }

  /** Reads {@code data}; {@code file} names it in any complaint. */
  static FontProgram parse(byte[] data, String file) {
    try {
      return new FontProgram(data, file);
    } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
      throw new IllegalStateException("font " + file + " is truncated or malformed", e);
    }
  }

  private static Map<String, int[]> directory(ByteBuffer in, String file) {
    int version = in.getInt(0);
    if (version != 0x00010000 && version != 0x74727565) {
      throw new IllegalStateException("font " + file + " is not a TrueType font");
    }
    int count = in.getShort(4) & 0xFFFF;
    Map<String, int[]> tables = new HashMap<>();
    for (int i = 0; i < count; i++) {
      int entry = 12 + 16 * i;
      String tag = new String(new byte[] {in.get(entry), in.get(entry + 1), in.get(entry + 2), in.get(entry + 3)},
          StandardCharsets.US_ASCII);
      tables.put(tag, new int[] {in.getInt(entry + 8), in.getInt(entry + 12)});
    }
    for (String required : new String[] {"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf", "OS/2", "post", "name"}) {
      if (!tables.containsKey(required)) {
        throw new IllegalStateException("font " + file + " has no '" + required + "' table");
      }
    }
    return tables;
  }

  /** The table {@code tag}, positioned at its start, or null when the font has none. */
  ByteBuffer table(String tag) {
    int[] where = tables.get(tag);
    return where == null ? null : ByteBuffer.wrap(data, where[0], where[1]).slice();
  }

  /** The bytes of table {@code tag}, or null when the font has none. */
  byte[] tableBytes(String tag) {
    int[] where = tables.get(tag);
    return where == null ? null : Arrays.copyOfRange(data, where[0], where[0] + where[1]);
  }

  private int thousandths(int units) {
    return Math.round(units * 1000f / unitsPerEm);
  }

  /** The glyph that draws {@code codePoint}, or 0 when the font has none. */
  int glyph(int codePoint) {
    if (codePoint < 0x10000) {
      return basicPlane[codePoint];
    }
    return otherPlanes.getOrDefault(codePoint, 0);
  }

  /** The character a glyph stands for in extracted text: the lowest that maps to it, or -1. */
  int codePoint(int glyph) {
    return glyph < codePoints.length ? codePoints[glyph] : -1;
  }

  /** A glyph's advance in thousandths of an em. */
  int width(int glyph) {
    return widths[glyph];
  }

  /** The kerning between two glyphs, in thousandths of an em (negative: closer), 0 when none. */
  int kern(int left, int right) {
    if (kernPairs.length == 0) {
      return 0;
    }
    int at = Arrays.binarySearch(kernPairs, left << 16 | right);
    return at < 0 ? 0 : kernValues[at];
  }

  /** Where glyph {@code glyph}'s outline lies in the {@code glyf} table: offset and length. */
  int[] outline(int glyph) {
    return new int[] {locations[glyph], locations[glyph + 1] - locations[glyph]};
  }

  private int[] widths(ByteBuffer hmtx) {
    int[] all = new int[numGlyphs];
    int last = 0;
    for (int g = 0; g < numGlyphs; g++) {
      if (g < numberOfHMetrics) {
        last = hmtx.getShort(4 * g) & 0xFFFF;
      }
      all[g] = thousandths(last);
    }
    return all;
  }

  private static String postScriptName(ByteBuffer name, String file) {
    int count = name.getShort(2) & 0xFFFF;
    int strings = name.getShort(4) & 0xFFFF;
    for (int i = 0; i < count; i++) {
      int record = 6 + 12 * i;
      int platform = name.getShort(record) & 0xFFFF;
      int id = name.getShort(record + 6) & 0xFFFF;
      int length = name.getShort(record + 8) & 0xFFFF;
      int offset = strings + (name.getShort(record + 10) & 0xFFFF);
      if (id == 6) {
        byte[] bytes = new byte[length];
        name.get(offset, bytes);
        return new String(bytes, platform == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
      }
    }
    throw new IllegalStateException("font " + file + " has no PostScript name");
  }

  /** Fills the character map from the Unicode subtable: format 12 if the font has one, else 4. */
  private void readCharacterMap(ByteBuffer cmap) {
    int count = cmap.getShort(2) & 0xFFFF;
    int basic = -1;
    int full = -1;
    for (int i = 0; i < count; i++) {
      int platform = cmap.getShort(4 + 8 * i) & 0xFFFF;
      int encoding = cmap.getShort(6 + 8 * i) & 0xFFFF;
      int offset = cmap.getInt(8 + 8 * i);
      int format = cmap.getShort(offset) & 0xFFFF;
      if (format == 12 && (platform == 3 && encoding == 10 || platform == 0)) {
        full = offset;
      } else if (format == 4 && (platform == 3 && encoding == 1 || platform == 0)) {
        basic = offset;
      }
    }
    if (full >= 0) {
      readFormat12(cmap, full);
    } else if (basic >= 0) {
      readFormat4(cmap, basic);
    } else {
      throw new IllegalStateException("font " + postScriptName + " has no Unicode character map");
    }
  }

  private void readFormat4(ByteBuffer cmap, int offset) {
    int segments = (cmap.getShort(offset + 6) & 0xFFFF) / 2;
    int ends = offset + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int ranges = deltas + 2 * segments;
    for (int s = 0; s < segments; s++) {
      int end = cmap.getShort(ends + 2 * s) & 0xFFFF;
      int start = cmap.getShort(starts + 2 * s) & 0xFFFF;
      int delta = cmap.getShort(deltas + 2 * s);
      int range = cmap.getShort(ranges + 2 * s) & 0xFFFF;
      for (int c = start; c <= end && c != 0xFFFF; c++) {
        int glyph;
        if (range == 0) {
          glyph = (c + delta) & 0xFFFF;
        } else {
          int at = ranges + 2 * s + range + 2 * (c - start);
          glyph = cmap.getShort(at) & 0xFFFF;
          glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }
        basicPlane[c] = (char) (glyph < numGlyphs ? glyph : 0);
      }
    }
  }

  private void readFormat12(ByteBuffer cmap, int offset) {
    int groups = cmap.getInt(offset + 12);
    for (int g = 0; g < groups; g++) {
      int at = offset + 16 + 12 * g;
      int start = cmap.getInt(at);
      int end = cmap.getInt(at + 4);
      int glyph = cmap.getInt(at + 8);
      for (int c = start; c <= end; c++, glyph++) {
        int mapped = glyph < numGlyphs ? glyph : 0;
        if (c < 0x10000) {
          basicPlane[c] = (char) mapped;
        } else {
          otherPlanes.put(c, mapped);
        }
      }
    }
  }

  private int[] codePoints() {
    int[] reverse = new int[numGlyphs];
    Arrays.fill(reverse, -1);
    for (int c = 0x10000 - 1; c >= 0; c--) {
      if (basicPlane[c] != 0) {
        reverse[basicPlane[c]] = c;
      }
    }
    otherPlanes.forEach((c, g) -> {
      if (g != 0 && reverse[g] < 0) {
        reverse[g] = c;
      }
    });
    return reverse;
  }

  /** The horizontal pairs of a version 0 {@code kern} table's format 0 subtables, sorted. */
  private int[][] kerning() {
    ByteBuffer kern = table("kern");
    if (kern == null || kern.getShort(0) != 0) {
      return new int[][] {new int[0], new int[0]};
    }
    Map<Integer, Integer> pairs = new HashMap<>();
    int tables = kern.getShort(2) & 0xFFFF;
    int at = 4;
    for (int t = 0; t < tables; t++) {
      int length = kern.getShort(at + 2) & 0xFFFF;
      int coverage = kern.getShort(at + 4) & 0xFFFF;
      boolean horizontal = (coverage & 1) != 0 && (coverage & 0x6) == 0;
      if (coverage >> 8 == 0 && horizontal) {
        int count = kern.getShort(at + 6) & 0xFFFF;
        for (int p = 0; p < count; p++) {
          int pair = at + 14 + 6 * p;
          int key = (kern.getShort(pair) & 0xFFFF) << 16 | (kern.getShort(pair + 2) & 0xFFFF);
          pairs.merge(key, thousandths(kern.getShort(pair + 4)), Integer::sum);
        }
      }
      at += length;
    }
    int[] keys = pairs.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] values = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = pairs.get(keys[i]);
    }
    return new int[][] {keys, values};
  }

  private int[] locations(ByteBuffer loca, boolean longOffsets) {
    int[] offsets = new int[numGlyphs + 1];
    for (int g = 0; g <= numGlyphs; g++) {
      offsets[g] = longOffsets ? loca.getInt(4 * g) : (loca.getShort(2 * g) & 0xFFFF) * 2;
    }
    return offsets;
  }

  /** The glyphs composite glyph {@code glyph} is built from (none for a simple glyph). */
  int[] components(int glyph) {
    int[] where = outline(glyph);
    if (where[1] == 0) {
      return new int[0];
    }
    ByteBuffer glyf = table("glyf");
    int at = where[0];
    if (glyf.getShort(at) >= 0) {
      return new int[0];
    }
    int[] found = new int[4];
    int count = 0;
    at += 10;
    int flags;
    do {
      flags = glyf.getShort(at) & 0xFFFF;
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      found[count++] = glyf.getShort(at + 2) & 0xFFFF;
      at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
      if ((flags & 0x0008) != 0) {
        at += 2;
      } else if ((flags & 0x0040) != 0) {
        at += 4;
      } else if ((flags & 0x0080) != 0) {
        at += 8;
      }
    } while ((flags & 0x0020) != 0);
    return Arrays.copyOf(found, count);
  }
}

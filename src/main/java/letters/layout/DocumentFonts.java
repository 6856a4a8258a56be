package letters.layout;

import java.io.IOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The fonts of one document: which glyphs of each face its pages use, and, once the last page is
 * done, each face embedded as a subset (a Type 0 font over a CIDFontType2 with CIDToGIDMap
 * Identity, a width array and a ToUnicode map). No CIDSet is written: PDF/A-2 does not ask for
 * one, and a partial one is what failed PDF/UA before. What a subset costs to make (cutting the
 * program, compressing it, the widths and the character map) is done once per process for each
 * glyph set met, since most letters of a campaign use the same glyphs.
 */
final class DocumentFonts {
  private static final int CACHED = 256;
  private static final Map<Key, Encoded> ENCODED = new ConcurrentHashMap<>();

  private record Key(Face face, BitSet glyphs) {}

  /**
   * A subset ready to write: its program compressed, its ToUnicode map, and its three dictionaries
   * written but for the references at their ends, which differ from document to document.
   */
  private record Encoded(byte[] program, int length, byte[] toUnicode, byte[] font, byte[] descendant,
      byte[] descriptor) {}

  private final Map<Face, BitSet> used = new EnumMap<>(Face.class);
  private final Map<Face, Integer> objects = new EnumMap<>(Face.class);
  /** The programs written ahead of the pages: the glyphs each holds, and its object. */
  private final Map<Face, Ahead> ahead = new EnumMap<>(Face.class);

  private record Ahead(BitSet glyphs, int file) {}

  /** Records that {@code glyphs} of {@code face} are drawn; returns the font's object number. */
  int use(ObjectWriter writer, Face face, BitSet glyphs) {
    used.computeIfAbsent(face, f -> new BitSet()).or(glyphs);
    return objects.computeIfAbsent(face, f -> writer.reserve());
  }

  /** The faces used so far, each with its font's object number. */
  Map<Face, Integer> objects() {
    return objects;
  }

  /** Writes the program of every face used so far, to be referred to at the end if no glyph is added. */
  void writeAhead(ObjectWriter writer) throws IOException {
    for (Map.Entry<Face, BitSet> face : used.entrySet()) {
      BitSet glyphs = (BitSet) face.getValue().clone();
      int file = writer.reserve();
      program(writer, file, encoded(face.getKey(), glyphs));
      ahead.put(face.getKey(), new Ahead(glyphs, file));
    }
  }

  private static void program(ObjectWriter writer, int file, Encoded encoded) throws IOException {
    PdfSyntax length1 = new PdfSyntax(16).name("Length1").space().number(encoded.length());
    writer.stream(file, length1, encoded.program(), encoded.program().length, "FlateDecode");
  }

  /** Writes every face used: font, descendant font, descriptor, program and ToUnicode map. */
  void write(ObjectWriter writer) throws IOException {
    for (Map.Entry<Face, Integer> font : objects.entrySet()) {
      Encoded encoded = encoded(font.getKey(), used.get(font.getKey()));
      int descendant = writer.reserve();
      int descriptor = writer.reserve();
      Ahead written = ahead.get(font.getKey());
      boolean whole = written != null && written.glyphs().equals(used.get(font.getKey()));
      int file = whole ? written.file() : writer.reserve();
      int toUnicode = writer.reserve();
      writer.begin(font.getValue()).bytes(encoded.font()).reference(descendant).ascii("]")
          .name("ToUnicode").space().reference(toUnicode).ascii(">>");
      writer.end();
      writer.begin(descendant).bytes(encoded.descendant()).reference(descriptor).ascii(">>");
      writer.end();
      writer.begin(descriptor).bytes(encoded.descriptor()).reference(file).ascii(">>");
      writer.end();
      if (!whole) {
        program(writer, file, encoded);
      }
      writer.stream(toUnicode, null, encoded.toUnicode(), encoded.toUnicode().length, "FlateDecode");
    }
  }

  private static Encoded encoded(Face face, BitSet glyphs) {
    Key key = new Key(face, (BitSet) glyphs.clone());
    Encoded encoded = ENCODED.get(key);
    if (encoded == null) {
      encoded = encode(face, key.glyphs());
      if (ENCODED.size() >= CACHED) {
        ENCODED.clear();
      }
      ENCODED.put(key, encoded);
    }
    return encoded;
  }

  private static Encoded encode(Face face, BitSet glyphs) {
    FontProgram program = face.program();
    byte[] subset = FontSubset.program(program, FontSubset.closure(program, glyphs));
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      byte[] compressed = ObjectWriter.deflate(subset, subset.length, deflater);
      PdfSyntax map = toUnicode(program, glyphs);
      byte[] toUnicode = ObjectWriter.deflate(map.buffer(), map.size(), deflater);
      String name = prefix(face, glyphs) + "+" + program.postScriptName;
      return new Encoded(compressed, subset.length, toUnicode,
          new PdfSyntax(128).ascii("<<").name("Type").name("Font").name("Subtype").name("Type0")
              .name("BaseFont").name(name).name("Encoding").name("Identity-H").name("DescendantFonts").ascii("[")
              .toByteArray(),
          new PdfSyntax(256 + 5 * glyphs.cardinality()).ascii("<<").name("Type").name("Font")
              .name("Subtype").name("CIDFontType2").name("BaseFont").name(name)
              .name("CIDSystemInfo").ascii("<<").name("Registry").ascii("(Adobe)").name("Ordering")
              .ascii("(Identity)").name("Supplement").ascii(" 0>>").name("CIDToGIDMap").name("Identity")
              .name("DW").ascii(" 1000").name("W").bytes(widths(program, glyphs)).name("FontDescriptor").space()
              .toByteArray(),
          descriptor(face, name));
    } finally {
      deflater.end();
    }
  }

  /** The font descriptor's entries, up to the reference to its program. */
  private static byte[] descriptor(Face face, String name) {
    FontProgram program = face.program();
    PdfSyntax body = new PdfSyntax(256).ascii("<<").name("Type").name("FontDescriptor")
        .name("FontName").name(name).name("Flags").space().number(face.italic() ? 96 : 32)
        .name("FontBBox").ascii("[");
    for (int i = 0; i < 4; i++) {
      body.number(program.boundingBox[i]).space();
    }
    return body.ascii("]").name("ItalicAngle").space().number(program.italicAngle)
        .name("Ascent").space().number(program.ascent).name("Descent").space().number(program.descent)
        .name("CapHeight").space().number(program.capHeight)
        .name("StemV").space().number(program.weight >= 600 ? 140 : 80)
        .name("FontFile2").space().toByteArray();
  }

  /** Six capital letters named after the glyph set, so that the same letter gives the same bytes. */
  private static String prefix(Face face, BitSet glyphs) {
    CRC32 crc = new CRC32();
    crc.update(face.ordinal());
    crc.update(glyphs.toByteArray());
    long rest = crc.getValue();
    StringBuilder letters = new StringBuilder(6);
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('A' + rest % 26));
      rest /= 26;
    }
    return letters.toString();
  }

  /** The W array: runs of consecutive glyphs, each run as its first glyph and its widths. */
  private static byte[] widths(FontProgram program, BitSet glyphs) {
    PdfSyntax w = new PdfSyntax(glyphs.cardinality() * 5 + 8).ascii("[");
    for (int g = glyphs.nextSetBit(0); g >= 0; ) {
      w.number(g).ascii("[");
      int end = glyphs.nextClearBit(g);
      for (int i = g; i < end; i++) {
        w.number(program.width(i)).ascii(i + 1 < end ? " " : "");
      }
      w.ascii("]");
      g = glyphs.nextSetBit(end);
    }
    return w.ascii("]").toByteArray();
  }

  /** The ToUnicode map: each glyph's code (its number) to the character it stands for. */
  private static PdfSyntax toUnicode(FontProgram program, BitSet glyphs) {
    PdfSyntax map = new PdfSyntax(512 + glyphs.cardinality() * 16);
    map.ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .ascii("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .ascii("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .ascii("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    int[] codes = glyphs.stream().filter(g -> program.codePoint(g) >= 0).toArray();
    for (int start = 0; start < codes.length; start += 100) {
      int end = Math.min(codes.length, start + 100);
      map.number(end - start).ascii(" beginbfchar\n");
      for (int i = start; i < end; i++) {
        map.ascii('<').hex4(codes[i]).ascii("> <");
        for (char c : Character.toChars(program.codePoint(codes[i]))) {
          map.hex4(c);
        }
        map.ascii(">\n");
      }
      map.ascii("endbfchar\n");
    }
    return map.ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
  }
}

package letters.layout;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Cuts a TrueType font down to the glyphs a document uses, keeping every glyph at its number (so
 * that a PDF can name glyphs by number, CIDToGIDMap Identity) and emptying the outlines of the
 * rest. The glyphs a composite glyph is built from (the letter and the accent of "é") are kept
 * too: leaving them out is what made OpenPDF's subsets fail PDF/UA. The program keeps the tables a
 * PDF viewer reads: outlines, metrics and hinting.
 */
final class FontSubset {
  private static final String[] TABLES = {"cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"};

  private FontSubset() {}

  /** {@code used} with .notdef and every component of a composite glyph in it, recursively. */
  static BitSet closure(FontProgram font, BitSet used) {
    BitSet all = (BitSet) used.clone();
    all.set(0);
    Deque<Integer> open = new ArrayDeque<>();
    used.stream().forEach(open::push);
    while (!open.isEmpty()) {
      for (int component : font.components(open.pop())) {
        if (!all.get(component)) {
          all.set(component);
          open.push(component);
        }
      }
    }
    return all;
  }

  /** The font program holding the outlines of {@code glyphs} (as {@link #closure} made them). */
  static byte[] program(FontProgram font, BitSet glyphs) {
    int count = glyphs.length();
    ByteArrayOutputStream glyf = new ByteArrayOutputStream(32 * 1024);
    ByteBuffer loca = ByteBuffer.allocate(4 * (count + 1));
    ByteBuffer source = font.table("glyf");
    for (int g = 0; g < count; g++) {
      loca.putInt(glyf.size());
      if (glyphs.get(g)) {
        int[] outline = font.outline(g);
        byte[] bytes = new byte[outline[1]];
        source.get(outline[0], bytes);
        glyf.writeBytes(bytes);
        // Long offsets need no alignment, but glyphs on four-byte boundaries are the convention.
        glyf.writeBytes(new byte[(4 - bytes.length % 4) % 4]);
      }
    }
    loca.putInt(glyf.size());

    int metrics = Math.min(font.numberOfHMetrics, count);
    ByteBuffer hmtx = ByteBuffer.allocate(4 * metrics + 2 * (count - metrics));
    ByteBuffer sourceMetrics = font.table("hmtx");
    for (int g = 0; g < count; g++) {
      if (g < metrics) {
        hmtx.putInt(sourceMetrics.getInt(4 * g));
      } else {
        // Past the last full metric (only when the font has fewer metrics than glyphs kept): side bearings.
        hmtx.putShort(sourceMetrics.getShort(4 * font.numberOfHMetrics + 2 * (g - font.numberOfHMetrics)));
      }
    }

    byte[] head = font.tableBytes("head");
    ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1);
    byte[] hhea = font.tableBytes("hhea");
    ByteBuffer.wrap(hhea).putShort(34, (short) metrics);
    byte[] maxp = font.tableBytes("maxp");
    ByteBuffer.wrap(maxp).putShort(4, (short) count);

    byte[][] contents = {
      font.tableBytes("cvt "), font.tableBytes("fpgm"), glyf.toByteArray(), head, hhea, hmtx.array(),
      loca.array(), maxp, font.tableBytes("prep")
    };
    return assemble(contents);
  }

  /** The table directory and the tables, each padded to four bytes, with the checksums set. */
  private static byte[] assemble(byte[][] contents) {
    int present = 0;
    for (byte[] table : contents) {
      present += table == null ? 0 : 1;
    }
    int size = 12 + 16 * present;
    for (byte[] table : contents) {
      size += table == null ? 0 : padded(table.length);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int power = Integer.highestOneBit(present);
    out.putInt(0x00010000).putShort((short) present).putShort((short) (16 * power))
        .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (16 * present - 16 * power));
    int offset = 12 + 16 * present;
    int headOffset = 0;
    for (int i = 0; i < TABLES.length; i++) {
      byte[] table = contents[i];
      if (table == null) {
        continue;
      }
      out.put(TABLES[i].getBytes(StandardCharsets.US_ASCII)).putInt(checksum(table, 0, table.length))
          .putInt(offset).putInt(table.length);
      out.put(offset, table);
      if (TABLES[i].equals("head")) {
        headOffset = offset;
      }
      offset += padded(table.length);
    }
    byte[] bytes = out.array();
    out.putInt(headOffset + 8, 0xB1B0AFBA - checksum(bytes, 0, bytes.length));
    return bytes;
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }

  private static int checksum(byte[] bytes, int offset, int length) {
    int sum = 0;
    for (int i = 0; i < length; i += 4) {
      int word = 0;
      for (int b = 0; b < 4; b++) {
        word = word << 8 | (i + b < length ? bytes[offset + i + b] & 0xFF : 0);
      }
      sum += word;
    }
    return sum;
  }
}

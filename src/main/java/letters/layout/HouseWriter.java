package letters.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfDocument;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfIndirectObject;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A PDF writer that compresses each distinct embedded font program once per process rather than
 * once per letter. OpenPDF subsets and deflates every face anew for each document, which was half
 * the cost of a letter; the house fonts ask it for a stored (uncompressed) stream, which is cheap,
 * and this writer swaps in the compressed copy it made the first time it met the same subset. Most
 * letters of a campaign use the same glyphs, so most letters find their fonts here.
 *
 * <p>It also names each subset after its content ({@code ABCDEF+LiberationSans}, the six letters
 * from the program's checksum) instead of OpenPDF's random letters, so the same letter gives the same
 * bytes.
 */
final class HouseWriter extends PdfWriter {
  /** The font programs the house fonts produce are handed over stored, and compressed here. */
  static final int FONT_COMPRESSION = Deflater.NO_COMPRESSION;

  /**
   * The programs met most recently, by checksum and length. A hit is confirmed byte for byte, so
   * two subsets that happen to share a checksum never share a program.
   */
  private static final int CACHED_PROGRAMS = 64;
  private static final Map<Long, Program> PROGRAMS = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Program> eldest) {
      return size() > CACHED_PROGRAMS;
    }
  };

  /** A font program as OpenPDF stored it, and compressed. */
  private record Program(byte[] stored, byte[] deflated) {}

  private static final Pattern SUBSET_NAME = Pattern.compile("[A-Z]{6}\\+");

  /** The subset prefix of the font program written last; its dictionaries follow it. */
  private String prefix;

  /**
   * Gives the document an ID derived from {@code content} (its text and metadata), so that the
   * same letter gets the same ID rather than one made from the clock.
   */
  void setDocumentId(String content) {
    byte[] id;
    try {
      id = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  /** The ID rides in the information dictionary to the trailer, but is not written into it. */
  @Override
  public PdfIndirectObject addToBody(PdfObject object, boolean inObjStm) throws IOException {
    if (object == getInfo() && getInfo().contains(PdfName.FILEID)) {
      PdfDictionary info = new PdfDictionary();
      info.merge(getInfo());
      info.remove(PdfName.FILEID);
      return super.addToBody(info, inObjStm);
    }
    return super.addToBody(object, inObjStm);
  }

  private HouseWriter(PdfDocument pdf, OutputStream out) {
    super(pdf, out);
  }

  /** What {@link PdfWriter#getInstance(Document, OutputStream)} does, with this writer. */
  static HouseWriter open(Document document, OutputStream out) throws DocumentException {
    PdfDocument pdf = new PdfDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    pdf.setGlyphLayoutManager(document.getGlyphLayoutManager());
    document.addDocListener(pdf);
    HouseWriter writer = new HouseWriter(pdf, out);
    pdf.addWriter(writer);
    return writer;
  }

  @Override
  public PdfIndirectObject addToBody(PdfObject object) throws IOException {
    if (object instanceof PdfStream stream && stream.get(PdfName.LENGTH1) != null) {
      return super.addToBody(compressed(stream));
    }
    if (object instanceof PdfDictionary font) {
      rename(font);
    }
    return super.addToBody(object);
  }

  /** OpenPDF adds a font's top dictionary last, by reference; the font is complete then. */
  @Override
  public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference ref) throws IOException {
    if (object instanceof PdfDictionary font && prefix != null) {
      rename(font);
      prefix = null;
    }
    return super.addToBody(object, ref);
  }

  private void rename(PdfDictionary font) {
    if (prefix == null) {
      return;
    }
    for (PdfName key : List.of(PdfName.FONTNAME, PdfName.BASEFONT)) {
      PdfName name = font.getAsName(key);
      if (name != null) {
        String text = PdfName.decodeName(name.toString());
        if (SUBSET_NAME.matcher(text).lookingAt()) {
          font.put(key, new PdfName(prefix + text.substring(6)));
        }
      }
    }
  }

  /** The font program {@code stored} holds, as a stream compressed at the best level. */
  private PdfStream compressed(PdfStream stored) throws IOException {
    ByteArrayOutputStream content = new ByteArrayOutputStream(64 * 1024);
    stored.writeContent(content);
    byte[] zlib = content.toByteArray();
    CRC32C checksum = new CRC32C();
    checksum.update(zlib);
    long key = checksum.getValue() << 32 | zlib.length;
    prefix = subsetPrefix(key);
    Program program;
    synchronized (PROGRAMS) {
      program = PROGRAMS.get(key);
    }
    if (program == null || !Arrays.equals(program.stored(), zlib)) {
      program = new Program(zlib, deflate(inflate(zlib, stored.getAsNumber(PdfName.LENGTH1).intValue())));
      synchronized (PROGRAMS) {
        PROGRAMS.put(key, program);
      }
    }
    PdfStream compressed = new PdfStream(program.deflated());
    compressed.put(PdfName.FILTER, PdfName.FLATEDECODE);
    compressed.put(PdfName.LENGTH1, stored.get(PdfName.LENGTH1));
    return compressed;
  }

  /** Six capital letters from the program's checksum. */
  private static String subsetPrefix(long key) {
    StringBuilder letters = new StringBuilder(6);
    long rest = key >>> 32;
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('A' + rest % 26));
      rest /= 26;
    }
    return letters.toString();
  }

  private static byte[] inflate(byte[] zlib, int length) throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(zlib);
      byte[] raw = new byte[length];
      int read = inflater.inflate(raw);
      if (read != length || !inflater.finished()) {
        throw new IOException("a font program is " + read + " bytes long, not " + length);
      }
      return raw;
    } catch (DataFormatException e) {
      throw new IOException("a font program is not a zlib stream: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  private static byte[] deflate(byte[] raw) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(raw);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2);
      byte[] buffer = new byte[16 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}

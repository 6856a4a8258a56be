package letters.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Writes a PDF file's body as it goes: numbered objects in any order, each at its byte offset, then
 * the cross-reference table and trailer. Object numbers are handed out before their objects are
 * written, so a page can point at a font whose glyphs are only known at the end. A classic
 * cross-reference table (no object streams) keeps the file readable by every tool that signs or
 * checks it.
 */
final class ObjectWriter {
  /** Flushed to the stream when it holds this much, so that a bundle never sits in memory. */
  private static final int FLUSH_AT = 256 * 1024;

  /** Deflaters are costly to make and may not be shared between threads, so each thread keeps one. */
  private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));

  /** Where the file goes; null to keep it whole in memory (a letter) and take it with {@link #bytes}. */
  private final OutputStream out;
  private final PdfSyntax buffer;
  private long flushed;
  private long[] offsets = new long[64];
  private int next = 1;

  /**
   * A thread's buffer for letters kept in memory, reused from one letter to the next: making a
   * fresh one (and the machine zeroing it) cost as much as a tenth of a letter.
   */
  private static final ThreadLocal<PdfSyntax> SPARE = ThreadLocal.withInitial(() -> new PdfSyntax(128 * 1024));

  ObjectWriter(OutputStream out) throws IOException {
    this.out = out;
    PdfSyntax spare = out == null ? SPARE.get() : null;
    if (spare != null) {
      // Taken while in use: a nested document on this thread gets a buffer of its own.
      SPARE.remove();
      spare.clear();
    }
    this.buffer = spare != null ? spare : new PdfSyntax(out == null ? 128 * 1024 : FLUSH_AT + 64 * 1024);
    // PDF 1.7, and a comment of bytes above 127 so that tools treat the file as binary.
    buffer.ascii("%PDF-1.7\n%").bytes(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3}).newline();
  }

  /** A number for an object to be written later. */
  int reserve() {
    if (next == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[next] = -1;
    return next++;
  }

  private long position() {
    return flushed + buffer.size();
  }

  /** Starts object {@code number}; its body follows in {@link #body()}, then {@link #end()}. */
  PdfSyntax begin(int number) {
    if (offsets[number] != -1) {
      throw new IllegalStateException("object " + number + " written twice");
    }
    offsets[number] = position();
    return buffer.number(number).ascii(" 0 obj\n");
  }

  PdfSyntax body() {
    return buffer;
  }

  void end() throws IOException {
    buffer.ascii("\nendobj\n");
    if (out != null && buffer.size() >= FLUSH_AT) {
      flush();
    }
  }

  /** Writes a whole object whose body is {@code body}. */
  void object(int number, PdfSyntax body) throws IOException {
    begin(number).add(body);
    end();
  }

  /**
   * Writes a stream object: {@code dictionary} holds the entries besides Length and Filter, {@code
   * data} the bytes as they go in the file, compressed already when {@code filter} is given.
   */
  void stream(int number, PdfSyntax dictionary, byte[] data, int length, String filter) throws IOException {
    PdfSyntax body = begin(number).ascii("<<");
    if (dictionary != null) {
      body.add(dictionary);
    }
    if (filter != null) {
      body.name("Filter").name(filter);
    }
    body.name("Length").space().number(length).ascii(">>\nstream\n");
    body.bytes(data, 0, length).ascii("\nendstream");
    end();
  }

  /** Writes {@code content} as a stream deflated quickly (page content, the bundle's parts). */
  void deflated(int number, PdfSyntax dictionary, PdfSyntax content) throws IOException {
    byte[] compressed = deflate(content.buffer(), content.size(), DEFLATER.get());
    stream(number, dictionary, compressed, compressed.length, "FlateDecode");
  }

  /** {@code data} deflated by {@code deflater}, which is reset first. */
  static byte[] deflate(byte[] data, int length, Deflater deflater) {
    deflater.reset();
    deflater.setInput(data, 0, length);
    deflater.finish();
    byte[] out = new byte[Math.max(64, length / 3)];
    int size = 0;
    while (!deflater.finished()) {
      if (size == out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      size += deflater.deflate(out, size, out.length - size);
    }
    return Arrays.copyOf(out, size);
  }

  /** The cross-reference table and the trailer; every reserved object must have been written. */
  void finish(int catalog, int info, byte[] id) throws IOException {
    long xref = position();
    buffer.ascii("xref\n0 ").number(next).ascii("\n0000000000 65535 f \n");
    for (int i = 1; i < next; i++) {
      if (offsets[i] < 0) {
        throw new IllegalStateException("object " + i + " was reserved and never written");
      }
      String offset = Long.toString(offsets[i]);
      buffer.ascii("0000000000".substring(offset.length())).ascii(offset).ascii(" 00000 n \n");
      if (out != null && buffer.size() >= FLUSH_AT) {
        flush();
      }
    }
    buffer.ascii("trailer\n<<").name("Size").space().number(next)
        .name("Root").space().reference(catalog).name("Info").space().reference(info)
        .name("ID").ascii("[").hexString(id).hexString(id).ascii("]>>\nstartxref\n")
        .number(xref).ascii("\n%%EOF\n");
    if (out != null) {
      flush();
      out.flush();
    }
  }

  /** The whole file, when it was kept in memory. */
  byte[] bytes() {
    if (out != null) {
      throw new IllegalStateException("the file went to a stream");
    }
    byte[] file = buffer.toByteArray();
    buffer.clear();
    SPARE.set(buffer);
    return file;
  }

  private void flush() throws IOException {
    out.write(buffer.buffer(), 0, buffer.size());
    flushed += buffer.size();
    buffer.clear();
  }
}

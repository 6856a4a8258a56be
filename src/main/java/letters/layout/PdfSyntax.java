package letters.layout;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A growing run of bytes written in PDF's own syntax: names, numbers, strings and operators. Every
 * object and content stream of a document is put together here; it never formats through {@code
 * String.format}, which would cost more than the rest of a letter together.
 */
final class PdfSyntax {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private byte[] bytes;
  private int size;

  PdfSyntax(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** The bytes written so far, shared, not copied: valid until the next write. */
  byte[] buffer() {
    return bytes;
  }

  void clear() {
    size = 0;
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  PdfSyntax bytes(byte[] data) {
    return bytes(data, 0, data.length);
  }

  PdfSyntax bytes(byte[] data, int offset, int length) {
    room(length);
    System.arraycopy(data, offset, bytes, size, length);
    size += length;
    return this;
  }

  PdfSyntax add(PdfSyntax other) {
    return bytes(other.bytes, 0, other.size);
  }

  /** Text that is plain ASCII by construction: operators, keys, digits. */
  PdfSyntax ascii(String text) {
    int length = text.length();
    if (length > 8) {
      // The JDK copies a Latin-1 string's bytes in one go; a loop of charAt costs more.
      return bytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
    room(length);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  PdfSyntax ascii(char c) {
    room(1);
    bytes[size++] = (byte) c;
    return this;
  }

  PdfSyntax space() {
    return ascii(' ');
  }

  PdfSyntax newline() {
    return ascii('\n');
  }

  PdfSyntax number(long value) {
    if (value < 0) {
      ascii('-');
      value = -value;
    }
    room(20);
    int start = size;
    do {
      bytes[size++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value > 0);
    for (int i = start, j = size - 1; i < j; i++, j--) {
      byte swap = bytes[i];
      bytes[i] = bytes[j];
      bytes[j] = swap;
    }
    return this;
  }

  /** A real number to three decimals, trailing zeros dropped: {@code 12.5}, {@code -0.125}, {@code 3}. */
  PdfSyntax number(double value) {
    long thousandths = Math.round(value * 1000);
    if (thousandths < 0) {
      ascii('-');
      thousandths = -thousandths;
    }
    number(thousandths / 1000);
    int fraction = (int) (thousandths % 1000);
    if (fraction != 0) {
      ascii('.');
      int digits = 3;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      for (int divisor = digits == 3 ? 100 : digits == 2 ? 10 : 1; divisor > 0; divisor /= 10) {
        ascii((char) ('0' + fraction / divisor % 10));
      }
    }
    return this;
  }

  /** A name such as {@code /Type}; characters outside the regular set are written as {@code #xx}. */
  PdfSyntax name(String name) {
    byte[] known = NAMES.get(name);
    if (known != null) {
      return bytes(known);
    }
    int start = size;
    encodeName(name);
    if (NAMES.size() < MOST_NAMES) {
      NAMES.put(name, Arrays.copyOfRange(bytes, start, size));
    }
    return this;
  }

  /**
   * Names met before, written: a document's names are mostly the same few dozen keys and types,
   * and escaping them afresh each time was a tenth of a letter's cost.
   */
  private static final Map<String, byte[]> NAMES = new ConcurrentHashMap<>();
  private static final int MOST_NAMES = 4_096;

  private void encodeName(String name) {
    ascii('/');
    int length = name.length();
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        // Rare (a font or signatory named outside ASCII): escape the UTF-8 bytes of the rest.
        for (byte b : name.substring(i).getBytes(StandardCharsets.UTF_8)) {
          ascii('#').hex(b & 0xFF);
        }
        return;
      }
      if (IRREGULAR[c]) {
        ascii('#').hex(c);
      } else {
        ascii(c);
      }
    }
  }

  /** The ASCII characters a name must escape: delimiters, white space, controls and {@code #}. */
  private static final boolean[] IRREGULAR = new boolean[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      IRREGULAR[c] = c < 0x21 || c > 0x7E || "#()<>[]{}/%".indexOf(c) >= 0;
    }
  }

  PdfSyntax reference(int object) {
    return number(object).ascii(" 0 R");
  }

  /** Two hexadecimal digits. */
  PdfSyntax hex(int value) {
    room(2);
    bytes[size++] = HEX[value >> 4 & 0xF];
    bytes[size++] = HEX[value & 0xF];
    return this;
  }

  /** Four hexadecimal digits: a glyph code of a two-byte encoding. */
  PdfSyntax hex4(int value) {
    return hex(value >> 8).hex(value);
  }

  /**
   * A glyph code of a two-byte encoding inside a literal string: its two bytes as they are, but for
   * the three the string's syntax uses (escaped with a backslash) and the two line ends (written as
   * escapes, since a reader takes a bare carriage return for a line feed). Half the bytes of four
   * hexadecimal digits, which a page's content is mostly made of, so half the bytes to deflate.
   */
  PdfSyntax code2(int code) {
    room(4);
    literal(code >> 8 & 0xFF);
    literal(code & 0xFF);
    return this;
  }

  private void literal(int b) {
    switch (b) {
      case '(', ')', '\\' -> {
        bytes[size++] = '\\';
        bytes[size++] = (byte) b;
      }
      case '\r' -> {
        bytes[size++] = '\\';
        bytes[size++] = 'r';
      }
      case '\n' -> {
        bytes[size++] = '\\';
        bytes[size++] = 'n';
      }
      default -> bytes[size++] = (byte) b;
    }
  }

  /**
   * A text string as the document information, bookmarks and alternative texts hold them: plain
   * ASCII as a literal string, anything else as UTF-16 with its byte order mark.
   */
  PdfSyntax text(String text) {
    if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      ascii('(');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '(' || c == ')' || c == '\\') {
          ascii('\\');
        }
        ascii(c);
      }
      return ascii(')');
    }
    ascii("<FEFF");
    for (int i = 0; i < text.length(); i++) {
      hex4(text.charAt(i));
    }
    return ascii('>');
  }

  /** Bytes as a hexadecimal string, for the document ID. */
  PdfSyntax hexString(byte[] data) {
    ascii('<');
    for (byte b : data) {
      hex(b & 0xFF);
    }
    return ascii('>');
  }
}

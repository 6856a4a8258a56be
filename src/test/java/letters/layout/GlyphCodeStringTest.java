package letters.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.junit.jupiter.api.Test;

/**
 * Every glyph code, written as two bytes in a literal string, is read back as those two bytes by
 * PDFBox's content parser, which shares no code with ours: the string's delimiters, the backslash,
 * both line ends, byte 0 and the high bytes among them.
 */
class GlyphCodeStringTest {
  @Test
  void everyCodeReadsBackAsItsTwoBytes() throws Exception {
    PdfSyntax content = new PdfSyntax(1 << 20);
    for (int code = 0; code < 0x10000; code++) {
      content.ascii("[(").code2(code).ascii(")] TJ\n");
    }
    List<Object> tokens = new PDFStreamParser(content.toByteArray()).parse();
    List<COSString> strings = new ArrayList<>();
    for (Object token : tokens) {
      if (token instanceof COSArray array) {
        assertEquals(1, array.size());
        strings.add((COSString) array.getObject(0));
      } else {
        assertEquals("TJ", ((Operator) token).getName());
      }
    }
    assertEquals(0x10000, strings.size());
    for (int code = 0; code < 0x10000; code++) {
      assertArrayEquals(new byte[] {(byte) (code >> 8), (byte) code}, strings.get(code).getBytes(), "code " + code);
    }
  }

  @Test
  void aWholeLineOfCodesIsOneStringThatReadsBack() throws Exception {
    // The codes the syntax treats specially, one after another in one string, as a line sets them.
    int[] codes = {0x0028, 0x2929, 0x5C5C, 0x0A0D, 0x0D0A, 0x0000, 0xFFFF, 0x28FF, 0x5C28, 0x0029};
    PdfSyntax content = new PdfSyntax(64).ascii("[(");
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (int code : codes) {
      content.code2(code);
      expected.write(code >> 8);
      expected.write(code);
    }
    content.ascii(")] TJ");
    List<Object> tokens = new PDFStreamParser(content.toByteArray()).parse();
    assertEquals(2, tokens.size());
    assertArrayEquals(expected.toByteArray(), ((COSString) ((COSArray) tokens.get(0)).getObject(0)).getBytes());
  }
}

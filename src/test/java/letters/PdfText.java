package letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back as a reader's tools see it: its text, its fonts, its pages. */
final class PdfText {
  private PdfText() {}

  static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text a reader follows across pages: each page's text with its page number (the last line
   * of every page after the first) left out.
   */
  static String body(byte[] pdf) {
    StringBuilder body = new StringBuilder();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document).stripTrailing();
        if (page > 1) {
          int last = text.lastIndexOf('\n');
          String number = text.substring(last + 1).strip();
          if (!number.equals(String.valueOf(page))) {
            throw new AssertionError("page " + page + " does not end with its number: " + number);
          }
          text = text.substring(0, Math.max(0, last));
        }
        body.append(text).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return body.toString();
  }

  /** Every font used on any page, with whether its program is embedded. */
  static List<String> unembeddedFonts(byte[] pdf) {
    List<String> missing = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          if (!font.isEmbedded()) {
            missing.add(font.getName());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return missing;
  }

  static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Text with the differences that do not matter to a reader removed: runs of whitespace become one
   * space, typographic quotes become straight ones, and extraction noise of the seed files ({@code
   * <u>} tags, asterisks round italics) goes.
   */
  static String normalise(String text) {
    return text.replace("<u>", "")
        .replace("</u>", "")
        .replace("*", "")
        .replace('\u2018', '\'')
        .replace('\u2019', '\'')
        .replace('\u201C', '"')
        .replace('\u201D', '"')
        .replace('\u00A0', ' ')
        // A word with its own hyphen broken after it at the end of a line reads as one word.
        .replaceAll("(?<=\\p{L})-[ \\t]*\\n\\s*(?=\\p{Ll})", "-")
        .replaceAll("\\s+", " ")
        .strip();
  }
}

package letters.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSmartCopy;

/**
 * Puts letters already written one after another into one PDF for printing and review: a bookmark
 * per letter, and page labels that restart at 1 with each letter, as the letters' own page numbers
 * do. Letters are read one at a time from their files, so a bundle of thousands is not held in
 * memory; what the letters share (fonts, wordmark, signature) is stored once.
 */
public final class Bundle {
  /** One letter of the bundle: its bookmark's title and its PDF. */
  public record Part(String title, Path pdf) {}

  private Bundle() {}

  /** Writes the bundle of {@code parts}, in their order, to {@code out}; returns its page count. */
  public static int write(List<Part> parts, String title, OutputStream out) throws IOException {
    Document document = new Document();
    try {
      PdfCopy copy = new PdfSmartCopy(document, out);
      document.addTitle(title);
      document.addCreator("letters");
      document.open();
      List<Map<String, Object>> bookmarks = new ArrayList<>();
      PdfPageLabels labels = new PdfPageLabels();
      int first = 1;
      for (Part part : parts) {
        PdfReader reader = new PdfReader(part.pdf().toString());
        int pages = reader.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
          copy.addPage(copy.getImportedPage(reader, page));
        }
        copy.freeReader(reader);
        reader.close();
        bookmarks.add(bookmark(part.title(), first));
        labels.addPageLabel(first, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 1);
        first += pages;
      }
      copy.setOutlines(bookmarks);
      copy.setPageLabels(labels);
      document.close();
      return first - 1;
    } catch (DocumentException e) {
      throw new IOException("cannot bundle the letters: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> bookmark(String title, int page) {
    Map<String, Object> bookmark = new HashMap<>();
    bookmark.put("Title", title);
    bookmark.put("Action", "GoTo");
    bookmark.put("Page", page + " Fit");
    return bookmark;
  }
}

package letters.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import letters.compose.Letter;
import letters.load.DocumentWords;
import letters.load.SiteLabels;
import letters.overview.Overview;

/**
 * The published website's pages, rendered from the same composed letters and overview the PDFs
 * are made from, in the words of the campaign's {@code site} section. It also names where each
 * file of the site goes: the index, the stylesheet, the overview as {@code summary.csv} and the
 * wordmark at the top, and in {@code letters/} each letter's page with its PDF beside it.
 */
public final class Site {
  public static final String INDEX = "index.html";
  public static final String STYLESHEET = "style.css";
  public static final String SUMMARY = "summary.csv";
  /** The folder of the letters' pages and PDFs, and of the bundle. */
  public static final String LETTERS = "letters";

  private final LetterPage letterPage;
  private final IndexPage indexPage;
  private final String wordmark;

  private Site(Words words, String wordmark) {
    this.wordmark = wordmark;
    this.letterPage = new LetterPage(words, wordmark);
    this.indexPage = new IndexPage(words);
  }

  /**
   * The site of a campaign whose site's words are {@code labels}, whose documents say {@code
   * document} of themselves (language, the wordmark's text alternative), and whose wordmark is the
   * image {@code wordmark}.
   */
  public static Site of(SiteLabels labels, DocumentWords document, Path wordmark) {
    String name = wordmark.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return new Site(new Words(labels, document),
        "wordmark" + (dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT)));
  }

  /** The file name of the wordmark at the top of the site. */
  public String wordmark() {
    return wordmark;
  }

  /** The file name of the page of letter {@code id}, in {@link #LETTERS}. */
  public static String page(String id) {
    return id + ".html";
  }

  /** The page of one letter, whose PDF is the file {@code pdf} beside it. */
  public String letter(Letter letter, String pdf) {
    return letterPage.render(letter, pdf);
  }

  /** The index: the overview, linking each letter's page and {@code bundle}, a file in {@link #LETTERS}. */
  public String index(Overview overview, String bundle) {
    return indexPage.render(overview, bundle);
  }

  /** The stylesheet every page uses. */
  public static byte[] stylesheet() {
    try (InputStream css = Site.class.getResourceAsStream(STYLESHEET)) {
      if (css == null) {
        throw new IllegalStateException(STYLESHEET + " is missing from the tool's own files");
      }
      return css.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

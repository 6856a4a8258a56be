package letters.load;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Every word of the published website that is neither a letter's nor the overview's, from the
 * {@code site} section of the campaign file, so that another campaign's site needs no change to
 * the tool: its name, the index's introduction and headings, link texts, the skip link, and the
 * chart's text alternative. (Its language and the wordmark's text alternative are the {@code
 * document} section's, as in the PDFs.)
 *
 * @param title the site's name, at the top of every page
 * @param introduction the index's opening paragraphs, one per line
 * @param skipLink the text of the link that skips to each page's main content
 * @param letters the heading of the index's table of letters
 * @param chart the chart's text alternative, which the count lines follow
 * @param count the heading of the count column in the table beside the chart
 * @param downloads the heading of the index's downloads
 * @param summary the link text of the overview as a spreadsheet (summary.csv)
 * @param bundle the link text of the bundle of every letter
 * @param letter the link text of a letter's PDF, on its page
 * @param home the link text back to the index, on each letter's page
 */
public record SiteLabels(
    String title, String introduction, String skipLink, String letters, String chart, String count,
    String downloads, String summary, String bundle, String letter, String home) {

  /** The keys of the campaign file's {@code site} section, in the order of the components. */
  public static final List<String> KEYS =
      List.of(
          "title", "introduction", "skip_link", "letters", "chart", "count", "downloads", "summary", "bundle", "letter",
          "home");

  public SiteLabels {
    for (String label : List.of(
        title, introduction, skipLink, letters, chart, count, downloads, summary, bundle, letter, home)) {
      Objects.requireNonNull(label, "label");
    }
  }

  /** The labels in the order of {@link #KEYS}. */
  static SiteLabels of(List<String> labels) {
    return new SiteLabels(
        labels.get(0), labels.get(1), labels.get(2), labels.get(3), labels.get(4), labels.get(5), labels.get(6),
        labels.get(7), labels.get(8), labels.get(9), labels.get(10));
  }

  /** The introduction's paragraphs: its lines, blank ones left out. */
  public List<String> introductionParagraphs() {
    return Arrays.stream(introduction.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}

package letters.site;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import letters.overview.Overview;

/**
 * The letters-by-outcome chart as inline SVG: for each outcome its line as the overview's template
 * wrote it, and below it a bar (in the house teal, by the stylesheet) as long against the others
 * as its count is. Its text alternative is the campaign's description of the chart followed by
 * those lines; the same numbers stand in a table beside it. The bars' lengths are shares of the
 * chart's width and its text is in pixels, not scaled with the drawing, so that the lines stay
 * readable on a phone.
 */
final class Chart {
  private static final int ROW = 50;
  private static final int BAR = 18;
  private static final int FONT = 15;

  private Chart() {}

  static String svg(List<Overview.Count> counts, String description) {
    int most = counts.stream().mapToInt(Overview.Count::letters).max().orElse(0);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg role=\"img\" aria-labelledby=\"chart-title\" width=\"100%\" height=\"")
        .append(counts.size() * ROW).append("\">\n<title id=\"chart-title\">")
        .append(Html.escape(description + ": "
            + counts.stream().map(Overview.Count::line).collect(Collectors.joining("; "))))
        .append("</title>\n");
    for (int i = 0; i < counts.size(); i++) {
      Overview.Count count = counts.get(i);
      int top = i * ROW;
      String length = most == 0 ? "0" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count.letters() / most);
      svg.append("<text x=\"0\" y=\"").append(top + FONT + 2).append("\" font-size=\"").append(FONT)
          .append("\">").append(Html.escape(count.line())).append("</text>\n");
      svg.append("<rect x=\"0\" y=\"").append(top + FONT + 8).append("\" width=\"").append(length)
          .append("\" height=\"").append(BAR).append("\"/>\n");
    }
    return svg.append("</svg>\n").toString();
  }
}

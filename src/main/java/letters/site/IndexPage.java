package letters.site;

import java.util.List;
import letters.overview.Overview;

/**
 * The site's index, the national overview: its title and the campaign's introduction, the table of
 * records (each one's name a link to its letter's page), the letters-by-outcome chart with the same
 * numbers as a table, and the overview and the bundle of letters to download.
 */
final class IndexPage {
  private final Words words;

  IndexPage(Words words) {
    this.words = words;
  }

  String render(Overview overview, String bundle) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(Html.escape(overview.title())).append("</h1>\n");
    words.site().introductionParagraphs().forEach(p -> main.append("<p>").append(Html.escape(p)).append("</p>\n"));
    records(main, overview);
    counts(main, overview);
    main.append("<h2 id=\"downloads\">").append(Html.escape(words.site().downloads())).append("</h2>\n<ul class=\"downloads\">\n")
        .append(download(Site.SUMMARY, "text/csv", words.site().summary()))
        .append(download(Site.LETTERS + "/" + bundle, "application/pdf", words.site().bundle()))
        .append("</ul>\n");
    return Html.page(words, overview.title(), "", main.toString());
  }

  /**
   * The table of records, as wide as its columns need: on a narrow screen it scrolls within its own
   * box, which takes the keyboard's focus so that it can be scrolled without a mouse.
   */
  private void records(StringBuilder main, Overview overview) {
    main.append("<h2 id=\"letters\">").append(Html.escape(words.site().letters())).append("</h2>\n")
        .append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"letters\" tabindex=\"0\">\n")
        .append("<table class=\"records\">\n<thead>\n");
    row(main, overview.headings().stream().map(h -> "<th scope=\"col\">" + Html.escape(h) + "</th>").toList());
    main.append("</thead>\n<tbody>\n");
    for (Overview.Row row : overview.rows()) {
      List<String> cells = new java.util.ArrayList<>();
      cells.add("<th scope=\"row\"><a href=\"" + Site.LETTERS + "/" + Html.escape(Site.page(row.id())) + "\">"
          + Html.escape(row.cells().getFirst()) + "</a></th>");
      row.cells().subList(1, row.cells().size()).forEach(cell -> cells.add("<td>" + Html.escape(cell) + "</td>"));
      row(main, cells);
    }
    main.append("</tbody>\n</table>\n</div>\n");
  }

  private void counts(StringBuilder main, Overview overview) {
    // The overview's headings are the name, each finding, the outcome, then the sign-off.
    String outcome = overview.headings().get(overview.headings().size() - 2);
    main.append("<h2 id=\"by-outcome\">").append(Html.escape(overview.byOutcomeHeading())).append("</h2>\n")
        .append("<figure class=\"chart\">\n").append(Chart.svg(overview.byOutcome(), words.site().chart())).append("</figure>\n")
        .append("<table class=\"counts\" aria-labelledby=\"by-outcome\">\n<thead>\n");
    row(main, List.of("<th scope=\"col\">" + Html.escape(outcome) + "</th>",
        "<th scope=\"col\">" + Html.escape(words.site().count()) + "</th>"));
    main.append("</thead>\n<tbody>\n");
    for (Overview.Count count : overview.byOutcome()) {
      row(main, List.of("<th scope=\"row\">" + Html.escape(count.label()) + "</th>", "<td>" + count.letters() + "</td>"));
    }
    main.append("</tbody>\n</table>\n");
  }

  private static void row(StringBuilder main, List<String> cells) {
    main.append("<tr>");
    cells.forEach(main::append);
    main.append("</tr>\n");
  }

  private static String download(String href, String type, String text) {
    return "<li><a href=\"" + Html.escape(href) + "\" type=\"" + type + "\">" + Html.escape(text) + "</a></li>\n";
  }
}

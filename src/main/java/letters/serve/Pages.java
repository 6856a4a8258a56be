package letters.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import letters.Letters;
import letters.check.Gallery;
import letters.check.Explainer.Explanation;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.Result;
import letters.load.Campaign;
import letters.load.FindingDeclaration;
import letters.load.OverviewLabels;
import letters.load.Phrasebook;
import letters.load.Record;

/**
 * The preview's HTML: a shell per page that fetches its changing part and fetches it again on
 * every change the server reports, and those parts. Everything from records and templates is
 * escaped: it is shown, never run.
 */
final class Pages {
  private static final Path HERE = Path.of("").toAbsolutePath();

  private Pages() {}

  static String shell(String language, String title, String part) {
    return """
        <!doctype html>
        <html lang="%s"><head><meta charset="utf-8"><title>%s – letters preview</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>
          body { font: 15px/1.45 "Liberation Sans", Arial, sans-serif; margin: 0; color: #1f2328; background: #f4f6f9; }
          header { background: #1b365d; color: #fff; padding: 12px 24px; }
          header a { color: #fff; text-decoration: none; font-weight: bold; }
          main { padding: 16px 24px; max-width: 1200px; }
          table { border-collapse: collapse; background: #fff; width: 100%%; }
          th { background: #1b365d; color: #fff; text-align: left; padding: 6px 8px; }
          td { padding: 6px 8px; border-bottom: 1px solid #e1e6ee; vertical-align: top; }
          .draft { color: #a33; font-weight: bold; } .final { color: #007c89; font-weight: bold; }
          .thumb { width: 90px; border: 1px solid #ccd; background: #fff; }
          .pages img { width: 420px; margin: 0 12px 12px 0; border: 1px solid #ccd; background: #fff; }
          .problem { color: #a33; font-family: monospace; font-size: 13px; }
          .error { background: #fff0f0; border: 2px solid #a33; padding: 10px 14px; margin: 12px 0; font-family: monospace; white-space: pre-wrap; }
          .warning { background: #fff8e6; border: 2px solid #a66f00; padding: 10px 14px; margin: 12px 0; font-family: monospace; white-space: pre-wrap; }
          .where { color: #007c89; font-family: monospace; font-size: 13px; }
          .why { color: #555b63; font-size: 13px; }
          object { width: 100%%; height: 640px; border: 1px solid #ccd; background: #fff; }
          h2 { color: #1b365d; }
        </style></head>
        <body><header><a href="/">letters preview</a></header>
        <main id="content">Loading…</main>
        <script>
          window.loadedAt = Date.now();
          async function refresh() {
            const response = await fetch(%s, {cache: "no-store"});
            document.getElementById("content").innerHTML = await response.text();
          }
          refresh();
          new EventSource("/events").onmessage = refresh;
        </script></body></html>
        """.formatted(escape(language), escape(title), quoted(part));
  }

  static String index(Letters letters, Result<List<Record>> records, long version) {
    StringBuilder html = new StringBuilder("<h1>Letters</h1><p><a href=\"/site/\">The published site</a>"
        + " (as <code>letters publish</code> writes it)</p>");
    html.append("<p><a href=\"/gallery\">Wording gallery</a>: every sentence the assessment can say</p>");
    errors(html, records.diagnostics());
    Campaign campaign = letters.campaign().value().orElse(null);
    if (campaign == null) {
      return html.toString();
    }
    // The campaign's own headings where its overview declares them, as the summary shows them.
    String outcome = campaign.overview().map(OverviewLabels::outcome).orElse("Outcome");
    String letter = campaign.overview().map(OverviewLabels::signOff).orElse("Letter");
    html.append("<table><tr><th></th><th>").append(escape(campaign.record().nameField().label()))
        .append("</th><th>").append(escape(outcome)).append("</th><th>Findings</th><th>").append(escape(letter))
        .append("</th></tr>");
    for (Record record : records.value().orElse(List.of())) {
      String id = escape(record.id());
      html.append("<tr><td><a href=\"/letter/").append(id).append("\"><img class=\"thumb\" alt=\"page 1\" src=\"/page/")
          .append(id).append("/1.png?v=").append(version).append("\"></a></td><td><a href=\"/letter/").append(id).append("\">")
          .append(escape(record.name())).append("</a></td><td>")
          .append(escape(campaign.outcomes().getOrDefault(record.outcome(), record.outcome()))).append("</td><td>")
          .append(escape(summary(campaign, record))).append("</td><td>")
          .append(status(campaign, record)).append("</td></tr>");
    }
    return html.append("</table>").toString();
  }

  static String letter(Letters letters, String id, PreviewServer.Rendering rendering, long version) {
    StringBuilder html = new StringBuilder();
    Result<Record> record = letters.record(id);
    html.append("<h1>").append(escape(record.value().map(Record::name).orElse(id))).append("</h1>");
    errors(html, rendering.result().diagnostics());
    if (rendering.result().value().isEmpty()) {
      return html.toString();
    }
    Campaign campaign = letters.campaign().value().orElseThrow();
    Record shown = record.value().orElseThrow();
    html.append("<p>").append(status(campaign, shown)).append(" · ").append(escape(campaign.outcomes().getOrDefault(shown.outcome(), shown.outcome()))).append("</p>");
    html.append("<h2>Findings</h2><table>");
    for (FindingDeclaration finding : campaign.findings()) {
      var value = shown.findings().get(finding.id());
      html.append("<tr><td>").append(escape(finding.label())).append("</td><td>").append(escape(finding.labelOf(value.value())))
          .append(value.note().map(n -> "<br><span class=\"why\">" + escape(n) + "</span>").orElse("")).append("</td></tr>");
    }
    html.append("</table><h2>The letter</h2>");
    html.append("<object type=\"application/pdf\" data=\"/pdf/").append(escape(id)).append(".pdf?v=").append(version)
        .append("\"><div class=\"pages\">");
    for (int page = 1; page <= rendering.pageCount(); page++) {
      html.append("<img alt=\"page ").append(page).append("\" src=\"/page/").append(escape(id)).append('/').append(page)
          .append(".png?v=").append(version).append("\">");
    }
    html.append("</div></object><details open><summary>Page images</summary><div class=\"pages\">");
    for (int page = 1; page <= rendering.pageCount(); page++) {
      html.append("<img alt=\"page ").append(page).append("\" src=\"/page/").append(escape(id)).append('/').append(page)
          .append(".png?v=").append(version).append("\">");
    }
    html.append("</div></details><h2>Where each sentence comes from</h2><table id=\"explain\">");
    for (Explanation explanation : rendering.explanations(letters, id)) {
      html.append("<tr><td class=\"where\">").append(escape(shown(explanation.template())))
          .append(explanation.lines().isEmpty() ? "" : ":" + explanation.lines().stream().map(String::valueOf).collect(Collectors.joining(",")))
          .append("</td><td class=\"sentence\">").append(escape(explanation.sentence()));
      if (!explanation.findings().isEmpty()) {
        html.append("<br><span class=\"why\">").append(escape(explanation.findings().toString())).append("</span>");
      }
      html.append("</td></tr>");
    }
    return html.append("</table>").toString();
  }

  /**
   * The wording gallery: every distinct sentence of the assessment, by the status it states, each
   * with how many combinations of findings use it, an example, and any problem the check finds.
   */
  static String gallery(Letters letters, Result<Gallery> gallery) {
    StringBuilder html = new StringBuilder("<h1>Wording gallery</h1>");
    errors(html, gallery.diagnostics());
    if (gallery.value().isEmpty() || letters.campaign().value().isEmpty()) {
      return html.toString();
    }
    Campaign campaign = letters.campaign().value().get();
    Gallery sentences = gallery.value().get();
    Map<Gallery.Entry, List<String>> problems = sentences.problems(campaign);
    html.append("<p>").append(String.format("%,d", sentences.entries().size()))
        .append(" distinct sentences in the assessment over ").append(String.format("%,d", sentences.combinations()))
        .append(" combinations of findings, each with and without notes. Their words are in <span class=\"where\">")
        .append(escape(shown(campaign.directory().resolve(Phrasebook.FILE_NAME)))).append("</span>.");
    if (!problems.isEmpty()) {
      html.append(" <span class=\"draft\">").append(problems.size()).append(" with problems.</span>");
    }
    html.append("</p>");
    sentences.sections(campaign).forEach((heading, entries) -> {
      html.append("<h2>").append(escape(heading.isEmpty() ? "Stating no plan element" : heading)).append("</h2>")
          .append("<table class=\"gallery\"><tr><th>Sentence</th><th>Combinations</th></tr>");
      for (Gallery.Entry entry : entries) {
        html.append("<tr><td class=\"sentence\">").append(escape(entry.sentence()));
        problems.getOrDefault(entry, List.of()).forEach(p -> html.append("<div class=\"problem\">").append(escape(p)).append("</div>"));
        html.append("<br><span class=\"why\">e.g. ").append(escape(example(campaign, entry))).append("</span></td><td>")
            .append(String.format("%,d", entry.combinations())).append("</td></tr>");
      }
      html.append("</table>");
    });
    return html.toString();
  }

  /** The example's findings by their labels, as the letter pages show them. */
  private static String example(Campaign campaign, Gallery.Entry entry) {
    return campaign.findings().stream()
        .map(f -> f.label() + ": " + f.labelOf(entry.example().get(f.id())))
        .collect(Collectors.joining("; ")) + (entry.withNotes() ? "; with notes" : "");
  }

  /** The errors in a red panel, then the warnings (a letter longer than the campaign allows) in their own. */
  private static void errors(StringBuilder html, List<Diagnostic> diagnostics) {
    panel(html, "error", diagnostics.stream().filter(Diagnostic::isError).toList());
    panel(html, "warning", diagnostics.stream().filter(d -> !d.isError()).toList());
  }

  private static void panel(StringBuilder html, String kind, List<Diagnostic> diagnostics) {
    if (!diagnostics.isEmpty()) {
      html.append("<div class=\"").append(kind).append("\" id=\"").append(kind).append("\">");
      diagnostics.forEach(d -> html.append(escape(d.format(HERE))).append('\n'));
      html.append("</div>");
    }
  }

  /** Signed off or draft, in the campaign's words. */
  private static String status(Campaign campaign, Record record) {
    String words = record.isSignedOff() ? campaign.document().signedOff() : campaign.document().draft();
    return "<span class=\"" + (record.isSignedOff() ? "final" : "draft") + "\">" + escape(words) + "</span>";
  }

  private static String summary(Campaign campaign, Record record) {
    return campaign.findings().stream()
        .map(f -> f.label() + ": " + f.labelOf(record.findings().get(f.id()).value()))
        .collect(Collectors.joining("; "));
  }

  private static String shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(HERE) ? HERE.relativize(absolute).toString() : absolute.toString();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}

package letters.site;

import java.util.List;
import letters.compose.Span;

/**
 * What every page of the site shares: the document around its content (language, title, the one
 * stylesheet, the skip link and the site's name), and escaping. Everything that comes from records
 * or the campaign goes through {@link #escape}: a name is printed, never read as markup.
 */
final class Html {
  private Html() {}

  /**
   * A whole page. {@code root} is the way from the page's folder back to the site's (empty, or
   * {@code ../}), so that links work from any folder and from the file system alike.
   */
  static String page(Words words, String title, String root, String main) {
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title>
        <link rel="stylesheet" href="%s">
        </head>
        <body>
        <a class="skip-link" href="#main">%s</a>
        <header class="site-header">
        <p class="site-title"><a href="%s">%s</a></p>
        </header>
        <main id="main">
        %s</main>
        </body>
        </html>
        """.formatted(
            escape(words.language()), escape(title), escape(root + Site.STYLESHEET), escape(words.site().skipLink()),
            escape(root + Site.INDEX), escape(words.site().title()), main);
  }

  /** Spans as inline HTML: italic and bold as they are styled, line breaks as {@code <br>}. */
  static String spans(List<Span> spans) {
    StringBuilder html = new StringBuilder();
    for (Span span : spans) {
      if (span.isLineBreak()) {
        html.append("<br>\n");
        continue;
      }
      if (!span.italic() && !span.bold() || span.text().isBlank()) {
        html.append(escape(span.text()));
        continue;
      }
      // Spaces at a styled span's ends stay outside its element, where they are not underlined
      // or slanted into the next word.
      String text = span.text();
      String inner = text.strip();
      String styled = span.italic() ? "<i>" + escape(inner) + "</i>" : escape(inner);
      styled = span.bold() ? "<b>" + styled + "</b>" : styled;
      int start = text.indexOf(inner);
      html.append(text, 0, start).append(styled).append(text, start + inner.length(), text.length());
    }
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

package letters.site;

import letters.compose.Block;
import letters.compose.Letter;

/**
 * One letter as a web page: the letter as an {@code article} whose blocks become the elements that
 * say what they are (the letterhead as the article's header, the addressee and copy blocks as
 * addresses, the date as a time, the subject as the heading, the quotation as a blockquote), with
 * a link back to the index and one to the letter's signed PDF beside the page.
 */
final class LetterPage {
  private final Words words;
  private final String wordmark;

  LetterPage(Words words, String wordmark) {
    this.words = words;
    this.wordmark = wordmark;
  }

  String render(Letter letter, String pdf) {
    StringBuilder main = new StringBuilder();
    main.append("<p class=\"back\"><a href=\"../").append(Site.INDEX).append("\">")
        .append(Html.escape(words.site().home())).append("</a></p>\n");
    main.append("<p class=\"download\"><a href=\"").append(Html.escape(pdf))
        .append("\" type=\"application/pdf\">").append(Html.escape(words.site().letter())).append("</a></p>\n");
    main.append("<article class=\"letter\" lang=\"").append(Html.escape(letter.info().language())).append("\">\n");
    boolean inLetterhead = false;
    for (Block block : letter.blocks()) {
      if (block.kind().isLetterhead() != inLetterhead) {
        inLetterhead = block.kind().isLetterhead();
        main.append(inLetterhead
            ? "<header class=\"letterhead\">\n<img src=\"../" + Html.escape(wordmark) + "\" alt=\""
                + Html.escape(words.wordmarkAlt()) + "\">\n"
            : "</header>\n");
      }
      main.append(block(letter, block));
    }
    main.append(inLetterhead ? "</header>\n" : "").append("</article>\n");
    return Html.page(words, letter.info().title(), "../", main.toString());
  }

  private static String block(Letter letter, Block block) {
    String text = Html.spans(block.spans());
    return switch (block.kind()) {
      case STRAPLINE -> "<p class=\"strapline\">" + text + "</p>\n";
      case ADDRESS -> "<address class=\"office\">" + text + "</address>\n";
      case SENDER -> "<p class=\"sender\">" + text + "</p>\n";
      case RECIPIENT -> "<address class=\"recipient\">" + text + "</address>\n";
      case COPIED_TO -> "<address class=\"copied-to\">" + text + "</address>\n";
      case DATE -> "<p class=\"date\"><time datetime=\"" + letter.info().date() + "\">" + text + "</time></p>\n";
      case SALUTATION -> "<p class=\"salutation\">" + text + "</p>\n";
      case SUBJECT -> "<h1>" + text + "</h1>\n";
      case PARAGRAPH -> "<p>" + text + "</p>\n";
      case QUOTE -> "<blockquote><p>" + text + "</p></blockquote>\n";
      case CLOSING -> "<p class=\"closing\">" + text + "</p>\n";
      // The signature image stays in the signed PDF: on an open web page it would only be a
      // specimen for copying, and the letter's text and the signatory's name say all it says.
      case SIGNATURE -> "";
      case SIGNATORY -> "<p class=\"signatory\">" + text + "</p>\n";
    };
  }
}

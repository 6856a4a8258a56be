package letters.site;

import letters.load.DocumentWords;
import letters.load.SiteLabels;

/** Every word the site's pages say of their own: the site section's, and the documents' language and wordmark text. */
record Words(SiteLabels site, DocumentWords document) {
  String language() {
    return document.language();
  }

  String wordmarkAlt() {
    return document.wordmarkAlt();
  }
}

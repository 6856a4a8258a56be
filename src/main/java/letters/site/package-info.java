/**
 * The published website: a composed {@link letters.compose.Letter} as a semantic HTML page, and
 * the {@link letters.overview.Overview} as the site's index with its chart drawn in SVG, in the
 * words of the campaign file's {@code site} section. It sits beside {@code letters.layout}, the
 * PDF renderer of the same letters, and knows nothing of files or folders: {@code letters.write}
 * puts the pages in place.
 */
package letters.site;

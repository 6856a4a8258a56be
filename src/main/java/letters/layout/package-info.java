/**
 * Lay out: puts a composed {@link letters.compose.Letter} on A4 pages in the inspectorate's
 * {@link letters.layout.HouseStyle} and writes it as a tagged PDF/A-2a and PDF/UA-1 file, with its
 * own PDF writer (the house font read, subset and embedded here; paragraphs broken by total fit
 * with British hyphenation; pages broken without widows or orphans). The national overview and the
 * review bundle are drawn the same way. It knows letters, not records, templates or output folders.
 */
package letters.layout;

/**
 * Lay out: puts a composed {@link letters.compose.Letter} on A4 pages in the inspectorate's
 * {@link letters.layout.HouseStyle} with OpenPDF, fonts embedded. It knows letters, not records,
 * templates or output folders.
 */
package letters.layout;

/**
 * Compose: runs the campaign's FreeMarker templates over one record and reads what they write into
 * a {@link letters.compose.Letter} of styled blocks. It knows records and the campaign; it knows
 * nothing of pages, fonts or files written.
 */
package letters.compose;

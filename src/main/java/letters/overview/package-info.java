/**
 * The national overview: the same records the letters come from, as one table of records by
 * findings and a count of letters per outcome, headed with the campaign's own labels, the count's
 * wording written by the templates through {@code letters.compose}. {@code letters.layout} draws
 * it and {@code letters.write} writes it.
 */
package letters.overview;

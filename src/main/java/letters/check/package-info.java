/**
 * The editors' safety net: every record and template checked, and the letter rendered for every
 * combination of the declared findings and linted for what a reader would notice (placeholders,
 * leaked values, doubled spaces or punctuation, sentences without a capital or a full stop, too
 * many pages). Comes after layout in the pipeline and uses compose and layout as a
 * build does.
 */
package letters.check;

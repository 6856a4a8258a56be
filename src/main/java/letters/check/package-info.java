/**
 * The editors' safety net: every record and template checked, and the letter rendered for every
 * combination of the declared findings and linted for what a reader would notice (placeholders,
 * leaked values, doubled spaces or punctuation, sentences without a capital or a full stop,
 * "however" without its commas, too many pages, and plan elements stated in words that do not fit
 * their status, number or name); the wording gallery of every distinct sentence the assessment can
 * say; explain and diff. Comes after layout in the pipeline and uses compose and layout as a build
 * does.
 */
package letters.check;

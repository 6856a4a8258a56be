/**
 * letters: turns an inspectorate's findings on each organisation it inspects into its signed-off
 * PDF letters. {@link letters.Letters} is the front door; the stages behind it are {@code load},
 * {@code compose}, {@code layout} and {@code write}, each knowing only the stages before it.
 */
package letters;

/**
 * The command line: one small class per verb, each parsing its options, calling {@link
 * letters.Letters} and returning an exit status. No letter logic lives here.
 */
package letters.cli;

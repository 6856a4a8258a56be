/**
 * The command line: one small class per verb, each parsing its options, calling {@link
 * letters.Letters} and returning an exit status; the options several verbs share as mixins; and
 * what every command does the same way: finding the project ({@code Project}, {@code Sources}),
 * showing paths and problems ({@code Session}), progress on a terminal ({@code ProgressBar}), and
 * bad usage as exit status 2 ({@code Main}); and the warm process {@code serve} keeps, which runs
 * the launcher's build, preview and explain as a fresh JVM would ({@code WarmServer}). No letter
 * logic lives here.
 */
package letters.cli;

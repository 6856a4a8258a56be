/**
 * Problems found in users' files, as data: each {@link letters.diagnostic.Diagnostic} names a file,
 * a line and a column and is printed like a compiler's message. Every stage reports through it.
 */
package letters.diagnostic;

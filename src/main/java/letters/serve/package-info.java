/**
 * The live preview: a small web server on 127.0.0.1 that shows every record's letter as it will be
 * issued, with its findings and where each sentence comes from, and updates open pages when a file
 * in the records or templates folder changes. Read-only: it renders, it never writes to the sources.
 */
package letters.serve;

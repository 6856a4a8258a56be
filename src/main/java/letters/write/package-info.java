/**
 * Write: puts laid-out letters into an output folder atomically, with their text and a manifest of
 * hashes, so that an interrupted or failing build never leaves a partial file behind.
 */
package letters.write;

/**
 * Write: puts laid-out letters into an output folder atomically, with their text and a manifest of
 * hashes, so that an interrupted or failing build never leaves a partial file behind. A folder is
 * held by one command at a time, its manifest is trusted only as this stage writes it, and the
 * letters of records that are gone or broken do not stay behind looking current.
 */
package letters.write;

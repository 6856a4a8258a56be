/**
 * Digital signatures on finished letters: signing with the inspectorate's key (PAdES B-B, a
 * detached CAdES signature in the PDF) after layout and before writing, and verifying a letter
 * later. Knows the PDF only as bytes, and nothing of records or templates.
 */
package letters.sign;

/**
 * Load: reads the campaign file and the per-force YAML records into immutable Java records,
 * checking every value against the findings the campaign declares and reporting each problem as a
 * {@link letters.diagnostic.Diagnostic} with its line and column.
 */
package letters.load;

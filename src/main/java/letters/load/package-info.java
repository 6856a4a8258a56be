/**
 * Load: reads the campaign file and the YAML record of each letter into immutable Java records,
 * checking every value against the findings the campaign declares and reporting each problem as a
 * {@link letters.diagnostic.Diagnostic} with its line and column.
 */
package letters.load;

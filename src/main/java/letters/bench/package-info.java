/**
 * Benchmarks: made-up records covering every combination of findings, and the measurements of
 * builds, previews and each stage that the README's performance table reports.
 */
package letters.bench;

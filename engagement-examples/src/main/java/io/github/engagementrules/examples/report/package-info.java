/**
 * The {@code report} command's report of decision records over a period: counters kept while the records stream by,
 * written as a self-contained HTML page with charts and as CSV files. Internal to the examples: not an API.
 */
package io.github.engagementrules.examples.report;

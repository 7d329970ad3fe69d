/**
 * Reading batches of opportunity records (a JSON array or JSON Lines, strict UTF-8) and deciding them record by record,
 * shared by the {@code decide} command and the HTTP service; and reading decision record files line by line, shared
 * by the {@code replay} and {@code report} commands. Internal to the examples: not an API.
 */
package io.github.engagementrules.examples.records;

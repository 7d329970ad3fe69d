/**
 * The policy playground: the web page {@code serve} shows at {@code /}, and {@code GET /places} for its choices.
 * Internal to the examples: not an API.
 */
package io.github.engagementrules.examples.playground;

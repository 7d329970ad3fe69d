/**
 * The HTTP service of {@code serve}: {@link io.github.engagementrules.examples.http.EngagementServer}, the embedded
 * Jetty 12 server, and {@link io.github.engagementrules.examples.http.EngagementService}, the JSON API on it. Internal
 * to the examples: not an API.
 */
package io.github.engagementrules.examples.http;

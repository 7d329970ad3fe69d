/**
 * The decision API: {@link io.github.engagementrules.rules.EngagementRules#builder()} compiles the community
 * engagement guide's rule base (built in, or from directories of DRL files) once and returns an immutable,
 * thread-safe {@link io.github.engagementrules.rules.EngagementDecider}.
 *
 * <pre>{@code
 * EngagementDecider decider = EngagementRules.builder().roster(roster).build();
 * Decision decision = decider.decide(opportunity);
 * decision.reasons().forEach(r -> System.out.println(r.rule() + " [" + r.section() + "] " + r.text()));
 * }</pre>
 *
 * <p>This module, {@code engagement-rules}, holds only what a force system embeds: the decider, the compiler and its
 * checks, reloading and decision records. The policy author's tools (validation beyond compiling, scenarios, verify,
 * diff, mutation analysis) are the separate artifact {@code engagement-authoring}, package {@code
 * io.github.engagementrules.authoring}, built on {@link io.github.engagementrules.rules.CompiledRules}.
 */
@Value.Style(
    strictBuilder = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = false),
    // No @Generated on the generated classes: Immutables is not on users' classpath, and javac would warn about
    // the missing annotation type in every project that calls a builder.
    allowedClasspathAnnotations = {Override.class})
package io.github.engagementrules.rules;

import org.immutables.value.Value;

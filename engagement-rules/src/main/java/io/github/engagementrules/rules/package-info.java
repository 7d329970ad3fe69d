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
 * <p>The policy author's checks of a rule base (validate, scenarios, verify, diff, mutation analysis) are in {@link
 * io.github.engagementrules.rules.authoring}, so that this package holds only what a force system embeds.
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

/**
 * The engagement domain: opportunities the police are asked to take up, the force roster, and the decisions the rule
 * base makes about them, with their JSON contract ({@link EngagementJson}).
 *
 * <p>Every value type is immutable and built with a strict builder ({@code Opportunity.builder()...build()}).
 * Builders check structure only (required fields, blank text, duplicate names); policy lives in the DRL rule base of
 * {@code engagement-rules}. Types whose names end in {@code Ruling}, {@code Assignment}, {@code Required},
 * {@code Advised} and {@code RosterPost} are the vocabulary rules use to state their conclusions.
 */
@Value.Style(
    strictBuilder = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allParameters = false,
    defaults = @Value.Immutable(copy = false),
    // No @Generated on the generated classes: Immutables is not on users' classpath, and javac would warn about
    // the missing annotation type in every project that calls a builder.
    allowedClasspathAnnotations = {Override.class})
package io.github.engagementrules.model;

import org.immutables.value.Value;

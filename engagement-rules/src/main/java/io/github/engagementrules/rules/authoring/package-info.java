/**
 * The policy author's API: checks of a rule base before it goes live. {@link
 * io.github.engagementrules.rules.authoring.DerivedDomain} reads, from the rule files themselves, the input domain
 * they define (every constant and test their conditions apply to the opportunity and the roster), widens the roster
 * so that every profile of filled and vacant posts is reachable, and chooses the inputs to check with a
 * {@link io.github.engagementrules.rules.authoring.Coverage} guarantee that can be stated in one line.
 *
 * <pre>{@code
 * DerivedDomain domain = DerivedDomain.ofBuiltInRules(roster);
 * System.out.print(domain.explain());                    // factors, classes, and the rule lines they come from
 * Coverage coverage = domain.coverage(DerivedDomain.DEFAULT_BUDGET, 3);
 * VerificationReport report = domain.verify(decider, coverage);
 * System.out.println(coverage.guarantee());
 * }</pre>
 */
package io.github.engagementrules.rules.authoring;

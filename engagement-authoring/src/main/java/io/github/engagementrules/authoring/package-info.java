/**
 * The policy author's API: checks of a rule base before it goes live, kept apart from the runtime API a force system
 * embeds ({@link io.github.engagementrules.rules}). {@link io.github.engagementrules.authoring.Validation}
 * compiles and checks the rule files against the authoring contract; {@link
 * io.github.engagementrules.authoring.Scenarios} reads and runs scenario files; {@link
 * io.github.engagementrules.authoring.DomainVerification} checks every decision of an {@link
 * io.github.engagementrules.authoring.InputDomain} against the {@link
 * io.github.engagementrules.authoring.DecisionInvariants}; {@link
 * io.github.engagementrules.authoring.RuleBaseDiff} compares two rule bases decision by decision. {@link
 * io.github.engagementrules.authoring.DerivedDomain} reads, from the rule files themselves, the input domain
 * they define (every constant and test their conditions apply to the opportunity and the roster), widens the roster
 * so that every profile of filled and vacant posts is reachable, and chooses the inputs to check with a
 * {@link io.github.engagementrules.authoring.Coverage} guarantee that can be stated in one line.
 *
 * <pre>{@code
 * DerivedDomain domain = DerivedDomain.ofBuiltInRules(roster);
 * System.out.print(domain.explain());                    // factors, classes, and the rule lines they come from
 * Coverage coverage = domain.coverage(DerivedDomain.DEFAULT_BUDGET, 3);
 * VerificationReport report = domain.verify(decider, coverage);
 * System.out.println(coverage.guarantee());
 * }</pre>
 *
 * <p>{@link io.github.engagementrules.authoring.MutationAnalysis} measures how well a scenario suite guards the
 * rules: it makes small mutants of the DRL (a rule deleted, a constraint dropped, an enum constant swapped, ...),
 * runs the scenarios against each and reports, as plain advice with {@code file:line}, every change no scenario
 * notices, each with a guard scenario that would kill it ({@link
 * io.github.engagementrules.authoring.MutationReport#guards()}).
 *
 * <pre>{@code
 * MutationReport mutants = MutationAnalysis.runBuiltIn(
 *     Scenarios.read(List.of(Path.of("scenarios")), roster), MutationOptions.defaults());
 * System.out.print(mutants.text()); // ... ends with "mutants: K of N killed"
 * }</pre>
 */
package io.github.engagementrules.authoring;

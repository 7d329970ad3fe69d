/**
 * Tools for policy authors who edit the rule base. {@link io.github.engagementrules.rules.authoring.MutationAnalysis}
 * measures how well a scenario suite guards the rules: it makes small mutants of the DRL (a rule deleted, a
 * constraint dropped, an enum constant swapped, ...), runs the scenarios against each and reports, as plain advice
 * with {@code file:line}, every change no scenario notices.
 *
 * <pre>{@code
 * MutationReport report = MutationAnalysis.runBuiltIn(
 *     Scenarios.read(List.of(Path.of("scenarios")), roster), MutationOptions.defaults());
 * System.out.print(report.text()); // ... ends with "mutants: K of N killed"
 * }</pre>
 */
package io.github.engagementrules.rules.authoring;

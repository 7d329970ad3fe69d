package io.github.engagementrules.authoring;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Mutation analysis of a rule base: how many small wrong edits of the rules would the scenario suite notice?
 *
 * <p>Each mutant changes one thing in one DRL file (see {@link MutationOperator}): a rule deleted, a pattern or a
 * constraint removed, a pattern negated, an operand of {@code ||}/{@code &&} dropped, an enum constant in a condition
 * or a consequence swapped for another, a test flipped. Each mutant is compiled once and the scenarios that pass on
 * the original rules are run against it, on several threads. A mutant is <em>killed</em> when one of them fails. A
 * mutant no scenario kills is decided side by side with the original rules over probes (each scenario's opportunity
 * in every place of its roster's domain, with the rule's constants added, removed or alone, and each flag flipped)
 * and over every n-th opportunity of the {@link io.github.engagementrules.authoring.InputDomain}; when no decision
 * changes it is <em>equivalent</em> and reported apart, otherwise it <em>survives</em> and is reported as advice
 * with an opportunity whose decision it changes, ready to become a scenario. Mutants that do not compile are
 * <em>stillborn</em> and counted apart.
 *
 * <p>Thread-safe: every call works on its own copies.
 */
public final class MutationAnalysis {
  private MutationAnalysis() {}

  /**
   * Analyses the rules in directories of DRL files.
   *
   * @param ruleDirectories directories of {@code .drl} files (searched recursively), at least one
   * @param scenarios the scenarios, at least one (see {@link io.github.engagementrules.authoring.Scenarios#read})
   * @param options how to run
   * @return every mutant and what became of it
   * @throws IllegalArgumentException when no directory or no scenario is given
   * @throws EngagementException {@code RULE_COMPILATION} when the original rules do not compile or a directory holds
   *     no rules
   */
  public static MutationReport run(List<Path> ruleDirectories, List<Scenario> scenarios, MutationOptions options) {
    if (ruleDirectories.isEmpty()) {
      throw new IllegalArgumentException("ruleDirectories: at least one rule directory is required");
    }
    return MutantRunner.run(RuleFiles.fromDirectories(List.copyOf(ruleDirectories)), scenarios, options);
  }

  /**
   * Analyses the built-in rules; files are named {@code guide/<file>.drl} in the report.
   *
   * @param scenarios the scenarios, at least one
   * @param options how to run
   * @return every mutant and what became of it
   * @throws IllegalArgumentException when no scenario is given
   */
  public static MutationReport runBuiltIn(List<Scenario> scenarios, MutationOptions options) {
    String prefix = RuleFiles.BUILT_IN_FOLDER.substring(0, RuleFiles.BUILT_IN_FOLDER.length() - "guide/".length());
    List<RuleFile> sources = RuleFiles.builtIn().stream()
        .map(s -> RuleFile.of(s.name().substring(prefix.length()), s.content()))
        .toList();
    return MutantRunner.run(sources, scenarios, options);
  }
}

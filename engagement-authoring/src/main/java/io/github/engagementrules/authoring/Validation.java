package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.internal.ReasonClaims;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleCompilation;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.rules.RuleProblem;
import io.github.engagementrules.rules.RuleProblem.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates a rule base without building a decider: every compile error as {@code file:line:column: message}, every
 * rule that breaks the authoring contract ({@code @section}, {@code @quote}, {@code @reason}, {@code @tier}, the
 * conventions that keep decisions independent of firing order), every rule that rules on attendance without a
 * {@code @public} wording for the person who invited the police, and, as warnings, the guide sections no rule
 * implements. Never throws for a problem in the rules themselves.
 */
public final class Validation {
  private Validation() {}

  /**
   * Validates the rules in directories of DRL files.
   *
   * @param directories directories of {@code .drl} files (searched recursively), at least one
   * @return the problems found
   * @throws IllegalArgumentException when no directory is given
   */
  public static RuleBaseValidation of(List<Path> directories) {
    if (directories.isEmpty()) {
      throw new IllegalArgumentException("directories: at least one rule directory is required");
    }
    List<RuleFile> files;
    try {
      files = RuleFiles.fromDirectories(List.copyOf(directories));
    } catch (EngagementException e) {
      RuleProblem unreadable = RuleProblem.ofWhole(directories.get(0).toString(), e.getMessage(), Severity.ERROR);
      return new RuleBaseValidation(List.of(unreadable), Optional.empty());
    }
    return ofFiles(files);
  }

  /**
   * Validates the built-in rule base.
   *
   * @return the problems found (none but warnings, for the shipped rules)
   */
  public static RuleBaseValidation ofBuiltIn() {
    return ofFiles(RuleFiles.builtIn());
  }

  /**
   * Validates rule files held in memory: what compiling them reports, and every reason that claims more than its rule
   * establishes ({@link ReasonClaims}).
   *
   * @param files the DRL files and, optionally, a {@code precedence.json}
   * @return the problems found
   */
  public static RuleBaseValidation ofFiles(List<RuleFile> files) {
    RuleCompilation compilation = CompiledRules.compile(List.copyOf(files));
    List<RuleProblem> problems = new ArrayList<>(compilation.problems());
    compilation.rules().ifPresent(rules -> {
      for (RuleFile file : files) {
        Map<String, String> reasons = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        rules.info().rules().stream().filter(r -> r.file().equals(file.name())).forEach(r -> {
          reasons.put(r.name(), r.reason());
          lines.put(r.name(), r.line());
        });
        ReasonClaims.check(file, reasons, lines, problems);
      }
      rules.info().rules().stream()
          .filter(r -> r.tier().isPresent() && r.publicWording().isEmpty())
          .forEach(r -> problems.add(RuleProblem.builder()
              .file(r.file())
              .line(r.line())
              .column(1)
              .message("rule \"" + r.name() + "\" rules on attendance but has no @public(\"...\") saying, in plain"
                  + " English, what the person who invited the police is told")
              .severity(Severity.ERROR)
              .build()));
    });
    problems.sort(Comparator.comparing(RuleProblem::severity)); // stable: errors first, file order kept
    return new RuleBaseValidation(problems, compilation.rules().map(CompiledRules::info));
  }
}

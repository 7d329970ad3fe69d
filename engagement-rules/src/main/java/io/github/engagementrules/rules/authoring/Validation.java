package io.github.engagementrules.rules.authoring;

import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.internal.RuleBaseValidator;
import io.github.engagementrules.rules.internal.RuleSources;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates a rule base without building a decider: every compile error as {@code file:line:column: message}, every
 * rule that breaks the authoring contract ({@code @section}, {@code @quote}, {@code @reason}, {@code @tier}, the
 * conventions that keep decisions independent of firing order), and, as warnings, the guide sections no rule
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
    return RuleBaseValidator.validate(List.copyOf(directories)).validation();
  }

  /**
   * Validates the built-in rule base.
   *
   * @return the problems found (none but warnings, for the shipped rules)
   */
  public static RuleBaseValidation ofBuiltIn() {
    return RuleBaseValidator.validateSources(RuleSources.builtIn()).validation();
  }
}

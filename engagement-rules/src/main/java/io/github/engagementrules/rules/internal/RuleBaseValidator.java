package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.rules.RuleProblem.Severity;
import io.github.engagementrules.rules.RuleProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates a rule base as the runtime must before it decides with it: compiles it (which enforces the authoring
 * contract) and adds a warning for every guide section that no rule implements. The authoring module checks more.
 */
public final class RuleBaseValidator {
  /** The file name warnings about the guide as a whole are reported under. */
  static final String GUIDE = "guide-sections.txt";

  private RuleBaseValidator() {}

  /**
   * A compiled rule base, when it compiled, and the validation report.
   *
   * @param compiled the rule base, or {@code null} when it has errors
   * @param validation every problem found
   */
  public record Checked(CompiledRuleBase compiled, RuleBaseValidation validation) {}

  /** Loads and validates the rules in the directories; a directory that cannot be read is an error, not a throw. */
  public static Checked validate(List<Path> directories) {
    List<RuleFile> sources;
    try {
      sources = RuleFiles.fromDirectories(directories);
    } catch (EngagementException e) {
      RuleProblem unreadable =
          RuleProblem.builder()
              .file(directories.isEmpty() ? "rules" : directories.get(0).toString())
              .line(0)
              .column(0)
              .message(e.getMessage())
              .severity(Severity.ERROR)
              .build();
      return new Checked(null, new RuleBaseValidation(List.of(unreadable), Optional.empty()));
    }
    return validateSources(sources);
  }

  /** Validates rule files already loaded, against the default allow-list of {@link RuleFileGuard}. */
  public static Checked validateSources(List<RuleFile> sources) {
    return validateSources(sources, RuleFileGuard.defaults());
  }

  /** Validates rule files already loaded, checking them against {@code guard}'s allow-list. */
  public static Checked validateSources(List<RuleFile> sources, RuleFileGuard guard) {
    return validateSources(sources, guard, RuleBaseCompiler.wholeBuild());
  }

  /** Like {@link #validateSources(List, RuleFileGuard)}, with Drools' part of the compilation done by {@code build}. */
  static Checked validateSources(List<RuleFile> sources, RuleFileGuard guard, RuleBaseCompiler.DroolsBuild build) {
    RuleBaseCompiler.Compilation compilation = RuleBaseCompiler.compile(sources, guard, build);
    List<RuleProblem> problems = new ArrayList<>(compilation.problems());
    CompiledRuleBase compiled = compilation.ruleBase();
    if (compiled != null) {
      for (GuideSection section : compiled.info().unimplementedSections()) {
        problems.add(
            RuleProblem.builder()
                .file(GUIDE)
                .line(0)
                .column(0)
                .message("section '" + section.id() + "' (" + section.title() + ") is implemented by no rule")
                .severity(Severity.WARNING)
                .build());
      }
    }
    problems.sort(Comparator.comparing(RuleProblem::severity)); // stable: errors first, file order kept
    return new Checked(
        compiled, new RuleBaseValidation(problems, Optional.ofNullable(compiled).map(CompiledRuleBase::info)));
  }
}

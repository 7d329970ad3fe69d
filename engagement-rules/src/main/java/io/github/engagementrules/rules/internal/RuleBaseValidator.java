package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.rules.RuleProblem.Severity;
import io.github.engagementrules.rules.RuleProblem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Validates a rule base as the runtime must before it decides with it: compiles it (which enforces the authoring
 * contract) and adds a warning for every guide section that no rule implements, for every local interpretation that
 * awaits the policy owner's approval, and for an edition whose review is due within {@value
 * io.github.engagementrules.rules.Edition#REVIEW_NOTICE_DAYS} days or overdue. The authoring module checks more.
 */
public final class RuleBaseValidator {
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
      RuleProblem unreadable = RuleProblem.ofWhole(
          directories.isEmpty() ? "rules" : directories.get(0).toString(), e.getMessage(), Severity.ERROR);
      return new Checked(null, new RuleBaseValidation(List.of(unreadable), Optional.empty()));
    }
    return validateSources(sources);
  }

  /** Validates rule files already loaded, against the default allow-list of {@link RuleFileGuard}. */
  public static Checked validateSources(List<RuleFile> sources) {
    return validateSources(sources, RuleFileGuard.defaults());
  }

  /** Validates rule files already loaded, checking them against {@code guard}'s allow-list, on today's date. */
  public static Checked validateSources(List<RuleFile> sources, RuleFileGuard guard) {
    return validateSources(sources, guard, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * Validates rule files already loaded, checking them against {@code guard}, judging the review date on {@code today}.
   */
  public static Checked validateSources(List<RuleFile> sources, RuleFileGuard guard, LocalDate today) {
    return validateSources(sources, guard, today, RuleBaseCompiler.wholeBuild());
  }

  /**
   * Like {@link #validateSources(List, RuleFileGuard, LocalDate)}, with Drools' part of the compilation done by {@code
   * build}.
   */
  static Checked validateSources(
      List<RuleFile> sources, RuleFileGuard guard, LocalDate today, RuleBaseCompiler.DroolsBuild build) {
    RuleBaseCompiler.Compilation compilation = RuleBaseCompiler.compile(sources, guard, build);
    List<RuleProblem> problems = new ArrayList<>(compilation.problems());
    CompiledRuleBase compiled = compilation.ruleBase();
    if (compiled != null) {
      RuleFile guide = sources.stream().filter(f -> EditionFiles.named(f, RuleFiles.GUIDE_FILE)).findFirst()
          .orElse(null);
      for (GuideSection section : compiled.info().unimplementedSections()) {
        String message = "section '" + section.id() + "' (" + section.title() + ") is implemented by no rule";
        problems.add(guide == null
            ? RuleProblem.ofWhole(RuleFiles.GUIDE_FILE, message, Severity.WARNING)
            : warning(guide, RuleTexts.lineOf(guide.content(), "=== " + section.id() + " "), message));
      }
      problems.addAll(Approvals.unapproved(compiled.info(), Severity.WARNING, ""));
      compiled.info().reviewNotice(today).ifPresent(notice -> problems.add(reviewProblem(sources, notice)));
    }
    problems.sort(Comparator.comparing(RuleProblem::severity)); // stable: errors first, file order kept
    return new Checked(
        compiled, new RuleBaseValidation(problems, Optional.ofNullable(compiled).map(CompiledRuleBase::info)));
  }

  /** The review notice, at the line of {@code reviewDue} in the edition's file. */
  private static RuleProblem reviewProblem(List<RuleFile> sources, String notice) {
    RuleFile edition = sources.stream().filter(f -> EditionFiles.named(f, RuleFiles.EDITION_FILE)).findFirst()
        .orElseThrow();
    return warning(edition, EditionFiles.line(edition, "reviewDue"), notice);
  }

  private static RuleProblem warning(RuleFile file, int line, String message) {
    return RuleProblem.builder().file(file.name()).line(line).column(1).severity(Severity.WARNING).message(message)
        .build();
  }
}

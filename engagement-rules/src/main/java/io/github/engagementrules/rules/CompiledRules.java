package io.github.engagementrules.rules;

import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import io.github.engagementrules.rules.internal.FileReplacement;
import io.github.engagementrules.rules.internal.RuleBaseValidator;
import io.github.engagementrules.rules.internal.RuleFileGuard;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A compiled rule base, from which deciders for any roster are made without compiling again. This is what tools that
 * work on rule files in memory build on (the authoring tools compile edited copies of the rules, mutants, reversed
 * rule orders); a force system that only decides needs {@link EngagementRules#builder()} instead. Immutable and
 * thread-safe.
 */
public final class CompiledRules {
  private final CompiledRuleBase compiled;
  private final Supplier<List<RuleFile>> sources;
  /** Made on the first {@link #withFile}: most users of compiled rules never replace a file. */
  private FileReplacement replacements;

  private CompiledRules(CompiledRuleBase compiled, Supplier<List<RuleFile>> sources) {
    this.compiled = compiled;
    this.sources = sources;
  }

  /**
   * Compiles rule files held in memory, checked against the default allow-list of types (see {@link
   * EngagementRules.Builder#allowRuleAccessTo(String...)}). Never throws for a problem in the rules themselves.
   *
   * @param files the DRL files and, optionally, a {@code precedence.json}
   * @return every problem found and, when there is no error, the compiled rules
   */
  public static RuleCompilation compile(List<RuleFile> files) {
    List<RuleFile> sources = List.copyOf(files);
    return compilation(RuleBaseValidator.validateSources(sources, RuleFileGuard.defaults()), sources);
  }

  private static RuleCompilation compilation(RuleBaseValidator.Checked checked, List<RuleFile> sources) {
    return new RuleCompilation(
        checked.validation().problems(),
        Optional.ofNullable(checked.compiled())
            .map(c -> new CompiledRules(c, () -> sources)));
  }

  /**
   * These rules with one file's text replaced: the same problems, rule base and version as {@link #compile(List)} of
   * the files with that one replaced, but compiled faster when only the file's rules changed, as a mutation analysis
   * or an editor's check as you type changes them. Then only the replaced file's rules are compiled; the other files'
   * compiled packages, made the first time that file is replaced, are reused. Any other change (to a function, an
   * import, the precedence declaration, or a file that does not parse) is compiled in full. These rules, and the
   * deciders made from them, are not changed.
   *
   * @param replacement a file with the name of one of these rules' files (see {@link RuleFile#name()}) and new text
   * @return every problem found and, when there is no error, the compiled rules
   * @throws IllegalArgumentException when none of these rules' files has the replacement's name
   */
  public RuleCompilation withFile(RuleFile replacement) {
    Objects.requireNonNull(replacement, "replacement");
    FileReplacement files = replacements();
    return compilation(files.replace(replacement), files.edited(replacement));
  }

  private synchronized FileReplacement replacements() {
    if (replacements == null) {
      replacements = new FileReplacement(sources.get(), RuleFileGuard.defaults());
    }
    return replacements;
  }

  /**
   * The built-in rule base, compiled once per JVM and shared with {@link EngagementRules}.
   *
   * @return the built-in rules
   */
  public static CompiledRules builtIn() {
    return new CompiledRules(EngagementRules.builtInRuleBase(), RuleFiles::builtIn); // read only for withFile
  }

  /** The rule base's version, rules and sections. */
  public RuleBaseInfo info() {
    return compiled.info();
  }

  /**
   * The posts that may be a point of contact, most specific first, as the rule base's precedence declares them.
   *
   * @return the roles in contact order
   */
  public List<Role> contactOrder() {
    return List.copyOf(compiled.precedence().contactOrder().keySet());
  }

  /**
   * A decider over these rules and a roster, with the default firing limit.
   *
   * @param roster the roster to decide against
   * @return an immutable, thread-safe decider
   */
  public EngagementDecider decider(Roster roster) {
    return decider(roster, EngagementRules.DEFAULT_FIRING_LIMIT);
  }

  /**
   * A decider over these rules and a roster.
   *
   * @param roster the roster to decide against
   * @param firingLimit the most rule firings one decision may take
   * @return an immutable, thread-safe decider
   * @throws IllegalArgumentException when {@code firingLimit} is not positive
   */
  public EngagementDecider decider(Roster roster, int firingLimit) {
    if (firingLimit < 1) {
      throw new IllegalArgumentException("firingLimit: must be positive, got " + firingLimit);
    }
    return new DroolsDecider(compiled, Objects.requireNonNull(roster, "roster"), firingLimit);
  }
}

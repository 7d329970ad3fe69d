package io.github.engagementrules.rules;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.internal.Approvals;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import io.github.engagementrules.rules.internal.ListeningDecider;
import io.github.engagementrules.rules.internal.RuleBaseCompiler;
import io.github.engagementrules.rules.internal.RuleChanges;
import io.github.engagementrules.rules.internal.RuleFileGuard;
import io.github.engagementrules.rules.internal.WatchingDecider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entry point: builds an {@link EngagementDecider} from the built-in rule base (the community engagement guide)
 * or from directories of DRL files.
 *
 * <pre>{@code
 * EngagementDecider decider = EngagementRules.builder()
 *     .roster(EngagementJson.readRoster(Files.readString(Path.of("roster.json"))))
 *     .build();
 * }</pre>
 *
 * <p>The built-in rule base is compiled once per JVM, on first use, and shared by every decider built from it.
 */
public final class EngagementRules {
  /** The default limit on rule firings for one decision; the built-in rules take a few dozen at most. */
  public static final int DEFAULT_FIRING_LIMIT = 1_000;

  private EngagementRules() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Compiles the built-in rule base once, on first use. */
  private static final class BuiltIn {
    static final CompiledRuleBase RULES = RuleBaseCompiler.compileOrThrow(RuleFiles.builtIn());
  }

  /** The built-in rule base, compiled on first use. */
  static CompiledRuleBase builtInRuleBase() {
    return BuiltIn.RULES;
  }

  /** Configures and builds a decider. Not thread-safe; the deciders it builds are. */
  public static final class Builder {
    private Roster roster;
    private final List<Path> ruleDirectories = new ArrayList<>();
    private int firingLimit = DEFAULT_FIRING_LIMIT;
    private DecisionListener listener;
    private final Set<String> ruleAccess = new LinkedHashSet<>();
    private RuleReloadListener reloadListener = new RuleReloadListener() {};
    private boolean requireApproved;

    private Builder() {}

    /**
     * Refuses rules with a local interpretation that the policy owner has not approved as it is written now (see
     * {@link RuleBaseInfo#unapprovedInterpretations()}): {@link #build()} fails with {@code RULE_COMPILATION} listing
     * each at {@code file:line}, and a reloading decider keeps its last approved rules when an edit brings one in.
     *
     * @return this builder
     */
    public Builder requireApproved() {
      this.requireApproved = true;
      return this;
    }

    private RuleFileGuard guard() {
      RuleFileGuard guard = RuleFileGuard.allowing(ruleAccess);
      return requireApproved ? guard.requiringApproval() : guard;
    }

    /**
     * The roster to decide against (required).
     *
     * @param roster the force roster
     * @return this builder
     */
    public Builder roster(Roster roster) {
      this.roster = Objects.requireNonNull(roster, "roster");
      return this;
    }

    /**
     * Loads the rules from every {@code .drl} file under this directory instead of the built-in rules; may be called
     * more than once to combine directories.
     *
     * @param directory a directory of DRL files
     * @return this builder
     */
    public Builder ruleDirectory(Path directory) {
      ruleDirectories.add(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /**
     * The most rule firings one decision may take before it fails with {@code FIRING_LIMIT_EXCEEDED}.
     *
     * @param limit a positive number of firings
     * @return this builder
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    public Builder firingLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("firingLimit: must be positive, got " + limit);
      }
      this.firingLimit = limit;
      return this;
    }

    /**
     * Tells {@code listener} about every decision the decider (and every decider derived from it with
     * {@link EngagementDecider#withRoster}) makes, for example a {@link JsonLinesDecisionSink} keeping an audit trail.
     * One listener per decider; to feed several, register one that hands each record on.
     *
     * @param listener the listener, which must be thread-safe
     * @return this builder
     */
    public Builder decisionListener(DecisionListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Lets rule files loaded with {@link #ruleDirectory(Path)} use more types than the default allow-list. Rule files
     * are checked before they are compiled: by default they may use the model package and plain value types
     * ({@code java.lang.String}, {@code java.lang.Math}, boxed numbers, {@code java.util} collections); anything else
     * ({@code System}, {@code Runtime}, {@code ProcessBuilder}, threads, reflection, files, the network) fails the
     * build with {@code RULE_COMPILATION} at {@code file:line:column}. This is defence in depth: Drools has no sandbox,
     * so only allow what the rule authors must reach.
     *
     * @param qualifiedNamesOrPackages qualified type names ({@code java.time.LocalDate}) or packages
     *     ({@code java.time}: its types, not its sub-packages); {@code java.lang.Class} allows reflection
     * @return this builder
     * @throws IllegalArgumentException when a name is not a dotted Java name
     */
    public Builder allowRuleAccessTo(String... qualifiedNamesOrPackages) {
      List<String> names = Arrays.asList(qualifiedNamesOrPackages);
      RuleFileGuard.allowing(new LinkedHashSet<>(names)); // rejects a bad name here, where the caller gave it
      ruleAccess.addAll(names);
      return this;
    }

    /**
     * Who hears about rule reloads by a decider from {@link #buildReloading()}; by default nobody (reloads are still
     * logged).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder reloadListener(RuleReloadListener listener) {
      this.reloadListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Compiles the rules in the rule directories and returns a decider that watches them and reloads them when they
     * change (see {@link ReloadingDecider}). Close it to stop watching.
     *
     * @return a thread-safe, reloading decider
     * @throws IllegalStateException when no roster or no rule directory was given
     * @throws EngagementException {@code RULE_COMPILATION} listing every problem when the rules are not valid now
     */
    public ReloadingDecider buildReloading() {
      if (roster == null) {
        throw new IllegalStateException("roster: is required");
      }
      if (ruleDirectories.isEmpty()) {
        throw new IllegalStateException("ruleDirectory: a reloading decider needs at least one rule directory");
      }
      return new WatchingDecider(
          List.copyOf(ruleDirectories),
          roster,
          firingLimit,
          reloadListener,
          guard(),
          listener,
          RuleChanges::watching);
    }

    /**
     * Compiles the rules (the built-in ones are compiled once per JVM) and returns the decider.
     *
     * @return an immutable, thread-safe decider
     * @throws IllegalStateException when no roster was given
     * @throws EngagementException {@code RULE_COMPILATION} listing every problem as {@code file:line:column:
     *     message} when the rule files do not compile, break the authoring contract or use types outside the
     *     allow-list (see {@link #allowRuleAccessTo(String...)})
     */
    public EngagementDecider build() {
      if (roster == null) {
        throw new IllegalStateException("roster: is required");
      }
      CompiledRuleBase rules =
          ruleDirectories.isEmpty()
              ? builtInChecked()
              : RuleBaseCompiler.compileOrThrow(RuleFiles.fromDirectories(ruleDirectories), guard());
      EngagementDecider decider = new DroolsDecider(rules, roster, firingLimit);
      return listener == null ? decider : new ListeningDecider(decider, listener);
    }

    /** The built-in rules, refused as rules from a folder are when approval is required and some is missing. */
    private CompiledRuleBase builtInChecked() {
      List<RuleProblem> unapproved =
          requireApproved ? Approvals.unapproved(BuiltIn.RULES.info(), RuleProblem.Severity.ERROR, "") : List.of();
      if (!unapproved.isEmpty()) {
        throw new EngagementException(ErrorCode.RULE_COMPILATION, null,
            "the rules are not approved, and approval is required:\n"
                + unapproved.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
      }
      return BuiltIn.RULES;
    }
  }
}

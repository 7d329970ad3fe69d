package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.ReloadingDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleReloadListener;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link ReloadingDecider}: decides with a {@link DroolsDecider} over the watcher's current rule base, making a new
 * one (for this roster) the first time a decision sees a new rule base.
 */
public final class WatchingDecider implements ReloadingDecider {
  /** The decider for one rule base; replaced as a whole, so a decision never mixes two rule bases. */
  private record Snapshot(CompiledRuleBase rules, DroolsDecider decider) {}

  private final RuleWatcher watcher;
  private final Roster roster;
  private final int firingLimit;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

  /**
   * Compiles the rules in the directories and starts watching them; every version is checked against {@code guard}.
   *
   * @throws io.github.engagementrules.model.EngagementException {@code RULE_COMPILATION} when the rules are not valid
   */
  public WatchingDecider(
      List<Path> directories, Roster roster, int firingLimit, RuleReloadListener listener, RuleFileGuard guard) {
    this(new RuleWatcher(directories, listener, guard), roster, firingLimit);
  }

  private WatchingDecider(RuleWatcher watcher, Roster roster, int firingLimit) {
    this.watcher = watcher;
    this.roster = roster;
    this.firingLimit = firingLimit;
  }

  private DroolsDecider decider() {
    CompiledRuleBase rules = watcher.current();
    Snapshot seen = snapshot.get();
    if (seen != null && seen.rules() == rules) {
      return seen.decider();
    }
    Snapshot fresh = new Snapshot(rules, new DroolsDecider(rules, roster, firingLimit));
    snapshot.set(fresh); // a race only builds the same decider twice
    return fresh.decider();
  }

  @Override
  public Decision decide(Opportunity opportunity) {
    return decider().decide(opportunity);
  }

  @Override
  public List<DecisionResult> decideAll(List<Opportunity> opportunities) {
    return decider().decideAll(opportunities); // the whole batch on one rule base
  }

  @Override
  public ReloadingDecider withRoster(Roster newRoster) {
    return new WatchingDecider(watcher, newRoster, firingLimit);
  }

  @Override
  public Roster roster() {
    return roster;
  }

  @Override
  public RuleBaseInfo ruleBase() {
    return watcher.current().info();
  }

  @Override
  public RuleBaseValidation reload() {
    return watcher.reload();
  }

  @Override
  public void close() {
    watcher.close();
  }
}

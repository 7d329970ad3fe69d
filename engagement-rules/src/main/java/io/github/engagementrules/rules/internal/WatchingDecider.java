package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionListener;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.ReloadingDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleReloadListener;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link ReloadingDecider}: decides with a {@link DroolsDecider} over the watcher's current rule base, making a new
 * one (for this roster) the first time a decision sees a new rule base, and telling the decision listener, if any,
 * about every decision as {@link ListeningDecider} does.
 */
public final class WatchingDecider implements ReloadingDecider {
  /** The decider for one rule base; replaced as a whole, so a decision never mixes two rule bases. */
  private record Snapshot(CompiledRuleBase rules, EngagementDecider decider) {}

  private final RuleWatcher watcher;
  private final Roster roster;
  private final int firingLimit;
  private final DecisionListener decisions;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

  /**
   * Compiles the rules in the directories and starts watching them, told of changes by {@code changes} (made for the
   * directories once they compiled): {@link RuleChanges#watching} in production, a {@link TriggeredRuleChanges} in
   * tests. Every version is checked against {@code guard}.
   *
   * @param decisions told about every decision, or {@code null} for nobody
   * @throws io.github.engagementrules.model.EngagementException {@code RULE_COMPILATION} when the rules are not valid
   */
  public WatchingDecider(
      List<Path> directories,
      Roster roster,
      int firingLimit,
      RuleReloadListener listener,
      RuleFileGuard guard,
      DecisionListener decisions,
      Function<List<Path>, RuleChanges> changes) {
    this(new RuleWatcher(directories, listener, guard, changes), roster, firingLimit, decisions);
  }

  private WatchingDecider(RuleWatcher watcher, Roster roster, int firingLimit, DecisionListener decisions) {
    this.watcher = watcher;
    this.roster = roster;
    this.firingLimit = firingLimit;
    this.decisions = decisions;
  }

  private EngagementDecider decider() {
    CompiledRuleBase rules = watcher.current();
    Snapshot seen = snapshot.get();
    if (seen != null && seen.rules() == rules) {
      return seen.decider();
    }
    EngagementDecider decider = new DroolsDecider(rules, roster, firingLimit);
    Snapshot fresh = new Snapshot(rules, decisions == null ? decider : new ListeningDecider(decider, decisions));
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
    return new WatchingDecider(watcher, newRoster, firingLimit, decisions);
  }

  @Override
  public Roster roster() {
    return roster;
  }

  @Override
  public String rosterVersion() {
    return decider().rosterVersion();
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

package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionListener;
import io.github.engagementrules.rules.DecisionRecord;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import java.util.List;

/**
 * A decider that tells a {@link DecisionListener} about every decision another decider makes. A decorator, so that
 * recording stays out of the rule engine's hot path when nobody listens.
 */
public final class ListeningDecider implements EngagementDecider {
  private final EngagementDecider decider;
  private final DecisionListener listener;

  /**
   * Wraps a decider.
   *
   * @param decider the decider that decides
   * @param listener told about each of its decisions
   */
  public ListeningDecider(EngagementDecider decider, DecisionListener listener) {
    this.decider = decider;
    this.listener = listener;
  }

  @Override
  public Decision decide(Opportunity opportunity) {
    Decision decision = decider.decide(opportunity);
    listener.decided(DecisionRecord.of(opportunity, decision));
    return decision;
  }

  @Override
  public List<DecisionResult> decideAll(List<Opportunity> opportunities) {
    List<DecisionResult> results = decider.decideAll(opportunities);
    for (DecisionResult result : results) {
      result.decision().ifPresent(d -> listener.decided(DecisionRecord.of(opportunities.get(result.index()), d)));
    }
    return results;
  }

  @Override
  public EngagementDecider withRoster(Roster roster) {
    return new ListeningDecider(decider.withRoster(roster), listener);
  }

  @Override
  public Roster roster() {
    return decider.roster();
  }

  @Override
  public String rosterVersion() {
    return decider.rosterVersion();
  }

  @Override
  public RuleBaseInfo ruleBase() {
    return decider.ruleBase();
  }
}

package io.github.engagementrules.authoring;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A decider that remembers what it decided one at a time ({@link #decide}; {@link #decideAll} is passed on): the
 * original rules of a mutation analysis decide the same opportunities (the domain's, the probes near a rule's
 * constants) for every mutant they are compared with, and their decisions do not change. Up to {@link #REMEMBERED}
 * outcomes per roster are kept; past that it decides again. Thread-safe.
 */
final class RememberingDecider implements EngagementDecider {
  /** About the probes and domain opportunities of a few hundred mutants' comparisons. */
  static final int REMEMBERED = 200_000;

  private final EngagementDecider decider;
  private final Map<Roster, RememberingDecider> byRoster;
  /** A decision, or the error that kept it from being made. */
  private final Map<Opportunity, Object> outcomes = new ConcurrentHashMap<>();

  private RememberingDecider(EngagementDecider decider, Map<Roster, RememberingDecider> byRoster) {
    this.decider = decider;
    this.byRoster = byRoster;
  }

  /** Remembers {@code decider}'s decisions, and those of the deciders it makes for other rosters. */
  static RememberingDecider of(EngagementDecider decider) {
    Map<Roster, RememberingDecider> byRoster = Collections.synchronizedMap(new IdentityHashMap<>());
    RememberingDecider remembering = new RememberingDecider(decider, byRoster);
    byRoster.put(decider.roster(), remembering);
    return remembering;
  }

  @Override
  public Decision decide(Opportunity opportunity) {
    Object outcome = outcomes.get(opportunity);
    if (outcome == null) {
      outcome = outcome(opportunity);
      if (outcomes.size() < REMEMBERED) {
        outcomes.putIfAbsent(opportunity, outcome);
      }
    }
    if (outcome instanceof EngagementException error) {
      throw error;
    }
    return (Decision) outcome;
  }

  private Object outcome(Opportunity opportunity) {
    try {
      return decider.decide(opportunity);
    } catch (EngagementException e) {
      return e;
    }
  }

  @Override
  public List<DecisionResult> decideAll(List<Opportunity> opportunities) {
    return decider.decideAll(opportunities);
  }

  @Override
  public EngagementDecider withRoster(Roster roster) {
    return byRoster.computeIfAbsent(roster, r -> new RememberingDecider(decider.withRoster(r), byRoster));
  }

  @Override
  public Roster roster() {
    return decider.roster();
  }

  @Override
  public RuleBaseInfo ruleBase() {
    return decider.ruleBase();
  }
}

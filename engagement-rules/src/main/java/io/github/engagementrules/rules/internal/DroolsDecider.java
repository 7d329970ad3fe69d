package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The decider: each decision takes a warm session from the rule base's {@link ReusableSessions}, which holds the
 * roster facts for the opportunity's ward (or, without a ward, its borough; never the whole roster, so the cost does
 * not grow with the roster), decides in two firing passes under a firing limit ({@link DecisionRecorder}), and deletes
 * the opportunity and the findings again. A batch is decided ward by ward, so a session keeps a ward's roster facts across records.
 */
public final class DroolsDecider implements EngagementDecider {
  private final CompiledRuleBase rules;
  private final Roster roster;
  private final RosterFacts facts;
  private final int firingLimit;

  /**
   * Creates a decider.
   *
   * @param rules the compiled rule base
   * @param roster the roster to decide against
   * @param firingLimit the most rule firings one decision may take
   */
  public DroolsDecider(CompiledRuleBase rules, Roster roster, int firingLimit) {
    this.rules = rules;
    this.roster = roster;
    this.facts = RosterFacts.of(roster);
    this.firingLimit = firingLimit;
  }

  @Override
  public Decision decide(Opportunity opportunity) {
    RosterFacts.Place place = facts.place(opportunity);
    ReusableSessions sessions = rules.reusableSessions();
    ReusableSessions.Session session = sessions.take(place);
    try {
      return decide(opportunity, place, session);
    } finally {
      sessions.giveBack(session);
    }
  }

  @Override
  public List<DecisionResult> decideAll(List<Opportunity> opportunities) {
    DecisionResult[] results = new DecisionResult[opportunities.size()];
    // Records are decided grouped by ward, so that a session swaps roster facts once per ward, not once per record;
    // each decision is independent of the others, and the results keep the input order.
    Map<RosterFacts.Place, List<Integer>> byPlace = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < opportunities.size(); i++) {
      Opportunity opportunity = opportunities.get(i);
      if (!ids.add(opportunity.id())) {
        results[i] =
            DecisionResult.failed(
                i,
                opportunity.id(),
                new EngagementException(
                    ErrorCode.DUPLICATE_ID, "id", "'" + opportunity.id() + "' is used by an earlier record of this batch"));
        continue;
      }
      try {
        byPlace.computeIfAbsent(facts.place(opportunity), p -> new ArrayList<>()).add(i);
      } catch (EngagementException e) {
        results[i] = DecisionResult.failed(i, opportunity.id(), e);
      }
    }
    ReusableSessions sessions = rules.reusableSessions();
    for (Map.Entry<RosterFacts.Place, List<Integer>> group : byPlace.entrySet()) {
      ReusableSessions.Session session = sessions.take(group.getKey());
      try {
        for (int i : group.getValue()) {
          Opportunity opportunity = opportunities.get(i);
          try {
            results[i] = DecisionResult.decided(i, decide(opportunity, group.getKey(), session));
          } catch (EngagementException e) {
            results[i] = DecisionResult.failed(i, opportunity.id(), e);
            sessions.giveBack(session); // destroys it if the failure left it unusable
            session = sessions.take(group.getKey());
          }
        }
      } finally {
        sessions.giveBack(session);
      }
    }
    return Arrays.asList(results);
  }

  @Override
  public EngagementDecider withRoster(Roster newRoster) {
    return new DroolsDecider(rules, newRoster, firingLimit);
  }

  @Override
  public Roster roster() {
    return roster;
  }

  @Override
  public RuleBaseInfo ruleBase() {
    return rules.info();
  }

  @Override
  public String rosterVersion() {
    return facts.version();
  }

  /** Decides in {@code session}, and leaves it empty for the next decision unless the decision fails. */
  private Decision decide(Opportunity opportunity, RosterFacts.Place place, ReusableSessions.Session session) {
    try {
      KieSession kieSession = session.begin(place);
      Decision decision = session.recorder().decide(kieSession, opportunity, rules.info().version(), facts.version(), firingLimit);
      session.finish();
      return decision;
    } catch (ConsequenceException e) {
      throw new EngagementException(
          ErrorCode.RULE_EVALUATION,
          null,
          "opportunity '" + opportunity.id() + "': rule '" + e.getMatch().getRule().getName() + "' failed: "
              + e.getCause(),
          e);
    } catch (EngagementException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new EngagementException(
          ErrorCode.RULE_EVALUATION,
          null,
          "opportunity '" + opportunity.id() + "': the rules failed while evaluating it: " + e,
          e);
    }
  }
}

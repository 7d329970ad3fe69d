package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.AttendanceRuling;
import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.ImmutableDecision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.RosterPost;
import io.github.engagementrules.model.Ward;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.internal.DecisionRecorder.Conclusion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The decider: each decision takes a session from the rule base's pool, inserts the opportunity and the roster facts
 * for its ward (never the whole roster, so the cost does not grow with the roster), fires the rules under a firing
 * limit, and turns the conclusions into a {@link Decision}.
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
    RosterFacts.Place place = facts.place(opportunity.borough(), opportunity.ward());
    KieSession session = rules.sessions().newKieSession();
    DecisionRecorder recorder = new DecisionRecorder(rules.rulesByName());
    session.addEventListener((AgendaEventListener) recorder);
    session.addEventListener((RuleRuntimeEventListener) recorder);
    boolean healthy = false;
    try {
      session.insert(opportunity);
      for (Object fact : place.facts()) {
        session.insert(fact);
      }
      int fired = session.fireAllRules(firingLimit + 1);
      if (fired > firingLimit) {
        throw new EngagementException(
            ErrorCode.FIRING_LIMIT_EXCEEDED,
            null,
            "opportunity '" + opportunity.id() + "': rules fired more than " + firingLimit
                + " times, a loop; busiest rules: " + recorder.busiestRules(3));
      }
      Decision decision = recorder.decision(opportunity, rules.info().version());
      healthy = true;
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
    } finally {
      session.removeEventListener((AgendaEventListener) recorder);
      session.removeEventListener((RuleRuntimeEventListener) recorder);
      if (healthy) {
        session.dispose(); // returns the session, reset, to the pool
      } else {
        session.destroy(); // a session that failed mid-decision is not reused
      }
    }
  }

  @Override
  public List<DecisionResult> decideAll(List<Opportunity> opportunities) {
    List<DecisionResult> results = new ArrayList<>(opportunities.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < opportunities.size(); i++) {
      Opportunity opportunity = opportunities.get(i);
      if (!ids.add(opportunity.id())) {
        results.add(
            DecisionResult.failed(
                i,
                opportunity.id(),
                new EngagementException(
                    ErrorCode.DUPLICATE_ID, "id", "'" + opportunity.id() + "' is used by an earlier record of this batch")));
        continue;
      }
      try {
        results.add(DecisionResult.decided(i, decide(opportunity)));
      } catch (EngagementException e) {
        results.add(DecisionResult.failed(i, opportunity.id(), e));
      }
    }
    return results;
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
}

package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One decision in a session the caller brings, with none of {@link DroolsDecider}'s session reuse: the place's roster
 * facts and the opportunity inserted, the rules fired, the conclusions resolved as the decider resolves them. It is
 * what the benchmarks' naive baseline and the tests that compare the decider with a fresh session build on. It
 * applies no firing limit and does not wrap rule failures; do not use it to make decisions. Immutable and
 * thread-safe (each call uses only the session it is given).
 */
public final class SessionDecisions {
  private final CompiledRuleBase rules;
  private final RosterFacts roster;
  private final Resolver resolver;

  /**
   * Prepares decisions over a rule base and a roster.
   *
   * @param rules the compiled rule base whose knowledge base the sessions come from
   * @param roster the roster to decide against
   */
  public SessionDecisions(CompiledRuleBase rules, Roster roster) {
    this.rules = rules;
    this.roster = RosterFacts.of(roster);
    this.resolver = new Resolver(rules.info(), rules.rulesByName(), rules.precedence());
  }

  /**
   * Decides one opportunity in {@code session}, which the caller creates and disposes of.
   *
   * @param session a new session of the rule base's {@link CompiledRuleBase#kieBase() knowledge base}, with no facts
   * @param opportunity the opportunity; its borough and ward must be on the roster
   * @return the same decision {@link DroolsDecider#decide} makes
   * @throws EngagementException when the place is unknown or the rules decide no attendance or conflicting ones
   */
  public Decision decide(KieSession session, Opportunity opportunity) {
    RosterFacts.Place place = roster.place(opportunity);
    DecisionRecorder recorder = new DecisionRecorder(resolver);
    session.addEventListener((AgendaEventListener) recorder);
    session.addEventListener((RuleRuntimeEventListener) recorder);
    place.facts().forEach(session::insert);
    return recorder.decide(session, opportunity, rules.info().version(), roster.version(), Integer.MAX_VALUE - 1);
  }
}

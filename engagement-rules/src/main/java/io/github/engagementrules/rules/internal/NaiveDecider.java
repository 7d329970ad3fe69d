package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The naive way to run the rules, kept only as the baseline that the JMH benchmarks and the {@code bench} command
 * measure {@link DroolsDecider} against: a fresh {@link KieSession} from the knowledge base for every
 * decision, doing the same work as the decider (the same facts inserted, the same conclusions collected, the same
 * decision made) but with none of its session reuse. It applies no firing limit and does not wrap rule failures;
 * do not use it to make decisions. Immutable and thread-safe.
 */
public final class NaiveDecider {
  private final CompiledRuleBase rules;
  private final RosterFacts roster;
  private final Resolver resolver;

  /**
   * Creates the baseline.
   *
   * @param rules the compiled rule base, the same one the decider under comparison uses
   * @param roster the roster to decide against
   */
  public NaiveDecider(CompiledRuleBase rules, Roster roster) {
    this.rules = rules;
    this.roster = RosterFacts.of(roster);
    this.resolver = new Resolver(rules.rulesByName(), rules.precedence());
  }

  /**
   * Decides one opportunity in a new session.
   *
   * @param opportunity the opportunity; its borough and ward must be on the roster
   * @return the same decision {@link DroolsDecider#decide} makes
   * @throws EngagementException when the place is unknown or the rules decide no attendance or conflicting ones
   */
  public Decision decide(Opportunity opportunity) {
    RosterFacts.Place place = roster.place(opportunity);
    KieSession session = rules.kieBase().newKieSession();
    try {
      DecisionRecorder recorder = new DecisionRecorder(resolver);
      session.addEventListener((AgendaEventListener) recorder);
      session.addEventListener((RuleRuntimeEventListener) recorder);
      place.facts().forEach(session::insert);
      return recorder.decide(session, opportunity, rules.info().version(), Integer.MAX_VALUE - 1);
    } finally {
      session.dispose();
    }
  }
}

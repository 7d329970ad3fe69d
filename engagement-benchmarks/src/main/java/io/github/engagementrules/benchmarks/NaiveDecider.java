package io.github.engagementrules.benchmarks;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import io.github.engagementrules.rules.internal.SessionDecisions;
import org.kie.api.runtime.KieSession;

/**
 * The naive way to run the rules, kept only as the baseline that the JMH benchmarks and {@link QuickBench} measure
 * {@link DroolsDecider} against: a fresh {@link KieSession} from the knowledge base for every decision, doing the
 * same work as the decider (the same facts inserted, the same conclusions collected, the same decision made, by
 * {@link SessionDecisions}) but with none of its session reuse. It applies no firing limit and does not wrap rule
 * failures; do not use it to make decisions. Immutable and thread-safe.
 */
public final class NaiveDecider {
  private final CompiledRuleBase rules;
  private final SessionDecisions decisions;

  /**
   * Creates the baseline.
   *
   * @param rules the compiled rule base, the same one the decider under comparison uses
   * @param roster the roster to decide against
   */
  public NaiveDecider(CompiledRuleBase rules, Roster roster) {
    this.rules = rules;
    this.decisions = new SessionDecisions(rules, roster);
  }

  /**
   * Decides one opportunity in a new session.
   *
   * @param opportunity the opportunity; its borough and ward must be on the roster
   * @return the same decision {@link DroolsDecider#decide} makes
   * @throws EngagementException when the place is unknown or the rules decide no attendance or conflicting ones
   */
  public Decision decide(Opportunity opportunity) {
    try (KieSession session = rules.kieBase().newKieSession()) {
      return decisions.decide(session, opportunity);
    }
  }
}

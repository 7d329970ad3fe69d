package io.github.engagementrules.rules;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Reason;
import java.util.List;
import org.immutables.value.Value;

/**
 * One decision as a {@link DecisionListener} receives it: the opportunity as it was decided (an immutable snapshot),
 * the decision, and the rules that fired with their guide sections. It carries no time: decisions are deterministic,
 * so the time a record was made is the recording sink's business (see {@link JsonLinesDecisionSink}).
 */
@Value.Immutable
public abstract class DecisionRecord {
  /** The opportunity decided. */
  public abstract Opportunity opportunity();

  /** The decision made. */
  public abstract Decision decision();

  /** The rules that fired, in firing order, each with its guide section and reason. */
  public List<Reason> firedRules() {
    return decision().reasons();
  }

  /** The content hash of the rule base that made the decision. */
  public String ruleBaseVersion() {
    return decision().ruleBaseVersion();
  }

  /**
   * A record of one decision.
   *
   * @param opportunity the opportunity decided
   * @param decision the decision made about it
   * @return the record
   * @throws IllegalArgumentException when the decision is not about this opportunity
   */
  public static DecisionRecord of(Opportunity opportunity, Decision decision) {
    return ImmutableDecisionRecord.builder().opportunity(opportunity).decision(decision).build();
  }

  @Value.Check
  void check() {
    if (!decision().opportunityId().equals(opportunity().id())) {
      throw new IllegalArgumentException(
          "decision: is about '" + decision().opportunityId() + "', not opportunity '" + opportunity().id() + "'");
    }
  }
}

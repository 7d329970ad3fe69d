package io.github.engagementrules.rules;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.internal.ContentHash;
import java.util.List;

/**
 * Decides engagement opportunities with a compiled rule base and a roster.
 *
 * <p><b>Thread safety:</b> a decider is immutable and safe to share between any number of threads; {@link #decide}
 * and {@link #decideAll} may be called concurrently. Each call works in its own rule session, so decisions never see
 * each other. {@link #withRoster} returns a new decider and leaves this one unchanged.
 *
 * <p><b>Determinism:</b> the same opportunity, roster and rule base always give the same decision; no clock or
 * randomness is consulted.
 */
public interface EngagementDecider {

  /**
   * Decides one opportunity.
   *
   * @param opportunity the opportunity; its borough and ward must be on the roster
   * @return the decision, with the rules that fired and the guide sections they implement
   * @throws EngagementException {@link io.github.engagementrules.model.ErrorCode#UNKNOWN_PLACE} when the borough or
   *     ward is not on the roster; {@code NO_ATTENDANCE_DECIDED}, {@code CONFLICTING_RULINGS},
   *     {@code FIRING_LIMIT_EXCEEDED} or {@code RULE_EVALUATION} when the rule base fails for this opportunity
   */
  Decision decide(Opportunity opportunity);

  /**
   * Decides a batch. A record that cannot be decided (unknown place, an id already used earlier in the batch, a rule
   * failure) gets an error result; the other records are still decided.
   *
   * @param opportunities the batch, in order
   * @return one result per opportunity, in the same order
   */
  List<DecisionResult> decideAll(List<Opportunity> opportunities);

  /**
   * A decider with the same rule base and another roster, without recompiling anything; use it when officers move.
   *
   * @param roster the new roster
   * @return a new decider
   */
  EngagementDecider withRoster(Roster roster);

  /** The roster decisions are made against. */
  Roster roster();

  /** The rule base: its version, rules and sections. */
  RuleBaseInfo ruleBase();

  /**
   * The roster's version, which every decision carries as {@code rosterVersion}: {@code sha256:} and 16 hex digits of
   * the content hash of the roster in its JSON contract form (the same roster read from files laid out differently
   * has the same version).
   *
   * @return the version of {@link #roster()}
   */
  default String rosterVersion() {
    return ContentHash.of(roster());
  }
}

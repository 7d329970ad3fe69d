package io.github.engagementrules.authoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.authoring.internal.Counterexamples;
import io.github.engagementrules.model.Opportunity;

/**
 * One kind of defect that verification found, with how many opportunities show it and the first of them as a
 * counterexample.
 *
 * @param kind what sort of defect it is
 * @param description the defect in plain language, without any one opportunity's id
 * @param count how many opportunities of the domain show it
 * @param example the first opportunity (lowest index) that shows it
 * @param detail what went wrong for {@code example}: the error message or the invariant broken
 */
public record VerificationFinding(Kind kind, String description, long count, Opportunity example, String detail) {
  /** The sorts of defect verification looks for. */
  public enum Kind {
    /** No rule decided the attendance ({@code ENG-201}). */
    GAP,
    /** Rules claimed different attendance outcomes or points of contact ({@code ENG-202}). */
    CONFLICT,
    /** A decision was made but breaks one of the {@link DecisionInvariants}. */
    INVARIANT,
    /** The rules failed otherwise: a loop ({@code ENG-203}) or an error in a rule ({@code ENG-204}). */
    FAILURE,
    /** The decision changes when the rule files, and the rules in each, are loaded in the opposite order. */
    ORDER_DEPENDENCE,
    /**
     * Whether the police engage (attend or delegate, refer, redirect or decline) changes with the roster alone: the
     * same opportunity, in a place that differs only in one post or borough flag, is engaged in one and not the
     * other. Who attends may depend on who holds which post; whether the police engage may not.
     */
    ROSTER_DEPENDENCE
  }

  /**
   * The counterexample as a scenario file that {@code engagement test} runs as is: it fails until the rule base is
   * fixed, then passes (add the decision fields you expect to its {@code expect} object).
   *
   * @param rosterReference the roster path to put in the scenario, or {@code null} to leave the test's default roster
   * @return the scenario JSON
   */
  public ObjectNode scenario(String rosterReference) {
    return Counterexamples.scenario(kind + ": " + description, example, rosterReference);
  }
}

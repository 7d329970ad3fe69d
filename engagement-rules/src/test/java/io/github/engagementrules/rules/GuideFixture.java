package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.ImmutableOpportunity;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Role;
import java.util.List;

/**
 * Shared by the per-section tests: one decider over the test roster, and opportunity builders. (The decision
 * invariants are checked over the whole verification domain by the authoring module's {@code DomainInvariantsTest}.)
 */
final class GuideFixture {
  static final EngagementDecider DECIDER = EngagementRules.builder().roster(Rosters.standard()).build();

  private GuideFixture() {}

  /** An opportunity of {@code kind} in the fully staffed ward of the fully staffed borough. */
  static ImmutableOpportunity.Builder staffed(OpportunityKind kind) {
    return Opportunity.builder().id("t-" + kind).kind(kind).borough(Rosters.FULL).ward(Rosters.STAFFED_WARD);
  }

  /** An opportunity of {@code kind} across the fully staffed borough, with no ward. */
  static ImmutableOpportunity.Builder boroughWide(OpportunityKind kind) {
    return Opportunity.builder().id("t-" + kind).kind(kind).borough(Rosters.FULL);
  }

  /** An opportunity of {@code kind} in the full borough's ward that has no PCSO. */
  static ImmutableOpportunity.Builder vacantWard(OpportunityKind kind) {
    return Opportunity.builder().id("t-" + kind).kind(kind).borough(Rosters.FULL).ward(Rosters.VACANT_WARD);
  }

  /** An opportunity of {@code kind} in the borough with no optional posts and no cadets (ward with a PCSO). */
  static ImmutableOpportunity.Builder sparse(OpportunityKind kind) {
    return Opportunity.builder().id("t-" + kind).kind(kind).borough(Rosters.SPARSE).ward("Esher");
  }

  static Decision decide(ImmutableOpportunity.Builder opportunity) {
    return DECIDER.decide(opportunity.build());
  }

  /** Asserts that the named rule fired and cites {@code section}. */
  static void assertFired(Decision decision, String section, String rule) {
    List<String> fired = decision.reasons().stream().map(Reason::rule).toList();
    assertTrue(
        decision.reasons().stream().anyMatch(r -> r.rule().equals(rule) && r.section().equals(section)),
        () -> "expected rule '" + rule + "' [" + section + "] to fire; fired: " + fired);
  }

  static Role pointOfContactRole(Decision decision) {
    return decision.pointOfContact().orElseThrow(() -> new AssertionError("no point of contact: " + decision)).role();
  }
}

package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Role;
import org.junit.jupiter.api.Test;

/** patrols.drl. */
class PatrolRulesTest {
  @Test
  void patrol_defaultsToTheAllocatedWard() {
    Decision decision = decide(staffed(OpportunityKind.PATROL).intelligenceLed(true));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertTrue(decision.actions().contains(Action.PATROL_ALLOCATED_WARD));
    assertTrue(decision.actions().contains(Action.FOCUS_ON_CHRONIC_AND_REPEAT_ISSUES));
    assertFalse(decision.actions().contains(Action.PLAN_PATROL_FROM_INTELLIGENCE));
  }

  @Test
  void patrol_withoutIntelligence_asksForAnIntelligenceLedPlan() {
    Decision decision = decide(staffed(OpportunityKind.PATROL));

    assertTrue(decision.actions().contains(Action.PLAN_PATROL_FROM_INTELLIGENCE));
  }

  @Test
  void newOrEmergingCommunity_isEscalatedToTheNeighbourhoodInspectorForTheCommunityProfile() {
    Decision decision = decide(staffed(OpportunityKind.PATROL).newOrEmergingCommunity(true));

    assertTrue(decision.actions().contains(Action.UPDATE_COMMUNITY_PROFILE));
    assertEquals(Role.NEIGHBOURHOOD_INSPECTOR, decision.escalations().get(0).to());
  }
}

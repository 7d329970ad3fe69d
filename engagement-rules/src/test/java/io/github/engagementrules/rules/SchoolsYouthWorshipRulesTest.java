package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.assertFired;
import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.pointOfContactRole;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** schools-youth-worship.drl. */
class SchoolsYouthWorshipRulesTest {
  @ParameterizedTest
  @EnumSource(value = OpportunityKind.class, names = {"SCHOOL", "YOUTH_GROUP", "PLACE_OF_WORSHIP"})
  void visit_withPurposeAndASpecificIssue_isAttendedWithTheWardPcsoAsContact(OpportunityKind kind) {
    Decision decision = decide(staffed(kind).addPurposes(PolicingPurpose.PREVENTION_AND_DETECTION_OF_CRIME)
        .addTopics(Topic.CYBERCRIME));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.PCSO, pointOfContactRole(decision));
  }

  @ParameterizedTest
  @EnumSource(value = OpportunityKind.class, names = {"SCHOOL", "YOUTH_GROUP", "PLACE_OF_WORSHIP"})
  void visit_withPurposeButNothingToDisseminate_isDeclined(OpportunityKind kind) {
    Decision decision = decide(staffed(kind).addPurposes(PolicingPurpose.PRIORITY_CRIME));

    assertEquals(Attendance.DECLINE, decision.attendance());
  }

  @ParameterizedTest
  @EnumSource(value = OpportunityKind.class, names = {"SCHOOL", "YOUTH_GROUP", "PLACE_OF_WORSHIP"})
  void visit_withAHardToReachGroup_isReferredToTheNeighbourhoodInspectorToAssess(OpportunityKind kind) {
    // "The Neighbourhood Inspector will assess if there are specific community engagement benefits from attendance"
    Decision decision = decide(staffed(kind).addStakeholders(Stakeholder.of(StakeholderType.HARD_TO_REACH_GROUP)));

    assertEquals(Attendance.REFER, decision.attendance());
    assertEquals(Role.NEIGHBOURHOOD_INSPECTOR, pointOfContactRole(decision));
    assertTrue(decision.actions().contains(Action.ASSESS_HARD_TO_REACH_ENGAGEMENT));
    assertTrue(decision.escalations().stream().anyMatch(e -> e.to() == Role.NEIGHBOURHOOD_INSPECTOR));
    assertFired(decision, "schools-youth-worship",
        "School, youth group or place of worship visit with a unique hard-to-reach group is referred to the Neighbourhood Inspector");
  }

  @ParameterizedTest
  @EnumSource(value = OpportunityKind.class, names = {"SCHOOL", "YOUTH_GROUP", "PLACE_OF_WORSHIP"})
  void visit_withAThreatToLife_citesTheContingencyPlanAndNothingRoutine(OpportunityKind kind) {
    Decision decision = decide(staffed(kind).addRisks(io.github.engagementrules.model.Risk.IMMEDIATE_THREAT_TO_LIFE)
        .addPurposes(io.github.engagementrules.model.PolicingPurpose.PRIORITY_CRIME)
        .addRequests(io.github.engagementrules.model.Request.INFORMATION_SHARING));

    assertEquals("public-events", decision.reasons().get(0).section());
    assertEquals(java.util.Set.of(Action.ACTIVATE_CONTINGENCY_PLAN), decision.actions());
    assertEquals(Role.PCSO, pointOfContactRole(decision));
    assertTrue(decision.reasons().stream().anyMatch(r -> r.section().equals("schools-youth-worship")
        && r.rule().startsWith("Ward's named PCSO")), "the school visit's PCSO cites the schools section");
  }
}

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
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** elected-members.drl. */
class ElectedMemberRulesTest {
  @ParameterizedTest
  @EnumSource(value = StakeholderType.class, names = {"MP", "CHIEF_EXECUTIVE"})
  void briefing_forAnMpOrChiefExecutive_isGivenByTheDivisionalCommander(StakeholderType member) {
    Decision decision =
        decide(staffed(OpportunityKind.ELECTED_MEMBER_BRIEFING).addPurposes(PolicingPurpose.PRIORITY_CRIME)
            .addStakeholders(Stakeholder.of(member, "Member")));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertTrue(decision.reasons().get(0).isInterpretation(), "the MP / councillor split is a local interpretation");
    assertEquals(Role.DIVISIONAL_COMMANDER, decision.attendee().orElseThrow());
    assertEquals(Role.DIVISIONAL_COMMANDER, pointOfContactRole(decision));
    assertTrue(decision.actions().contains(Action.BRIEF_ON_COMMUNITY_ISSUES));
  }

  @ParameterizedTest
  @EnumSource(value = StakeholderType.class, names = {"LOCAL_COUNCILLOR", "COUNTY_COUNCILLOR"})
  void briefing_forCouncillors_isGivenByTheNeighbourhoodInspector_neverAPcso(StakeholderType member) {
    Decision decision =
        decide(staffed(OpportunityKind.ELECTED_MEMBER_BRIEFING).addPurposes(PolicingPurpose.CHRONIC_ISSUE)
            .addStakeholders(Stakeholder.of(member, "Cllr")));

    assertEquals(Role.NEIGHBOURHOOD_INSPECTOR, decision.attendee().orElseThrow());
    assertEquals("NI-1", decision.pointOfContact().orElseThrow().id().orElseThrow());
    assertFired(decision, "elected-members", "Briefing with a policing purpose for councillors is given by the Neighbourhood Inspector");
  }

  @Test
  void briefing_withoutAPolicingPurpose_isReferredToTheNeighbourhoodInspectorToJudge() {
    // "or where the Neighbourhood Inspector believes there is an interest to brief on appropriate community issues"
    Decision decision = decide(staffed(OpportunityKind.ELECTED_MEMBER_BRIEFING)
        .addStakeholders(Stakeholder.of(StakeholderType.MP, "MP")));

    assertEquals(Attendance.REFER, decision.attendance());
    assertEquals(Role.NEIGHBOURHOOD_INSPECTOR, decision.attendee().orElseThrow());
    assertEquals(Role.NEIGHBOURHOOD_INSPECTOR, pointOfContactRole(decision));
    assertEquals(Role.NEIGHBOURHOOD_INSPECTOR, decision.escalations().get(0).to());
    assertTrue(decision.actions().isEmpty());
  }

  @Test
  void councillorAtACommunityMeeting_getsTheNeighbourhoodInspectorAsTheirContact() {
    Decision decision =
        decide(
            staffed(OpportunityKind.COMMUNITY_MEETING)
                .addPurposes(PolicingPurpose.CHRONIC_ISSUE)
                .addStakeholders(Stakeholder.of(StakeholderType.COUNTY_COUNCILLOR, "Cllr")));

    assertTrue(decision.contacts().stream()
        .anyMatch(c -> c.remit() == Remit.ELECTED_MEMBERS && c.role() == Role.NEIGHBOURHOOD_INSPECTOR));
  }
}

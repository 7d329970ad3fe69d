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
        decide(staffed(OpportunityKind.ELECTED_MEMBER_BRIEFING).addStakeholders(Stakeholder.of(member, "Member")));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.DIVISIONAL_COMMANDER, decision.attendee().orElseThrow());
    assertEquals(Role.DIVISIONAL_COMMANDER, pointOfContactRole(decision));
    assertTrue(decision.actions().contains(Action.BRIEF_ON_COMMUNITY_ISSUES));
  }

  @ParameterizedTest
  @EnumSource(value = StakeholderType.class, names = {"LOCAL_COUNCILLOR", "COUNTY_COUNCILLOR"})
  void briefing_forCouncillors_isGivenByTheNeighbourhoodInspector_neverAPcso(StakeholderType member) {
    Decision decision =
        decide(staffed(OpportunityKind.ELECTED_MEMBER_BRIEFING).addStakeholders(Stakeholder.of(member, "Cllr")));

    assertEquals(Role.NEIGHBOURHOOD_INSPECTOR, decision.attendee().orElseThrow());
    assertEquals("NI-1", decision.pointOfContact().orElseThrow().id().orElseThrow());
    assertFired(decision, "elected-members", "Briefing for councillors is given by the Neighbourhood Inspector");
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

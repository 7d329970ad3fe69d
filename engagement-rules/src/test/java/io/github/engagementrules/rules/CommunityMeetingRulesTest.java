package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.assertFired;
import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.pointOfContactRole;
import static io.github.engagementrules.rules.GuideFixture.sparse;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static io.github.engagementrules.rules.GuideFixture.vacantWard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** community-meetings.drl. */
class CommunityMeetingRulesTest {
  @Test
  void communityMeeting_statisticsOnly_isRedirectedToTheCommunityEngagementVolunteer() {
    Decision decision = decide(staffed(OpportunityKind.COMMUNITY_MEETING).addRequests(Request.STATISTICS_REPORT));

    assertEquals(Attendance.REDIRECT, decision.attendance());
    assertEquals(Role.COMMUNITY_ENGAGEMENT_VOLUNTEER, decision.attendee().orElseThrow());
    assertEquals("CEV-1", decision.pointOfContact().orElseThrow().id().orElseThrow());
    assertEquals(Set.of(Channel.POLICE_UK, Channel.IN_THE_KNOW), decision.channels());
    assertFired(
        decision,
        "community-meetings",
        "Statistics asked of a meeting without a policing purpose are redirected to the Community Engagement Volunteer");
    assertEquals(List.of(Remit.POINT_OF_CONTACT, Remit.STATISTICS_AND_PERFORMANCE_DATA),
        decision.pointOfContact().orElseThrow().remits(), "the volunteer is named once, with both remits");
    assertTrue(decision.contacts().isEmpty());
    assertTrue(decision.overridden().stream()
        .anyMatch(o -> o.reason().rule().equals("Community meeting without a specific policing purpose is declined")
            && o.precedence().equals("tier redirect above decline")));
  }

  @Test
  void communityMeeting_statisticsOnly_withoutAVolunteer_isEscalatedToTheBoroughInspector() {
    Decision decision = decide(sparse(OpportunityKind.COMMUNITY_MEETING).addRequests(Request.STATISTICS_REPORT));

    assertEquals(Attendance.REDIRECT, decision.attendance());
    assertTrue(decision.attendee().isEmpty(), "nobody holds the volunteer's post, so nobody is named");
    assertTrue(decision.pointOfContact().isEmpty());
    assertEquals(Set.of(Channel.POLICE_UK, Channel.IN_THE_KNOW), decision.channels());
    assertEquals(Role.BOROUGH_INSPECTOR, decision.escalations().get(0).to());
    assertTrue(decision.escalations().get(0).reason().contains("Community Engagement Volunteer is vacant"));
  }

  @Test
  void communityMeeting_withPurpose_isAttendedWithTheWardPcsoAsContact_focusingOnChronicIssues() {
    Decision decision =
        decide(
            staffed(OpportunityKind.COMMUNITY_MEETING)
                .addPurposes(PolicingPurpose.CHRONIC_ISSUE)
                .addRequests(Request.TWO_WAY_DIALOGUE));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.PCSO, pointOfContactRole(decision));
    assertEquals("PCSO-1", decision.pointOfContact().orElseThrow().id().orElseThrow());
    assertTrue(decision.actions().containsAll(
        Set.of(Action.FOCUS_ON_CHRONIC_AND_REPEAT_ISSUES, Action.USE_TWO_WAY_COMMUNICATION)));
    assertTrue(decision.escalations().isEmpty());
  }

  @Test
  void communityMeeting_withPurposeAndStatistics_attendsAndNamesTheVolunteerForTheData() {
    Decision decision =
        decide(
            staffed(OpportunityKind.COMMUNITY_MEETING)
                .addPurposes(PolicingPurpose.PRIORITY_CRIME)
                .addRequests(Request.STATISTICS_REPORT));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertTrue(decision.contacts().stream()
        .anyMatch(c -> c.remit() == Remit.STATISTICS_AND_PERFORMANCE_DATA && c.id().orElseThrow().equals("CEV-1")));
    assertTrue(decision.channels().containsAll(Set.of(Channel.POLICE_UK, Channel.IN_THE_KNOW)));
  }

  @Test
  void communityMeeting_withACrimeRisk_hasThePolicingPurposeOfPreventionAndDetectionOfCrime() {
    Decision decision = decide(staffed(OpportunityKind.COMMUNITY_MEETING).addRisks(Risk.BREACH_OF_THE_PEACE));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertTrue(decision.actions().contains(Action.PREVENT_AND_DETECT_CRIME));
  }

  @Test
  void communityMeeting_withoutAWard_isDecidedAtBoroughLevel_withTheBoroughInspectorAsContact() {
    Decision decision =
        decide(GuideFixture.boroughWide(OpportunityKind.COMMUNITY_MEETING)
            .addPurposes(PolicingPurpose.CHRONIC_ISSUE));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.BOROUGH_INSPECTOR, pointOfContactRole(decision));
    assertTrue(decision.escalations().isEmpty(), "no ward, so no vacant ward PCSO: " + decision.escalations());
    assertFired(decision, "community-meetings", "Borough-wide engagement's point of contact is the Borough Inspector");
  }

  @Test
  void communityMeeting_inAWardWithoutANamedPcso_isEscalatedToTheBoroughInspector() {
    Decision decision =
        decide(vacantWard(OpportunityKind.COMMUNITY_MEETING).addPurposes(PolicingPurpose.CHRONIC_ISSUE));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertTrue(decision.pointOfContact().isEmpty());
    assertEquals(
        List.of(Escalation.routine(
            Role.BOROUGH_INSPECTOR,
            "The post of PCSO is vacant in ward " + Rosters.VACANT_WARD + ": name the ward's point of contact")),
        decision.escalations());
    assertFired(decision, "community-meetings", "Ward without a named PCSO is escalated to the Borough Inspector");
  }

  @Test
  void communityMeeting_statisticsAndOtherRequests_withoutPurpose_isNotAttended_statisticsStillPointedElsewhere() {
    Decision decision =
        decide(
            staffed(OpportunityKind.COMMUNITY_MEETING)
                .addRequests(Request.STATISTICS_REPORT, Request.TWO_WAY_DIALOGUE));

    // "Police will attend if there is a specific policing purpose and not simply to deliver purely statistical or
    // performance reports. The data can be accessed through the appropriate Community Engagement Volunteer or online"
    assertEquals(Attendance.REDIRECT, decision.attendance());
    assertEquals(Role.COMMUNITY_ENGAGEMENT_VOLUNTEER, pointOfContactRole(decision));
    assertEquals(Set.of(Channel.POLICE_UK, Channel.IN_THE_KNOW), decision.channels());
  }
}

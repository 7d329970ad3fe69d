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
        "Community meeting asking only for statistics is redirected to the Community Engagement Volunteer");
  }

  @Test
  void communityMeeting_statisticsOnly_withoutAVolunteer_isEscalatedToTheBoroughInspector() {
    Decision decision = decide(sparse(OpportunityKind.COMMUNITY_MEETING).addRequests(Request.STATISTICS_REPORT));

    assertEquals(Attendance.REDIRECT, decision.attendance());
    assertTrue(decision.pointOfContact().isEmpty());
    assertEquals(Role.BOROUGH_INSPECTOR, decision.escalations().get(0).to());
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
  void communityMeeting_inAWardWithoutANamedPcso_isEscalatedToTheBoroughInspector() {
    Decision decision =
        decide(vacantWard(OpportunityKind.COMMUNITY_MEETING).addPurposes(PolicingPurpose.CHRONIC_ISSUE));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertTrue(decision.pointOfContact().isEmpty());
    assertEquals(
        List.of(Escalation.routine(
            Role.BOROUGH_INSPECTOR, "Ward " + Rosters.VACANT_WARD + " has no named PCSO to act as point of contact")),
        decision.escalations());
    assertFired(decision, "community-meetings", "Ward without a named PCSO is escalated to the Borough Inspector");
  }

  @Test
  void communityMeeting_statisticsAndOtherRequests_withoutPurpose_isDeclinedNotRedirected() {
    Decision decision =
        decide(
            staffed(OpportunityKind.COMMUNITY_MEETING)
                .addRequests(Request.STATISTICS_REPORT, Request.TWO_WAY_DIALOGUE));

    assertEquals(Attendance.DECLINE, decision.attendance());
    assertTrue(decision.channels().contains(Channel.POLICE_UK), "the data is still pointed to online");
  }
}

package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.assertFired;
import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.sparse;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Topic;
import org.junit.jupiter.api.Test;

/** community-events.drl and cadets.drl. */
class CommunityEventAndCadetRulesTest {
  @Test
  void communityEvent_withPurposeAndInformation_isAttendedByTheEventsTeam() {
    Decision decision =
        decide(
            staffed(OpportunityKind.COMMUNITY_EVENT)
                .addPurposes(PolicingPurpose.CRIME_REDUCTION_PLAN)
                .addRequests(Request.INFORMATION_SHARING));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.EVENTS_TEAM, decision.attendee().orElseThrow());
    assertTrue(decision.actions().contains(Action.DISSEMINATE_INFORMATION));
    // "Police Cadets will support relevant community events throughout the year with the events team"
    assertTrue(decision.actions().contains(Action.CADETS_SUPPORT_EVENTS_TEAM));
  }

  @Test
  void communityEvent_eventsTeamUnavailable_isDelegatedToCadetsWhereTheBoroughHasThem() {
    Decision decision =
        decide(
            staffed(OpportunityKind.COMMUNITY_EVENT)
                .addPurposes(PolicingPurpose.PREVENTION_AND_DETECTION_OF_CRIME)
                .addTopics(Topic.FRAUD)
                .eventsTeamAvailable(false));

    assertEquals(Attendance.DELEGATE, decision.attendance());
    assertEquals(Role.POLICE_CADETS, decision.attendee().orElseThrow());
    assertFired(decision, "cadets", "Community event the events team cannot attend is delegated to the Volunteer Police Cadets");
  }

  @Test
  void communityEvent_eventsTeamUnavailable_withoutCadets_isAttendedByTheNeighbourhoodTeam() {
    Decision decision =
        decide(
            sparse(OpportunityKind.COMMUNITY_EVENT)
                .addPurposes(PolicingPurpose.PREVENTION_AND_DETECTION_OF_CRIME)
                .addTopics(Topic.ROAD_SAFETY)
                .eventsTeamAvailable(false));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.SNT_OFFICER, decision.attendee().orElseThrow());
  }

  @Test
  void communityEvent_withPurposeButNothingToEngageOn_isDeclined() {
    Decision decision =
        decide(staffed(OpportunityKind.COMMUNITY_EVENT).addPurposes(PolicingPurpose.PRIORITY_CRIME));

    assertEquals(Attendance.DECLINE, decision.attendance());
    assertFired(decision, "community-events", "Community event with nothing to disseminate or engage on is declined");
  }
}

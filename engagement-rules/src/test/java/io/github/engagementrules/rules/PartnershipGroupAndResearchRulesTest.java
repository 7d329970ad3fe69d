package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.assertFired;
import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.pointOfContactRole;
import static io.github.engagementrules.rules.GuideFixture.sparse;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import org.junit.jupiter.api.Test;

/** partnership-groups.drl (seed 002), engagement-research.drl (seed 003) and why-engagement.drl. */
class PartnershipGroupAndResearchRulesTest {
  @Test
  void preventWorkingGroup_isAttendedByThePreventLead_withFeedbackThroughTheNeighbourhoodInspector() {
    Decision decision =
        decide(
            staffed(OpportunityKind.PARTNERSHIP_GROUP)
                .addPurposes(PolicingPurpose.PRIORITY_CRIME)
                .addStakeholders(Stakeholder.of(StakeholderType.PREVENT_COORDINATOR, "Regional coordinator")));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.PREVENT_LEAD, decision.attendee().orElseThrow());
    assertEquals(Role.PREVENT_LEAD, pointOfContactRole(decision));
    assertTrue(decision.contacts().stream()
        .anyMatch(c -> c.remit() == Remit.INFORMATION_FEEDBACK && c.role() == Role.NEIGHBOURHOOD_INSPECTOR));
    assertTrue(decision.actions().contains(Action.FEED_BACK_THROUGH_DESIGNATED_CONTACT));
  }

  @Test
  void preventWorkingGroup_withoutAPreventLead_isEscalated() {
    Decision decision = decide(sparse(OpportunityKind.PARTNERSHIP_GROUP).addTopics(Topic.PREVENT)
        .addPurposes(PolicingPurpose.PRIORITY_CRIME));

    assertTrue(decision.escalations().stream().anyMatch(e -> e.reason().contains("Prevent lead")));
  }

  @Test
  void preventWorkingGroup_withoutAPolicingPurpose_isDeclined() {
    // "Engagement needs to be meaningful, with a clear policing purpose".
    Decision decision = decide(staffed(OpportunityKind.PARTNERSHIP_GROUP).addTopics(Topic.PREVENT));

    assertEquals(Attendance.DECLINE, decision.attendance());
    assertFired(decision, "why-engagement", "Partnership group without a policing purpose is declined");
  }

  @Test
  void workingGroupWithOtherForces_withoutAPolicingPurpose_isAttendedToKeepUpTheNetwork() {
    Decision decision = decide(staffed(OpportunityKind.PARTNERSHIP_GROUP)
        .addStakeholders(Stakeholder.of(StakeholderType.OTHER_FORCE, "Neighbouring force")));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertTrue(decision.actions().contains(Action.SHARE_LEARNING_ACROSS_FORCES));
    assertFired(decision, "cross-force-collaboration",
        "Partnership group with other forces is attended to keep up the network across forces");
  }

  @Test
  void partnershipGroup_withoutPurposeOrPrevent_isDeclined() {
    Decision decision = decide(staffed(OpportunityKind.PARTNERSHIP_GROUP));

    assertEquals(Attendance.DECLINE, decision.attendance());
  }

  @Test
  void partnershipGroup_withAPurpose_isAttendedByTheDesignatedPartnerContact() {
    Decision decision =
        decide(staffed(OpportunityKind.PARTNERSHIP_GROUP).addPurposes(PolicingPurpose.PRIORITY_CRIME));

    assertEquals(Role.DESIGNATED_PARTNER_CONTACT, decision.attendee().orElseThrow());
  }

  @Test
  void trustedIntermediary_isRecommendedByName() {
    Decision decision =
        decide(
            staffed(OpportunityKind.COMMUNITY_MEETING)
                .addPurposes(PolicingPurpose.CHRONIC_ISSUE)
                .addStakeholders(Stakeholder.of(StakeholderType.COMMUNITY_INTERMEDIARY, "Community wardens")));

    Contact intermediary =
        decision.contacts().stream().filter(c -> c.remit() == Remit.TRUSTED_INTERMEDIARY).findFirst().orElseThrow();
    assertEquals("Community wardens", intermediary.name().orElseThrow());
    assertTrue(decision.actions().contains(Action.CONSIDER_COMMUNITY_INTERMEDIARY));
  }

  @Test
  void dialogueRequested_atAnAttendedEngagement_usesTwoWayCommunication() {
    Decision decision =
        decide(staffed(OpportunityKind.PARTNER_CONTACT).addPurposes(PolicingPurpose.CHRONIC_ISSUE)
            .addRequests(Request.TWO_WAY_DIALOGUE));

    assertTrue(decision.actions().contains(Action.USE_TWO_WAY_COMMUNICATION));
    assertFired(decision, "why-engagement", "Engagement asked for dialogue gives the community a voice");
  }
}

package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.assertFired;
import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** online.drl, hard-to-reach.drl and the traditional-media rule of engagement-research.drl. */
class OnlineAndHardToReachRulesTest {
  @Test
  void online_usesTheSntAccountsAndPointsThePublicToPoliceUkAndInTheKnow() {
    Decision decision = decide(staffed(OpportunityKind.ONLINE));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Set.of(Channel.FACEBOOK, Channel.TWITTER, Channel.POLICE_UK, Channel.IN_THE_KNOW), decision.channels());
  }

  @Test
  void neighbourhoodPanels_areForThoseWhoFoundItDifficultToAttendInPerson() {
    // "Facebook Neighbourhood Panels will be used to engage with sections of the community who have found it
    // difficult to attend such events in person."
    Decision online = decide(staffed(OpportunityKind.ONLINE).difficultToAttendInPerson(true));
    Decision meeting = decide(staffed(OpportunityKind.COMMUNITY_MEETING)
        .addPurposes(io.github.engagementrules.model.PolicingPurpose.CHRONIC_ISSUE).difficultToAttendInPerson(true));

    assertTrue(online.channels().contains(Channel.FACEBOOK_NEIGHBOURHOOD_PANEL), online.channels()::toString);
    assertTrue(meeting.channels().contains(Channel.FACEBOOK_NEIGHBOURHOOD_PANEL), meeting.channels()::toString);
    assertFired(online, "online", "Facebook Neighbourhood Panels reach those who find it hard to attend in person");
  }

  @Test
  void hardToReachGroup_judgedWorthEngagingByTheNeighbourhoodInspector_isAttended_andTheReferralAnswered() {
    Decision decision = decide(staffed(OpportunityKind.COMMUNITY_MEETING)
        .addStakeholders(Stakeholder.of(StakeholderType.HARD_TO_REACH_GROUP, "New arrivals"))
        .addJudgements(io.github.engagementrules.model.Judgement.of(Role.NEIGHBOURHOOD_INSPECTOR, true)));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.SNT_OFFICER, decision.attendee().orElseThrow());
    assertEquals(Role.PCSO, decision.pointOfContact().orElseThrow().role());
    assertTrue(decision.escalations().stream().noneMatch(e -> e.to() == Role.NEIGHBOURHOOD_INSPECTOR),
        "the judgement is given: nothing is left to escalate");
    assertFired(decision, "hard-to-reach",
        "Hard-to-reach opportunity the Neighbourhood Inspector judged worth engaging is attended by the neighbourhood team");
  }

  @Test
  void hardToReachGroup_judgedNotWorthEngaging_isDeclined() {
    Decision decision = decide(staffed(OpportunityKind.POLICE_INITIATED)
        .addStakeholders(Stakeholder.of(StakeholderType.HARD_TO_REACH_GROUP, "New arrivals"))
        .addJudgements(io.github.engagementrules.model.Judgement.of(Role.NEIGHBOURHOOD_INSPECTOR, false)));

    assertEquals(Attendance.DECLINE, decision.attendance());
    assertTrue(decision.channels().isEmpty(), decision.channels()::toString);
  }

  @ParameterizedTest
  @EnumSource(
      value = OpportunityKind.class,
      names = {"COMMUNITY_MEETING", "COMMUNITY_EVENT", "PUBLIC_EVENT", "PARTNER_CONTACT", "POLICE_INITIATED"})
  void hardToReachGroup_withoutPurpose_isReferredToTheNeighbourhoodInspectorToConsider(OpportunityKind kind) {
    // "Any opportunity to engage with our hard to reach groups should be considered": the judgement is a person's.
    Decision decision =
        decide(staffed(kind).addStakeholders(Stakeholder.of(StakeholderType.HARD_TO_REACH_GROUP, "New arrivals")));

    assertEquals(Attendance.REFER, decision.attendance());
    assertEquals(Role.NEIGHBOURHOOD_INSPECTOR, decision.attendee().orElseThrow());
    assertEquals(Role.NEIGHBOURHOOD_INSPECTOR, decision.pointOfContact().orElseThrow().role());
    assertTrue(decision.escalations().stream().anyMatch(e -> e.to() == Role.NEIGHBOURHOOD_INSPECTOR));
    // No channel before the person referred to has judged.
    assertEquals(Set.of(), decision.channels());
    assertTrue(!decision.actions().contains(Action.USE_TRADITIONAL_MEDIA), decision.actions()::toString);
    assertFired(decision, "hard-to-reach", "Opportunity to engage a hard-to-reach group is referred to the Neighbourhood Inspector to consider");
    assertTrue(decision.overridden().stream().anyMatch(o -> o.finding().equals("DECLINE")), decision.overridden().toString());
  }

  @Test
  void hardToReachGroup_atAMeetingWithAPolicingPurpose_isAttended_theReferralOverridden() {
    Decision decision = decide(staffed(OpportunityKind.COMMUNITY_MEETING)
        .addPurposes(io.github.engagementrules.model.PolicingPurpose.CHRONIC_ISSUE)
        .addStakeholders(Stakeholder.of(StakeholderType.HARD_TO_REACH_GROUP, "New arrivals")));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.PCSO, decision.pointOfContact().orElseThrow().role());
    assertTrue(decision.overridden().stream().anyMatch(o -> o.finding().equals("REFER by NEIGHBOURHOOD_INSPECTOR")
        && o.precedence().equals("tier engage above referral")));
  }
}

package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.assertFired;
import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Priority;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** public-events.drl: core responsibilities and the contingency plan. */
class PublicEventRulesTest {
  @ParameterizedTest
  @EnumSource(OpportunityKind.class)
  void immediateThreatToLife_activatesTheContingencyPlanWhateverTheKind(OpportunityKind kind) {
    Decision decision = decide(staffed(kind).addRisks(Risk.IMMEDIATE_THREAT_TO_LIFE));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertTrue(decision.actions().contains(Action.ACTIVATE_CONTINGENCY_PLAN));
    Escalation first = decision.escalations().get(0);
    assertEquals(Role.DUTY_INSPECTOR, first.to());
    assertEquals(Priority.IMMEDIATE, first.priority());
    assertEquals("Immediate threat to life is attended whatever the kind of opportunity", decision.reasons().get(0).rule());
    assertEquals("emergency", decision.reasons().get(0).tier().orElseThrow());
    assertEquals("Activation of a contingency plan where there is an IMMEDIATE threat to life.",
        decision.reasons().get(0).quote());
    assertEquals(java.util.Set.of(Action.ACTIVATE_CONTINGENCY_PLAN), decision.actions(), "no routine actions");
  }

  @ParameterizedTest
  @EnumSource(value = Risk.class, names = {"CRIME", "BREACH_OF_THE_PEACE"})
  void publicEvent_withCrimeOrBreachOfThePeace_isAttended(Risk risk) {
    Decision decision = decide(staffed(OpportunityKind.PUBLIC_EVENT).addRisks(risk));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertFired(decision, "public-events", "Crime or a breach of the peace at a public or community event is attended by the police");
  }

  @ParameterizedTest
  @EnumSource(value = Risk.class, names = {"CRIME", "BREACH_OF_THE_PEACE"})
  void communityEvent_withCrimeOrBreachOfThePeace_isAttendedByThePolice_neverDelegatedToCadets(Risk risk) {
    Decision decision = decide(staffed(OpportunityKind.COMMUNITY_EVENT).addRisks(risk)
        .addTopics(Topic.FRAUD).eventsTeamAvailable(false));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.SNT_OFFICER, decision.attendee().orElseThrow());
    assertTrue(decision.overridden().stream().noneMatch(o -> o.finding().contains("POLICE_CADETS")),
        "the cadets' rule does not apply where a core responsibility is engaged: " + decision.overridden());
  }

  @Test
  void publicEvent_withTrafficRegulationAlone_isLeftToTheOrganisers() {
    Decision decision = decide(staffed(OpportunityKind.PUBLIC_EVENT).addRisks(Risk.TRAFFIC_REGULATION));

    assertEquals(Attendance.DECLINE, decision.attendance());
    assertTrue(decision.actions().contains(Action.ORGANISERS_MANAGE_TRAFFIC));
    assertTrue(decision.reasons().get(0).text().contains("would fall to the organisers to facilitate"),
        decision.reasons().get(0).text());
    assertTrue(decision.reasons().stream().noneMatch(r -> r.text().contains("No core responsibility")));
  }

  @Test
  void publicEvent_withCrimeAndAPurposeToEngageOn_isAttendedForTheCoreResponsibility_overridingTheEventsTeam() {
    Decision decision = decide(staffed(OpportunityKind.PUBLIC_EVENT).addRisks(Risk.CRIME)
        .addRequests(io.github.engagementrules.model.Request.INFORMATION_SHARING));

    assertEquals(Role.SNT_OFFICER, decision.attendee().orElseThrow());
    assertTrue(decision.overridden().stream().anyMatch(o -> o.finding().equals("ATTEND by EVENTS_TEAM")
        && o.precedence().equals("tier core-responsibility above engage")), decision.overridden().toString());
  }
}

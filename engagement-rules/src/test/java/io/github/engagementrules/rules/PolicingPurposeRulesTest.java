package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.assertFired;
import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Risk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** policing-purpose.drl: the purpose every purpose-gated section asks for (hasPolicingPurpose). */
class PolicingPurposeRulesTest {
  @ParameterizedTest
  @EnumSource(
      value = OpportunityKind.class,
      names = {"COMMUNITY_MEETING", "COMMUNITY_EVENT", "SCHOOL", "YOUTH_GROUP", "PLACE_OF_WORSHIP",
          "PARTNER_CONTACT", "POLICE_INITIATED"})
  void purposeGatedKind_withoutPurpose_isDeclinedByItsOwnSection(OpportunityKind kind) {
    Decision decision = decide(staffed(kind).addRequests(Request.INFORMATION_SHARING));

    assertEquals(Attendance.DECLINE, decision.attendance());
    assertTrue(decision.attendee().isEmpty());
    assertEquals("decline", decision.reasons().get(0).tier().orElseThrow());
    assertNotEquals("policing-purpose", decision.reasons().get(0).section(), "the kind's own section cites it");
  }

  @ParameterizedTest
  @EnumSource(value = Risk.class, names = {"CRIME", "BREACH_OF_THE_PEACE"})
  void crimeOrBreachOfThePeaceRisk_isAPolicingPurpose_forEveryGatedKind(Risk risk) {
    for (OpportunityKind kind : java.util.List.of(OpportunityKind.COMMUNITY_MEETING, OpportunityKind.SCHOOL,
        OpportunityKind.COMMUNITY_EVENT, OpportunityKind.PARTNER_CONTACT)) {
      Decision decision = decide(staffed(kind).addRisks(risk).addRequests(Request.INFORMATION_SHARING));

      assertEquals(Attendance.ATTEND, decision.attendance(), kind + " with " + risk);
      assertFired(decision, "policing-purpose",
          "Crime or breach-of-the-peace risk at an attended engagement calls for prevention and detection of crime");
    }
  }

  @ParameterizedTest
  @EnumSource(PolicingPurpose.class)
  void communityMeeting_withAnyOnePurpose_passesTheGate(PolicingPurpose purpose) {
    Decision decision = decide(staffed(OpportunityKind.COMMUNITY_MEETING).addPurposes(purpose));

    assertNotEquals(Attendance.DECLINE, decision.attendance());
  }
}

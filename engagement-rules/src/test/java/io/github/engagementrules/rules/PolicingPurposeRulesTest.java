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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** policing-purpose.drl: the purpose gate. */
class PolicingPurposeRulesTest {
  @ParameterizedTest
  @EnumSource(
      value = OpportunityKind.class,
      names = {"COMMUNITY_EVENT", "SCHOOL", "YOUTH_GROUP", "PLACE_OF_WORSHIP", "PARTNER_CONTACT", "POLICE_INITIATED"})
  void purposeGatedKind_withoutPurpose_isDeclinedByTheGate(OpportunityKind kind) {
    Decision decision = decide(staffed(kind).addRequests(Request.INFORMATION_SHARING));

    assertEquals(Attendance.DECLINE, decision.attendance());
    assertTrue(decision.attendee().isEmpty());
    assertFired(decision, "policing-purpose", "Purpose-gated opportunity without a policing purpose is declined");
  }

  @ParameterizedTest
  @EnumSource(PolicingPurpose.class)
  void communityMeeting_withAnyOnePurpose_passesTheGate(PolicingPurpose purpose) {
    Decision decision = decide(staffed(OpportunityKind.COMMUNITY_MEETING).addPurposes(purpose));

    assertNotEquals(Attendance.DECLINE, decision.attendance());
  }
}

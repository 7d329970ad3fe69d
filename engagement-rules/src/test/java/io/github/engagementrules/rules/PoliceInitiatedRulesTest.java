package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.assertFired;
import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** police-initiated.drl. */
class PoliceInitiatedRulesTest {
  @ParameterizedTest
  @EnumSource(value = PolicingPurpose.class, names = {"CHRONIC_ISSUE", "REPEAT_OR_VULNERABLE_VICTIMS"})
  void policeInitiated_onChronicOrRepeatIssues_goesAhead(PolicingPurpose purpose) {
    Decision decision = decide(staffed(OpportunityKind.POLICE_INITIATED).addPurposes(purpose));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertTrue(decision.actions().contains(Action.GATHER_INTELLIGENCE));
  }

  @Test
  void policeInitiated_toIdentifyLocalIssues_goesAhead_asAnInputOfItsOwn() {
    // "or to assist in helping to identify local issues": stated by the caller, not inferred from other flags
    Decision decision = decide(staffed(OpportunityKind.POLICE_INITIATED).identifyLocalIssues(true));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertFired(decision, "police-initiated", "Police-initiated engagement to help identify local issues goes ahead");
  }

  @Test
  void policeInitiated_inAnEmergingCommunity_withoutIdentifyingIssues_isNotInferredToGoAhead() {
    Decision decision = decide(staffed(OpportunityKind.POLICE_INITIATED)
        .addPurposes(PolicingPurpose.PREVENTION_AND_DETECTION_OF_CRIME).newOrEmergingCommunity(true).intelligenceLed(true));

    assertEquals(Attendance.DECLINE, decision.attendance());
  }

  @Test
  void policeInitiated_forAnotherPurposeWithoutIdentifyingIssues_isDeclined() {
    Decision decision = decide(staffed(OpportunityKind.POLICE_INITIATED).addPurposes(PolicingPurpose.PRIORITY_CRIME));

    assertEquals(Attendance.DECLINE, decision.attendance());
  }
}

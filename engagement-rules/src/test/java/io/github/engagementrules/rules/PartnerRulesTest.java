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
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import org.junit.jupiter.api.Test;

/** partners.drl. */
class PartnerRulesTest {
  @Test
  void partnerContact_forAChronicIssue_goesThroughTheDesignatedPartnerContact() {
    Decision decision =
        decide(
            staffed(OpportunityKind.PARTNER_CONTACT)
                .addPurposes(PolicingPurpose.CHRONIC_ISSUE)
                .addStakeholders(Stakeholder.of(StakeholderType.EARLY_HELP_TEAM)));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.DESIGNATED_PARTNER_CONTACT, decision.attendee().orElseThrow());
    assertEquals(Role.DESIGNATED_PARTNER_CONTACT, pointOfContactRole(decision));
    assertTrue(decision.actions().contains(Action.JOINT_PROBLEM_SOLVING));
  }

  @Test
  void partnerContact_withNoDesignatedContact_isEscalatedToTheBoroughInspector() {
    Decision decision =
        decide(
            sparse(OpportunityKind.PARTNER_CONTACT)
                .addPurposes(PolicingPurpose.PRIORITY_CRIME)
                .addStakeholders(Stakeholder.of(StakeholderType.FAMILY_SUPPORT_TEAM)));

    assertEquals(Attendance.ATTEND, decision.attendance());
    // Someone to call meanwhile: the Borough Inspector, who agrees who the designated contact is.
    assertEquals(Role.BOROUGH_INSPECTOR, decision.pointOfContact().orElseThrow().role());
    assertEquals(Role.BOROUGH_INSPECTOR, decision.escalations().get(0).to());
    assertFired(
        decision, "partners", "Partner engagement without a designated partner contact is escalated to the Borough Inspector");
    assertEquals(Role.SNT_OFFICER, decision.attendee().orElseThrow(), "nobody is named for the vacant post");
  }
}

package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.decide;
import static io.github.engagementrules.rules.GuideFixture.pointOfContactRole;
import static io.github.engagementrules.rules.GuideFixture.sparse;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** universities.drl (seed 000) and university-local-police.drl (seed 001). */
class UniversityRulesTest {
  @Test
  void university_isContactedThroughTheHigherEducationLiaisonOfficer() {
    Decision decision =
        decide(
            staffed(OpportunityKind.PARTNER_CONTACT)
                .addPurposes(PolicingPurpose.CHRONIC_ISSUE)
                .addStakeholders(Stakeholder.of(StakeholderType.UNIVERSITY, "University")));

    assertEquals(Role.HIGHER_EDUCATION_LIAISON_OFFICER, pointOfContactRole(decision));
  }

  @Test
  void university_withoutALiaisonOfficer_isContactedThroughTheWardsLocalOfficer() {
    Decision decision =
        decide(
            sparse(OpportunityKind.PARTNER_CONTACT)
                .addPurposes(PolicingPurpose.CHRONIC_ISSUE)
                .addStakeholders(Stakeholder.of(StakeholderType.COLLEGE, "College")));

    assertEquals(Role.PCSO, pointOfContactRole(decision));
    assertEquals("PCSO-2", decision.pointOfContact().orElseThrow().id().orElseThrow());
  }

  @Test
  void universityPrevent_pointOfContactIsThePreventLead_andTheDecisionSaysWhichContactIsForWhat() {
    Decision decision =
        decide(
            staffed(OpportunityKind.PARTNER_CONTACT)
                .addPurposes(PolicingPurpose.PRIORITY_CRIME)
                .addTopics(Topic.PREVENT)
                .addStakeholders(Stakeholder.of(StakeholderType.UNIVERSITY, "University")));

    assertEquals(Role.PREVENT_LEAD, pointOfContactRole(decision));
    Map<Remit, Role> byRemit = decision.contacts().stream().collect(Collectors.toMap(Contact::remit, Contact::role));
    assertTrue(decision.pointOfContact().orElseThrow().remits().contains(Remit.PREVENT),
        "the Prevent lead is named once, for both remits");
    assertEquals(Role.HIGHER_EDUCATION_LIAISON_OFFICER, byRemit.get(Remit.CAMPUS_CRIME));
    assertTrue(decision.actions().contains(Action.SEPARATE_PREVENT_AND_CAMPUS_CRIME_CONTACTS));
  }

  @Test
  void universityEngagementOnHateCrime_addressesBarriersToReporting() {
    Decision decision =
        decide(
            staffed(OpportunityKind.PARTNER_CONTACT)
                .addPurposes(PolicingPurpose.REPEAT_OR_VULNERABLE_VICTIMS)
                .addTopics(Topic.VIOLENCE_AGAINST_WOMEN)
                .addStakeholders(Stakeholder.of(StakeholderType.STUDENT_UNION)));

    assertTrue(decision.actions().contains(Action.ADDRESS_BARRIERS_TO_REPORTING));
  }
}

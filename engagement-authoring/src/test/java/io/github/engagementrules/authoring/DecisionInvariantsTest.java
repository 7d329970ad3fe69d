package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.ImmutableDecision;
import io.github.engagementrules.model.ImmutableOpportunity;
import io.github.engagementrules.model.Judgement;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants rule base 3 added, each shown broken by a decision rule base 2 made, and kept by a sound one. */
class DecisionInvariantsTest {
  private static final Reason REASON = Reason.builder().rule("r").section("partners").text("t").quote("q").build();

  @Test
  void attendeeHoldingAPost_mustBeNamed() {
    Opportunity partner = opportunity(OpportunityKind.PARTNER_CONTACT).addPurposes(PolicingPurpose.PRIORITY_CRIME).build();
    Decision unnamed = decision(Attendance.ATTEND).attendee(Role.DESIGNATED_PARTNER_CONTACT)
        .pointOfContact(person(Role.HIGHER_EDUCATION_LIAISON_OFFICER, "PC-1", Remit.POINT_OF_CONTACT)).build();
    Decision named = decision(Attendance.ATTEND).attendee(Role.DESIGNATED_PARTNER_CONTACT)
        .pointOfContact(person(Role.HIGHER_EDUCATION_LIAISON_OFFICER, "PC-1", Remit.POINT_OF_CONTACT))
        .addContacts(person(Role.DESIGNATED_PARTNER_CONTACT, "PC-2", Remit.PARTNER_RELATIONSHIPS)).build();

    assertEquals(List.of("ATTEND by DESIGNATED_PARTNER_CONTACT without naming who holds the post"),
        DecisionInvariants.violations(partner, unnamed));
    assertEquals(List.of(), DecisionInvariants.violations(partner, named));
  }

  @Test
  void contactWithoutIdOrName_isNoContact() {
    Opportunity meeting = opportunity(OpportunityKind.COMMUNITY_MEETING).addPurposes(PolicingPurpose.CHRONIC_ISSUE).build();
    Decision decision = decision(Attendance.ATTEND).attendee(Role.SNT_OFFICER)
        .pointOfContact(person(Role.PCSO, "PCSO-1", Remit.POINT_OF_CONTACT))
        .addContacts(Contact.builder().role(Role.COMMUNITY_INTERMEDIARY).remit(Remit.TRUSTED_INTERMEDIARY).build()).build();

    assertEquals(List.of("a contact with neither id nor name: COMMUNITY_INTERMEDIARY for TRUSTED_INTERMEDIARY"),
        DecisionInvariants.violations(meeting, decision));
  }

  @Test
  void separateContactsAction_needsTwoDifferentOfficers() {
    Opportunity partner = opportunity(OpportunityKind.PARTNER_CONTACT).addPurposes(PolicingPurpose.PRIORITY_CRIME).build();
    Contact both = Contact.builder().role(Role.PREVENT_LEAD).id("PC-9").name("PC Nine").remit(Remit.POINT_OF_CONTACT)
        .addOtherRemits(Remit.PREVENT, Remit.CAMPUS_CRIME).build();
    Decision oneOfficer = decision(Attendance.ATTEND).attendee(Role.SNT_OFFICER).pointOfContact(both)
        .addActions(Action.SEPARATE_PREVENT_AND_CAMPUS_CRIME_CONTACTS).build();
    Decision twoOfficers = decision(Attendance.ATTEND).attendee(Role.SNT_OFFICER)
        .pointOfContact(person(Role.PREVENT_LEAD, "PC-9", Remit.POINT_OF_CONTACT))
        .addContacts(person(Role.PREVENT_LEAD, "PC-9", Remit.PREVENT), person(Role.PCSO, "PCSO-1", Remit.CAMPUS_CRIME))
        .addActions(Action.SEPARATE_PREVENT_AND_CAMPUS_CRIME_CONTACTS).build();

    assertTrue(DecisionInvariants.violations(partner, oneOfficer).contains(
        "Prevent and campus-crime contacts said to be separate without two different officers holding them"));
    assertEquals(List.of(), DecisionInvariants.violations(partner, twoOfficers));
  }

  @Test
  void cadetsWhereACrimeIsARisk_channelsOnAReferral_andAPanelNobodyAskedFor_areEachReported() {
    Opportunity event = opportunity(OpportunityKind.COMMUNITY_EVENT).addPurposes(PolicingPurpose.PRIORITY_CRIME)
        .addRisks(Risk.CRIME).build();
    Decision delegated = decision(Attendance.DELEGATE).attendee(Role.POLICE_CADETS)
        .pointOfContact(person(Role.PCSO, "PCSO-1", Remit.POINT_OF_CONTACT))
        .addChannels(Channel.FACEBOOK_NEIGHBOURHOOD_PANEL).build();
    Decision referred = decision(Attendance.REFER).attendee(Role.NEIGHBOURHOOD_INSPECTOR)
        .pointOfContact(person(Role.NEIGHBOURHOOD_INSPECTOR, "NI-1", Remit.POINT_OF_CONTACT))
        .addChannels(Channel.LOCAL_RADIO).build();

    assertEquals(List.of("delegated to POLICE_CADETS although a core responsibility or a threat to life is engaged",
        "a Facebook Neighbourhood Panel for people nobody said found it difficult to attend in person"),
        DecisionInvariants.violations(event, delegated));
    assertEquals(List.of("channels before the person referred to has judged"),
        DecisionInvariants.violations(event, referred));
  }

  @Test
  void referralThatIgnoresAJudgement_isReported() {
    Opportunity judged = opportunity(OpportunityKind.SCHOOL)
        .addJudgements(Judgement.of(Role.NEIGHBOURHOOD_INSPECTOR, true)).build();
    Decision stillReferred = decision(Attendance.REFER).attendee(Role.NEIGHBOURHOOD_INSPECTOR)
        .pointOfContact(person(Role.NEIGHBOURHOOD_INSPECTOR, "NI-1", Remit.POINT_OF_CONTACT)).build();

    assertEquals(List.of("referred to NEIGHBOURHOOD_INSPECTOR, who has already judged it"),
        DecisionInvariants.violations(judged, stillReferred));
  }

  private static ImmutableOpportunity.Builder opportunity(OpportunityKind kind) {
    return Opportunity.builder().id("o").kind(kind).borough("B").ward("W");
  }

  private static ImmutableDecision.Builder decision(Attendance attendance) {
    return Decision.builder().opportunityId("o").attendance(attendance).addReasons(REASON).ruleBaseVersion("v");
  }

  private static Contact person(Role role, String id, Remit remit) {
    return Contact.builder().role(role).id(id).name("Officer " + id).remit(remit).build();
  }
}

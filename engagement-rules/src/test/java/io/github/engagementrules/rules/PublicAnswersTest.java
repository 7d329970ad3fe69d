package io.github.engagementrules.rules;

import static io.github.engagementrules.rules.GuideFixture.DECIDER;
import static io.github.engagementrules.rules.GuideFixture.staffed;
import static io.github.engagementrules.rules.GuideFixture.vacantWard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.PublicAnswer;
import io.github.engagementrules.model.PublicContact;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PublicAnswers}: what the person who invited the police is told, from the rules' own wording. */
class PublicAnswersTest {
  @TempDir Path temp;

  private static PublicAnswer answer(Opportunity opportunity) {
    return PublicAnswers.of(DECIDER, opportunity, DECIDER.decide(opportunity));
  }

  private static List<String> names(PublicAnswer answer) {
    return answer.contacts().stream().map(PublicContact::name).flatMap(Optional::stream).toList();
  }

  @Test
  void meetingWithAPolicingPurpose_isAttended_andNamesOnlyTheWardsPcso() {
    PublicAnswer answer = answer(staffed(OpportunityKind.COMMUNITY_MEETING)
        .addPurposes(PolicingPurpose.CHRONIC_ISSUE).build());

    assertTrue(answer.policeAttend());
    assertFalse(answer.referred() || answer.emergency());
    assertEquals("The police will come.", answer.summary());
    assertTrue(answer.details().contains("A member of your local police team will come to your meeting, as there is a"
        + " clear police reason to come."), answer.details()::toString);
    assertEquals(List.of("Sam Support"), names(answer));
    assertEquals(PublicAnswers.WARD_PCSO, answer.contacts().get(0).description());
    assertTrue(answer.emergencyAdvice().contains("999"));
  }

  @Test
  void statisticsOnlyMeeting_isRedirectedOnline_withoutNamingTheVolunteerWhoseNameIsNotPublic() {
    Opportunity opportunity = staffed(OpportunityKind.COMMUNITY_MEETING).addRequests(Request.STATISTICS_REPORT).build();
    Decision decision = DECIDER.decide(opportunity);
    PublicAnswer answer = PublicAnswers.of(DECIDER, opportunity, decision);

    assertEquals(Attendance.REDIRECT, decision.attendance());
    assertEquals(Role.COMMUNITY_ENGAGEMENT_VOLUNTEER, decision.pointOfContact().orElseThrow().role());
    assertFalse(answer.policeAttend());
    assertTrue(answer.details().contains("You can find crime figures for your area at police.uk and at In The Know."),
        answer.details()::toString);
    assertEquals(List.of("Sam Support"), names(answer), "the volunteer is named only where the roster says so");
    assertTrue(answer.contacts().stream().anyMatch(c -> c.description().equals(PublicAnswers.IN_THE_KNOW)));
  }

  @Test
  void forceThatNamesItsVolunteer_namesThemToo_andOneThatNamesNobody_givesOnly101AndPoliceUk() {
    Opportunity opportunity = staffed(OpportunityKind.COMMUNITY_MEETING).addRequests(Request.STATISTICS_REPORT).build();
    Roster standard = Rosters.standard();
    Roster volunteerNamed = Roster.builder().addAllBoroughs(standard.boroughs())
        .publiclyNamedRoles(Set.of(Role.PCSO, Role.COMMUNITY_ENGAGEMENT_VOLUNTEER)).build();
    Roster nobodyNamed = Roster.builder().addAllBoroughs(standard.boroughs())
        .publiclyNamedRoles(Set.of()).build();

    PublicAnswer withVolunteer = PublicAnswers.of(DECIDER.withRoster(volunteerNamed), opportunity,
        DECIDER.withRoster(volunteerNamed).decide(opportunity));
    PublicAnswer anonymous = PublicAnswers.of(DECIDER.withRoster(nobodyNamed), opportunity,
        DECIDER.withRoster(nobodyNamed).decide(opportunity));

    assertEquals(List.of("Sam Support", "Cal Volunteer"), names(withVolunteer));
    assertEquals(List.of(), names(anonymous));
    assertEquals(PublicAnswers.ASK_FOR_THE_TEAM, anonymous.contacts().get(0).how());
  }

  @Test
  void immediateThreatToLife_saysCall999_andNothingElse() {
    PublicAnswer answer = answer(staffed(OpportunityKind.COMMUNITY_MEETING)
        .addRequests(Request.STATISTICS_REPORT).addRisks(Risk.IMMEDIATE_THREAT_TO_LIFE).build());

    assertTrue(answer.emergency() && answer.policeAttend());
    assertTrue(answer.summary().contains("999"), answer.summary());
    assertEquals(1, answer.details().size(), answer.details()::toString);
    assertTrue(answer.details().get(0).contains("call 999"), answer.details()::toString);
    assertEquals(List.of(PublicContact.of(PublicAnswers.EMERGENCY, Optional.empty(), "Call 999.")),
        answer.contacts());
  }

  @Test
  void hardToReachMeeting_isPassedToTheNeighbourhoodInspector_whoIsNotNamed() {
    PublicAnswer answer = answer(staffed(OpportunityKind.COMMUNITY_MEETING)
        .addStakeholders(Stakeholder.of(StakeholderType.HARD_TO_REACH_GROUP, "New arrivals")).build());

    assertTrue(answer.referred());
    assertFalse(answer.policeAttend());
    assertTrue(answer.details().get(0).startsWith("Your request has been passed to the Neighbourhood Inspector, who"
        + " will decide."), answer.details()::toString);
    assertEquals(List.of("Sam Support"), names(answer));
  }

  @Test
  void wardWithoutAPcso_pointsToTheLocalTeamThrough101_andNeverToTheEscalation() {
    Opportunity opportunity = vacantWard(OpportunityKind.COMMUNITY_MEETING)
        .addPurposes(PolicingPurpose.CHRONIC_ISSUE).build();
    Decision decision = DECIDER.decide(opportunity);
    PublicAnswer answer = PublicAnswers.of(DECIDER, opportunity, decision);

    assertFalse(decision.escalations().isEmpty(), "the vacant post is escalated inside the force");
    assertEquals(List.of(), names(answer));
    assertEquals(PublicAnswers.LOCAL_TEAM, answer.contacts().get(0).description());
    String json = EngagementJson.write(EngagementJson.toJson(answer));
    assertFalse(json.contains("vacant") || json.contains("Borough Inspector"), json);
  }

  @Test
  void rulesWrittenBeforePublicWording_stillCompile_andAnswerWithAGeneralSentence() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"));
    for (String file : List.of("community-meetings.drl", "public-events.drl")) {
      rules.write(file, rules.read(file).replaceAll("(?m)^  @public\\(.*\\)\\n", ""));
    }
    EngagementDecider old = rules.decider();
    Opportunity declined = staffed(OpportunityKind.COMMUNITY_MEETING).build();
    Opportunity emergency = staffed(OpportunityKind.PUBLIC_EVENT).addRisks(Risk.IMMEDIATE_THREAT_TO_LIFE).build();

    assertTrue(old.ruleBase().rule("Community meeting without a specific policing purpose is declined").orElseThrow()
        .publicWording().isEmpty());
    assertEquals(List.of(PublicAnswers.GENERAL_WORDING.get(Attendance.DECLINE)),
        PublicAnswers.of(old, declined, old.decide(declined)).details());
    assertEquals(List.of(PublicAnswers.EMERGENCY_DETAIL), PublicAnswers.of(old, emergency, old.decide(emergency)).details());
  }

  @Test
  void decisionOfAnotherOpportunity_isRefused_namingTheDecision() {
    Opportunity one = Opportunity.builder().id("one").kind(OpportunityKind.PATROL).borough(Rosters.FULL).build();
    Opportunity other = Opportunity.builder().id("other").kind(OpportunityKind.PATROL).borough(Rosters.FULL).build();

    EngagementException e = assertThrows(EngagementException.class,
        () -> PublicAnswers.of(DECIDER, one, DECIDER.decide(other)));

    assertEquals(ErrorCode.INVALID_INPUT, e.code());
    assertEquals("decision: is of opportunity 'other', not of 'one'", e.getMessage());
  }

  @Test
  void everyPublicWordingOfTheBuiltInRules_andEverySentenceTheAnswerAdds_isPlainEnglish() {
    RuleBaseInfo rules = DECIDER.ruleBase();
    List<String> texts = new java.util.ArrayList<>(PlainEnglish.answerSentences());
    rules.rules().forEach(r -> r.publicWording().ifPresent(texts::add));

    List<String> problems = texts.stream().flatMap(t -> PlainEnglish.problems(t, rules).stream()).toList();

    assertTrue(texts.size() > 60, "found only " + texts.size() + " texts: the scan is broken");
    assertEquals(List.of(), problems);
    assertTrue(rules.rules().stream().filter(r -> r.tier().isPresent()).allMatch(r -> r.publicWording().isPresent()));
  }

  @Test
  void plainEnglish_scoresByTheFleschFormula_andRejectsHardTextAndInternalWords() {
    assertEquals(206.835 - 1.015 * 6 - 84.6, PlainEnglish.readingEase("The cat sat on the mat."), 1e-9);
    assertEquals(List.of(1, 2, 1, 3, 2, 4), List.of("passed", "police", "made", "decided", "people",
        "responsible").stream().map(PlainEnglish::syllables).toList());
    RuleBaseInfo rules = DECIDER.ruleBase();

    assertEquals(1, PlainEnglish.problems("The organisers are responsible for managing traffic.", rules).size());
    assertEquals(List.of("internal word 'tier': 'Your tier is high.'"), PlainEnglish.problems("Your tier is high.", rules));
    assertTrue(PlainEnglish.problems("Ask the NEIGHBOURHOOD_INSPECTOR.", rules)
        .contains("constant 'NEIGHBOURHOOD_INSPECTOR': 'Ask the NEIGHBOURHOOD_INSPECTOR.'"));
    assertEquals(List.of("rule name 'Patrol goes ahead': 'Patrol goes ahead.'"),
        PlainEnglish.problems("Patrol goes ahead.", rules));
    assertEquals(List.of(), PlainEnglish.problems("Ask your PCSO.", rules));
  }
}

package io.github.engagementrules.examples.publicpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link PublicForm}: the page's plain questions read from a posted form and mapped to the model's opportunity. */
class PublicFormTest {
  private static final Roster ROSTER = EngagementJson.readRoster(Samples.text("roster.json"));

  @Test
  void everyAnswer_mapsToWhatItMeans_inTheOpportunity() {
    PublicForm form = PublicForm.read("kind=meeting&place=Waverley%7CFarnham+Castle&help=talk&help=advice"
        + "&help=figures&help=repeat-problem&help=repeat-victims&help=reach&issue=antisocial&concern=crime"
        + "&concern=disorder&concern=traffic&concern=danger&organisation=+Hill+Street+Residents+");

    Opportunity opportunity = form.opportunity(ROSTER);

    assertEquals(Map.of(), form.problems(ROSTER));
    assertEquals(OpportunityKind.COMMUNITY_MEETING, opportunity.kind());
    assertEquals("Waverley", opportunity.borough());
    assertEquals("Farnham Castle", opportunity.ward().orElseThrow());
    assertEquals(Set.of(Request.TWO_WAY_DIALOGUE, Request.INFORMATION_SHARING, Request.STATISTICS_REPORT),
        Set.copyOf(opportunity.requests()));
    assertEquals(Set.of(PolicingPurpose.CHRONIC_ISSUE, PolicingPurpose.REPEAT_OR_VULNERABLE_VICTIMS),
        Set.copyOf(opportunity.purposes()));
    assertEquals(List.of(StakeholderType.HARD_TO_REACH_GROUP), opportunity.stakeholderTypes().stream().toList());
    assertEquals(List.of(Topic.ANTISOCIAL_BEHAVIOUR), List.copyOf(opportunity.topics()));
    assertEquals(Set.of(Risk.CRIME, Risk.BREACH_OF_THE_PEACE, Risk.TRAFFIC_REGULATION, Risk.IMMEDIATE_THREAT_TO_LIFE),
        Set.copyOf(opportunity.risks()));
    assertEquals("Hill Street Residents", form.organisation());
    assertTrue(opportunity.stakeholders().stream().allMatch(s -> s.name().isEmpty()),
        "the organisation's name never enters the opportunity");
    assertEquals(PublicForm.OPPORTUNITY_ID, opportunity.id());
  }

  @Test
  void eachKindOfMeetingOrEvent_andTheWholeBorough_map() {
    Map<String, OpportunityKind> kinds = PublicForm.KINDS.stream().collect(Collectors.toMap(PublicForm.Choice::value,
        c -> PublicForm.read("kind=" + c.value() + "&place=Guildford%7C").opportunity(ROSTER).kind()));

    assertEquals(Map.of("meeting", OpportunityKind.COMMUNITY_MEETING, "local-event", OpportunityKind.COMMUNITY_EVENT,
        "public-event", OpportunityKind.PUBLIC_EVENT, "school", OpportunityKind.SCHOOL, "youth-group",
        OpportunityKind.YOUTH_GROUP, "worship", OpportunityKind.PLACE_OF_WORSHIP), kinds);
    assertTrue(PublicForm.read("kind=meeting&place=Guildford%7C").opportunity(ROSTER).ward().isEmpty());
  }

  @Test
  void missingOrUnknownAnswers_areProblemsSayingWhatToDo_inTheOrderOfTheQuestions() {
    PublicForm form = PublicForm.read("kind=parade&place=Atlantis%7C&help=arrest&issue=aliens&concern=ghosts"
        + "&organisation=" + "x".repeat(PublicForm.MAX_ORGANISATION_LENGTH + 1));

    assertEquals(List.of("kind", "place", "help", "issue", "concern", "organisation"),
        List.copyOf(form.problems(ROSTER).keySet()));
    assertEquals("Select what kind of meeting or event it is", form.problems(ROSTER).get("kind"));
    assertEquals(Map.of("kind", "Select what kind of meeting or event it is", "place", "Select the area where it is"),
        PublicForm.read("").problems(ROSTER));
    assertEquals(Set.of("place"), PublicForm.read("kind=meeting&place=Waverley%7CStoke").problems(ROSTER).keySet(),
        "a ward of another borough is no place");
    assertThrows(IllegalStateException.class, () -> form.opportunity(ROSTER));
  }

  @Test
  void brokenEscapesAndRepeatedFields_areReadWithoutFailing() {
    PublicForm form = PublicForm.read("kind=%ZZ&kind=meeting&place=Waverley%7CFarnham+Castle&help=talk&help=talk&x=1");

    assertEquals("", form.kind(), "the first value of a single-answer question counts");
    assertEquals(List.of("talk", "talk"), form.help());
    assertEquals(Set.of("kind"), form.problems(ROSTER).keySet());
  }
}

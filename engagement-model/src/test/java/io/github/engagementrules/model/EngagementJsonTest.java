package io.github.engagementrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON contract: strict reading with errors naming the field and value, and writing. */
class EngagementJsonTest {
  private static final String VALID =
      "{\"id\": \"o-1\", \"kind\": \"SCHOOL\", \"borough\": \"B\", \"ward\": \"W\", \"purposes\": [\"PRIORITY_CRIME\"],"
          + " \"requests\": [\"BRIEFING\"], \"risks\": [\"CRIME\"], \"topics\": [\"FRAUD\"],"
          + " \"stakeholders\": [{\"type\": \"SCHOOL\", \"name\": \"Sch\"}, {\"type\": \"RESIDENTS\"}],"
          + " \"eventsTeamAvailable\": false, \"intelligenceLed\": true, \"newOrEmergingCommunity\": true}";

  @Test
  void readsEveryFieldOfAnOpportunity() {
    Opportunity o = EngagementJson.readOpportunity(VALID);

    assertEquals("o-1", o.id());
    assertEquals(OpportunityKind.SCHOOL, o.kind());
    assertEquals(Set.of(PolicingPurpose.PRIORITY_CRIME), o.purposes());
    assertEquals(Set.of(Request.BRIEFING), o.requests());
    assertEquals(Set.of(Risk.CRIME), o.risks());
    assertEquals(Set.of(Topic.FRAUD), o.topics());
    assertEquals(List.of(Stakeholder.of(StakeholderType.SCHOOL, "Sch"), Stakeholder.of(StakeholderType.RESIDENTS)),
        o.stakeholders());
    assertFalse(o.eventsTeamAvailable());
    assertTrue(o.intelligenceLed());
    assertTrue(o.newOrEmergingCommunity());
  }

  @Test
  void absentOptionalFieldsTakeTheirDefaults() {
    Opportunity o = EngagementJson.readOpportunity(
        "{\"id\": \"o\", \"kind\": \"PATROL\", \"borough\": \"B\", \"ward\": \"W\"}");

    assertTrue(o.eventsTeamAvailable());
    assertFalse(o.intelligenceLed());
    assertTrue(o.purposes().isEmpty() && o.stakeholders().isEmpty());
  }

  @Test
  void wardIsOptionalForBoroughWideOpportunities() {
    Opportunity o = EngagementJson.readOpportunity(
        "{\"id\": \"o\", \"kind\": \"PARTNERSHIP_GROUP\", \"borough\": \"B\", \"identifyLocalIssues\": true}");

    assertTrue(o.ward().isEmpty());
    assertTrue(o.identifyLocalIssues());
    assertFalse(EngagementJson.toJson(o).has("ward"));
    assertEquals(o, EngagementJson.readOpportunity(EngagementJson.write(EngagementJson.toJson(o))));
  }

  @Test
  void judgementsAndTheDifficultyToAttendInPerson_areReadAndWrittenBack() {
    Opportunity o = EngagementJson.readOpportunity("{\"id\": \"o\", \"kind\": \"SCHOOL\", \"borough\": \"B\","
        + " \"difficultToAttendInPerson\": true,"
        + " \"judgements\": [{\"by\": \"NEIGHBOURHOOD_INSPECTOR\", \"engage\": false, \"note\": \"Not now\"}]}");

    assertTrue(o.difficultToAttendInPerson());
    assertEquals(List.of(Judgement.builder().by(Role.NEIGHBOURHOOD_INSPECTOR).engage(false).note("Not now").build()),
        o.judgements());
    assertEquals(Set.of(Role.NEIGHBOURHOOD_INSPECTOR), o.judgedNotToEngage());
    assertEquals(Set.of(), o.judgedToEngage());
    assertEquals(o, EngagementJson.readOpportunity(EngagementJson.write(EngagementJson.toJson(o))));
  }

  @Test
  void institutionsWithTheirOwnLiaisonOfficer_areFoundByNameIgnoringCase() {
    Roster roster = EngagementJson.readRoster("{\"boroughs\": [{\"name\": \"B\","
        + " \"boroughInspector\": {\"id\": \"1\", \"name\": \"A\"}, \"neighbourhoodInspector\": {\"id\": \"2\", \"name\": \"B\"},"
        + " \"divisionalCommander\": {\"id\": \"3\", \"name\": \"C\"},"
        + " \"institutions\": [{\"name\": \"Royal Holloway\", \"higherEducationLiaisonOfficer\": {\"id\": \"4\", \"name\": \"D\"}}],"
        + " \"wards\": []}]}");

    Borough borough = roster.borough("B").orElseThrow();
    assertEquals("4", borough.institution(" royal holloway ").orElseThrow().higherEducationLiaisonOfficer().id());
    assertTrue(borough.institution("Another").isEmpty());
    EngagementException twice = assertThrows(EngagementException.class, () -> Borough.builder().name("B")
        .boroughInspector(Officer.of("1", "A")).neighbourhoodInspector(Officer.of("2", "B"))
        .divisionalCommander(Officer.of("3", "C")).cadetsAvailable(false)
        .addInstitutions(Institution.of("Royal Holloway", Officer.of("4", "D")))
        .addInstitutions(Institution.of("ROYAL HOLLOWAY", Officer.of("5", "E"))).build());
    assertEquals("institutions", twice.field().orElseThrow());
  }

  @Test
  void opportunityRoundTripsThroughJson() {
    Opportunity o = EngagementJson.readOpportunity(VALID);

    assertEquals(o, EngagementJson.readOpportunity(EngagementJson.write(EngagementJson.toJson(o))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          missing id            | {"kind": "PATROL", "borough": "B", "ward": "W"}                             | id                 | is required
          blank id              | {"id": " ", "kind": "PATROL", "borough": "B", "ward": "W"}                  | id                 | must not be blank
          id of wrong type      | {"id": 7, "kind": "PATROL", "borough": "B", "ward": "W"}                    | id                 | expected text, got number 7
          unknown kind          | {"id": "o", "kind": "PARADE", "borough": "B", "ward": "W"}                  | kind               | unknown value "PARADE"
          missing borough       | {"id": "o", "kind": "PATROL", "ward": "W"}                                  | borough            | is required
          blank ward            | {"id": "o", "kind": "PATROL", "borough": "B", "ward": " "}                  | ward               | must not be blank
          purposes not an array | {"id": "o", "kind": "PATROL", "borough": "B", "ward": "W", "purposes": "X"} | purposes           | expected an array, got string "X"
          unknown purpose       | {"id": "o", "kind": "PATROL", "borough": "B", "ward": "W", "purposes": ["FUN"]} | purposes[0]   | unknown value "FUN"
          unknown stakeholder   | {"id": "o", "kind": "PATROL", "borough": "B", "ward": "W", "stakeholders": [{"type": "MP"}, {"type": "KING"}]} | stakeholders[1].type | unknown value "KING"
          stakeholder not object| {"id": "o", "kind": "PATROL", "borough": "B", "ward": "W", "stakeholders": [3]} | stakeholders[0] | expected an object, got number 3
          flag of wrong type    | {"id": "o", "kind": "PATROL", "borough": "B", "ward": "W", "intelligenceLed": "yes"} | intelligenceLed | expected true or false, got string "yes"
          unknown field         | {"id": "o", "kind": "PATROL", "borough": "B", "ward": "W", "purpose": []}   | purpose            | unknown field
          not an object         | [1, 2]                                                                        | record             | expected an object, got array
          judge twice           | {"id": "o", "kind": "SCHOOL", "borough": "B", "judgements": [{"by": "NEIGHBOURHOOD_INSPECTOR", "engage": true}, {"by": "NEIGHBOURHOOD_INSPECTOR", "engage": false}]} | judgements[1].by | 'NEIGHBOURHOOD_INSPECTOR' has already judged
          judge unknown         | {"id": "o", "kind": "SCHOOL", "borough": "B", "judgements": [{"by": "MAYOR", "engage": true}]} | judgements[0].by | unknown value "MAYOR"
          judgement no engage   | {"id": "o", "kind": "SCHOOL", "borough": "B", "judgements": [{"by": "NEIGHBOURHOOD_INSPECTOR"}]} | judgements[0].engage | is required
          judgement blank note  | {"id": "o", "kind": "SCHOOL", "borough": "B", "judgements": [{"by": "NEIGHBOURHOOD_INSPECTOR", "engage": true, "note": " "}]} | judgements[0].note | must not be blank
          difficult not boolean | {"id": "o", "kind": "SCHOOL", "borough": "B", "difficultToAttendInPerson": 1} | difficultToAttendInPerson | expected true or false, got number 1
          """)
  void rejectsABadFieldNamingItAndItsValue(String title, String json, String field, String message) {
    EngagementException e = assertThrows(EngagementException.class, () -> EngagementJson.readOpportunity(json));

    assertEquals(ErrorCode.INVALID_INPUT, e.code(), title);
    assertEquals(field, e.field().orElseThrow(), title);
    assertTrue(e.getMessage().startsWith(field + ": " + message), title + ": " + e.getMessage());
  }

  @Test
  void rejectsOverlongTextAndTooManyStakeholders() {
    String longName = "x".repeat(201);
    EngagementException text = assertThrows(EngagementException.class, () -> EngagementJson.readOpportunity(
        "{\"id\": \"" + longName + "\", \"kind\": \"PATROL\", \"borough\": \"B\", \"ward\": \"W\"}"));
    assertEquals("id", text.field().orElseThrow());
    assertTrue(text.getMessage().contains("201 characters"), text.getMessage());

    String many = "{\"type\": \"RESIDENTS\"},".repeat(101);
    EngagementException list = assertThrows(EngagementException.class, () -> EngagementJson.readOpportunity(
        "{\"id\": \"o\", \"kind\": \"PATROL\", \"borough\": \"B\", \"ward\": \"W\", \"stakeholders\": ["
            + many.substring(0, many.length() - 1) + "]}"));
    assertEquals("stakeholders", list.field().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"{\"id\": \"o\", \"kind\"", "{\"id\": }", "''", "not json"})
  void malformedOrTruncatedJson_isReportedAsMalformed(String json) {
    EngagementException e = assertThrows(EngagementException.class, () -> EngagementJson.readOpportunity(json));

    assertEquals(ErrorCode.MALFORMED_JSON, e.code());
  }

  @Test
  void readsARosterAndFindsItsPlaces() {
    Roster roster = EngagementJson.readRoster("""
        {"boroughs": [{"name": "B", "boroughInspector": {"id": "1", "name": "A"},
          "neighbourhoodInspector": {"id": "2", "name": "N"}, "divisionalCommander": {"id": "3", "name": "D"},
          "preventLead": {"id": "4", "name": "P"}, "cadetsAvailable": true,
          "wards": [{"name": "W", "pcso": {"id": "5", "name": "S"}}, {"name": "V"}]}]}
        """);

    Borough borough = roster.borough("B").orElseThrow();
    assertEquals("P", borough.preventLead().orElseThrow().name());
    assertTrue(borough.designatedPartnerContact().isEmpty());
    assertEquals("5", borough.ward("W").orElseThrow().pcso().orElseThrow().id());
    assertTrue(borough.ward("V").orElseThrow().pcso().isEmpty());
    assertTrue(roster.borough("X").isEmpty());
  }

  @Test
  void publiclyNamedRoles_defaultToTheWardsPcso_areReadWhenGiven_andWrittenOnlyWhenChosen() {
    String boroughs = "\"boroughs\": []";
    Roster byDefault = EngagementJson.readRoster("{" + boroughs + "}");
    Roster nobody = EngagementJson.readRoster("{" + boroughs + ", \"publiclyNamedRoles\": []}");
    Roster two = EngagementJson.readRoster(
        "{" + boroughs + ", \"publiclyNamedRoles\": [\"PCSO\", \"COMMUNITY_ENGAGEMENT_VOLUNTEER\"]}");

    assertEquals(Set.of(Role.PCSO), byDefault.publiclyNamedRoles());
    assertEquals(Set.of(), nobody.publiclyNamedRoles());
    assertEquals(Set.of(Role.PCSO, Role.COMMUNITY_ENGAGEMENT_VOLUNTEER), two.publiclyNamedRoles());
    assertFalse(EngagementJson.toJson(byDefault).has("publiclyNamedRoles"), "rosters without the choice keep their text");
    assertEquals("[\"PCSO\",\"COMMUNITY_ENGAGEMENT_VOLUNTEER\"]", // in the order of the roles' declaration
        EngagementJson.write(EngagementJson.toJson(two).get("publiclyNamedRoles")));
    assertEquals(nobody, EngagementJson.readRoster(EngagementJson.write(EngagementJson.toJson(nobody))));
    EngagementException unknown = assertThrows(EngagementException.class,
        () -> EngagementJson.readRoster("{" + boroughs + ", \"publiclyNamedRoles\": [\"MAYOR\"]}"));
    assertEquals("publiclyNamedRoles[0]", unknown.field().orElseThrow());
  }

  @Test
  void publicAnswer_isWrittenWithEveryFieldOfItsContract_andMustSayToCall999() {
    PublicAnswer answer = PublicAnswer.builder()
        .opportunityId("o").policeAttend(false).referred(false).emergency(false)
        .summary("We will not come this time.").addDetails("We come when there is a clear police reason.")
        .addContacts(PublicContact.of("Your ward's named PCSO", java.util.Optional.of("Sam"), "Call 101."),
            PublicContact.of("police.uk", java.util.Optional.empty(), "Go to www.police.uk."))
        .emergencyAdvice("If anyone is in danger now, call 999.").ruleBaseVersion("sha256:0123456789abcdef")
        .build();

    assertEquals("{\"opportunityId\":\"o\",\"policeAttend\":false,\"referred\":false,\"emergency\":false,"
        + "\"summary\":\"We will not come this time.\",\"details\":[\"We come when there is a clear police reason.\"],"
        + "\"contacts\":[{\"description\":\"Your ward's named PCSO\",\"name\":\"Sam\",\"how\":\"Call 101.\"},"
        + "{\"description\":\"police.uk\",\"name\":null,\"how\":\"Go to www.police.uk.\"}],"
        + "\"emergencyAdvice\":\"If anyone is in danger now, call 999.\",\"ruleBaseVersion\":\"sha256:0123456789abcdef\"}",
        EngagementJson.write(EngagementJson.toJson(answer)));
    EngagementException no999 = assertThrows(EngagementException.class,
        () -> PublicAnswer.builder().opportunityId("o").policeAttend(false).referred(false).emergency(false)
            .summary("We will not come this time.").emergencyAdvice("Stay calm.").ruleBaseVersion("sha256:0").build());
    assertEquals("emergencyAdvice", no999.field().orElseThrow());
  }

  @Test
  void rosterErrorsNameTheNestedField() {
    EngagementException missing = assertThrows(EngagementException.class, () -> EngagementJson.readRoster(
        "{\"boroughs\": [{\"name\": \"B\", \"boroughInspector\": {\"id\": \"1\", \"name\": \" \"}}]}"));
    assertEquals("boroughs[0].boroughInspector.name", missing.field().orElseThrow());

    EngagementException duplicate = assertThrows(EngagementException.class, () -> EngagementJson.readRoster("""
        {"boroughs": [{"name": "B", "boroughInspector": {"id": "1", "name": "A"},
          "neighbourhoodInspector": {"id": "2", "name": "N"}, "divisionalCommander": {"id": "3", "name": "D"},
          "wards": [{"name": "W"}, {"name": "W"}]}]}
        """));
    assertEquals("boroughs[0].wards", duplicate.field().orElseThrow());
    assertTrue(duplicate.getMessage().contains("duplicate name 'W'"), duplicate.getMessage());
  }

  @Test
  void writesEveryDecisionFieldOfTheContract() {
    Decision decision = Decision.builder()
        .opportunityId("o")
        .attendance(Attendance.ATTEND)
        .attendee(Role.PCSO)
        .pointOfContact(RosterPost.of(Role.PCSO, Officer.of("P1", "Sam")).contactFor(Remit.POINT_OF_CONTACT))
        .addEscalations(Escalation.immediate(Role.DUTY_INSPECTOR, "why"))
        .addActions(Action.ACTIVATE_CONTINGENCY_PLAN)
        .addChannels(Channel.POLICE_UK)
        .addReasons(Reason.of("r", "s", "t"))
        .ruleBaseVersion("sha256:0")
        .build();

    JsonNode json = EngagementJson.toJson(decision);

    assertEquals(
        List.of("opportunityId", "attendance", "attendee", "pointOfContact", "contacts", "escalations", "actions",
            "channels", "reasons", "ruleBaseVersion", "overridden"),
        iterable(json));
    assertEquals(
        List.of("rule", "section", "text", "quote", "interpretation"), iterable(json.at("/reasons/0")));
    assertEquals("[\"POINT_OF_CONTACT\"]", json.at("/pointOfContact/remits").toString());
    assertEquals("PCSO", json.at("/pointOfContact/role").asText());
    assertEquals("P1", json.at("/pointOfContact/id").asText());
    assertEquals("Sam", json.at("/pointOfContact/name").asText());
    assertEquals("DUTY_INSPECTOR", json.at("/escalations/0/to").asText());
    assertEquals("IMMEDIATE", json.at("/escalations/0/priority").asText());
    assertEquals("s", json.at("/reasons/0/section").asText());
  }

  @Test
  void declinedDecisionWritesNullAttendeeAndContact() {
    Decision decision = Decision.builder().opportunityId("o").attendance(Attendance.DECLINE)
        .addReasons(Reason.of("r", "s", "t")).ruleBaseVersion("v").build();

    JsonNode json = EngagementJson.toJson(decision);

    assertTrue(json.get("attendee").isNull());
    assertTrue(json.get("pointOfContact").isNull());
  }

  private static List<String> iterable(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

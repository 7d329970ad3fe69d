package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.authoring.ScenarioAcceptance;
import io.github.engagementrules.authoring.ScenarioAcceptance.Proposal;
import io.github.engagementrules.authoring.ScenarioReport;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.authoring.internal.ScenarioFileEditor;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.Rosters;
import io.github.engagementrules.rules.RuleCopies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ScenarioAcceptance}: an intended change accepted field by field, the rest of the file left as it was. */
class ScenarioAcceptanceTest {
  static final String COUNCILLORS = "Briefing with a policing purpose for councillors is given by the Neighbourhood"
      + " Inspector";
  /** A guard's name quotes the guide; the first scenario is changed by the edit below, the second is not. */
  static final String SCENARIOS = """
      [
        {
          "name": "elected-members: \\"Inspectors/Divisional Commanders will engage with MP's/Local and County Councillors and Chief Executives as necessary\\": councillors (guards guide/elected-members.drl:21)",
          "description": "kept as written",
          "opportunity": {"kind": "ELECTED_MEMBER_BRIEFING", "borough": "Waverley", "ward": "Farnham Castle",
                          "purposes": ["CHRONIC_ISSUE"], "stakeholders": [{"type": "COUNTY_COUNCILLOR"}]},
          "expect": {
            "attendance": "ATTEND",
            "attendee": "NEIGHBOURHOOD_INSPECTOR",
            "pointOfContact": {
              "role": "NEIGHBOURHOOD_INSPECTOR",
              "id": "NI-0102"
            },
            "escalations": [],
            "notFiredRules": [
              "Divisional Commander giving the briefing is its point of contact"
            ],
            "invariants": true
          }
        },
        {
          "name": "untouched",
          "opportunity": {"kind": "ELECTED_MEMBER_BRIEFING", "borough": "Waverley", "ward": "Farnham Castle"},
          "expect": {"attendance": "REFER"}
        }
      ]
      """;
  @TempDir Path temp;

  @Test
  void councillorsBriefedByTheDivisionalCommander_changesShownFieldByField_andOnlyThatExpectationIsRewritten()
      throws IOException {
    Path file = Files.writeString(temp.resolve("councillors.json"), SCENARIOS);
    EngagementDecider edited = editedDecider();

    List<Proposal> proposals = ScenarioAcceptance.propose(run(edited, file));

    assertEquals(1, proposals.size());
    assertEquals(List.of(
        "attendee: \"NEIGHBOURHOOD_INSPECTOR\" -> \"DIVISIONAL_COMMANDER\"",
        "pointOfContact: {\"role\":\"NEIGHBOURHOOD_INSPECTOR\",\"id\":\"NI-0102\"} -> "
            + "{\"role\":\"DIVISIONAL_COMMANDER\",\"id\":\"DC-1\"}",
        "notFiredRules: [\"Divisional Commander giving the briefing is its point of contact\"] -> []"),
        proposals.get(0).changes().stream().map(Object::toString).toList());
    assertEquals(List.of(), proposals.get(0).stillFailing());

    ScenarioAcceptance.write(proposals);

    String rewritten = Files.readString(file, StandardCharsets.UTF_8);
    String before = SCENARIOS.substring(0, SCENARIOS.indexOf("\"expect\""));
    assertTrue(rewritten.startsWith(before), "name, description and opportunity are kept character for character");
    String untouched = SCENARIOS.substring(SCENARIOS.indexOf("\n  },\n  {"));
    assertTrue(rewritten.endsWith(untouched), rewritten);
    assertTrue(rewritten.contains("\"attendee\": \"DIVISIONAL_COMMANDER\",\n      \"pointOfContact\": {\n"
        + "        \"role\": \"DIVISIONAL_COMMANDER\",\n        \"id\": \"DC-1\"\n      },\n"
        + "      \"escalations\": [],\n      \"notFiredRules\": [],\n"), rewritten);
    assertTrue(run(edited, file).failures().isEmpty(), "the accepted expectations hold");
  }

  @Test
  void brokenInvariant_isNeverAccepted() throws IOException {
    Path file = Files.writeString(temp.resolve("councillors.json"), SCENARIOS);
    RuleCopies rules = RuleCopies.of(temp.resolve("rules")).replace("elected-members.drl",
        "insert(AttendanceRuling.attend(Role.NEIGHBOURHOOD_INSPECTOR));\nend\n\nrule \"Briefing for elected",
        "insert(AttendanceRuling.attend(Role.BOROUGH_INSPECTOR));\nend\n\nrule \"Briefing for elected");

    Proposal proposal = ScenarioAcceptance.propose(run(rules.decider(), file)).get(0);

    assertTrue(proposal.expect().get("invariants").asBoolean());
    assertTrue(proposal.stillFailing().stream().anyMatch(f -> f.startsWith("invariants: ")), proposal::toString);
  }

  @Test
  void everyShippedScenarioFile_rewrittenWithItsOwnExpectations_isUnchangedByteForByte() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("../engagement-examples/scenarios"))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() > 20, files::toString);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      JsonNode json = EngagementJson.parse(text);
      if (!json.isArray()) {
        continue; // a roster
      }
      List<ScenarioFileEditor.Replacement> all = new ArrayList<>();
      for (int i = 0; i < json.size(); i++) {
        all.add(new ScenarioFileEditor.Replacement(i, json.get(i).get("name").asText(), json.get(i).get("expect")));
      }
      assertEquals(text, ScenarioFileEditor.withExpectations(file, text, all), file::toString);
    }
  }

  /** The yearly review's edit, made complete: councillors are briefed by the Divisional Commander. */
  private EngagementDecider editedDecider() {
    return RuleCopies.of(temp.resolve("rules")).replace("elected-members.drl",
        "insert(AttendanceRuling.attend(Role.NEIGHBOURHOOD_INSPECTOR));\nend\n\nrule \"Briefing for elected",
        "insert(AttendanceRuling.attend(Role.DIVISIONAL_COMMANDER));\nend\n\nrule \"Briefing for elected").decider();
  }

  private static ScenarioReport run(EngagementDecider decider, Path file) {
    return Scenarios.run(decider, Scenarios.read(List.of(file), Rosters.standard()));
  }
}

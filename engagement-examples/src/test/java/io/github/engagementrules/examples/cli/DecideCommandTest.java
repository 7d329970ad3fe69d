package io.github.engagementrules.examples.cli;

import static io.github.engagementrules.examples.cli.CliTestSupport.ROSTER;
import static io.github.engagementrules.examples.cli.CliTestSupport.SAMPLES;
import static io.github.engagementrules.examples.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.model.EngagementJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the CLI: {@code decide} on good and bad records, usage and rule-base errors. */
class DecideCommandTest {
  @TempDir Path temp;

  @Test
  void decidesEverySampleInInputOrder() throws IOException {
    Path input = SAMPLES.resolve("opportunities.jsonl");
    List<String> inputIds =
        Files.readAllLines(input).stream().map(l -> EngagementJson.parse(l).get("id").asText()).toList();

    CliTestSupport.Run result = run("", "decide", "--roster", ROSTER, input.toString());

    assertEquals(0, result.status(), result.err());
    List<JsonNode> decisions = result.lines().stream().map(EngagementJson::parse).toList();
    assertEquals(inputIds, decisions.stream().map(d -> d.get("opportunityId").asText()).toList());
    decisions.forEach(d -> assertTrue(d.get("reasons").size() > 0 && d.get("ruleBaseVersion").isTextual()));
    assertEquals("REDIRECT", decisions.get(0).get("attendance").asText());
    assertEquals("ACTIVATE_CONTINGENCY_PLAN", decisions.get(4).get("actions").get(0).asText());
  }

  @Test
  void badRecordsGetAnErrorLineEachAndTheOthersAreStillDecided() {
    CliTestSupport.Run result =
        run("", "decide", "--roster", ROSTER, SAMPLES.resolve("bad-opportunities.jsonl").toString());

    assertEquals(1, result.status());
    List<JsonNode> lines = result.lines().stream().map(EngagementJson::parse).toList();
    assertEquals(6, lines.size());
    assertEquals("ok-1", lines.get(0).get("opportunityId").asText());
    assertTrue(lines.get(0).has("attendance"));
    assertError(lines.get(1), 1, "bad-kind", "kind: unknown value \"PARADE\"", "ENG-100");
    assertError(lines.get(2), 2, "bad-ward", "ward: borough 'Waverley' has no ward 'Atlantis'", "ENG-102");
    assertError(lines.get(3), 3, null, "id: is required", "ENG-100");
    assertError(lines.get(4), 4, null, "malformed JSON", "ENG-101");
    assertEquals("ok-2", lines.get(5).get("opportunityId").asText());
  }

  @Test
  void readsAJsonArrayFromStandardInput_andRejectsDuplicateIds() {
    String array =
        "[{\"id\": \"a\", \"kind\": \"PATROL\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\"},\n"
            + " {\"id\": \"a\", \"kind\": \"ONLINE\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\"},\n"
            + " {\"id\": \"b\", \"kind\": \"ONLINE\", \"borough\": \"Guildford\", \"ward\": \"Stoke\"}]";

    CliTestSupport.Run result = run(array, "decide", "--roster", ROSTER, "-");

    assertEquals(1, result.status());
    List<JsonNode> lines = result.lines().stream().map(EngagementJson::parse).toList();
    assertEquals(3, lines.size());
    assertError(lines.get(1), 1, "a", "id: 'a' is used by an earlier record", "ENG-103");
    assertEquals("b", lines.get(2).get("opportunityId").asText());
  }

  @Test
  void blankLineInJsonLines_isAnErrorLineOfItsOwn() {
    String input =
        "{\"id\": \"a\", \"kind\": \"PATROL\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\"}\n\n"
            + "{\"id\": \"b\", \"kind\": \"PATROL\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\"}\n";

    CliTestSupport.Run result = run(input, "decide", "--roster", ROSTER);

    assertEquals(3, result.lines().size());
    assertError(EngagementJson.parse(result.lines().get(1)), 1, null, "empty line", "ENG-101");
  }

  @Test
  void usageErrorsExitWithStatusTwo() {
    assertEquals(2, run("", "decide").status(), "no --roster");
    assertEquals(2, run("", "decide", "--roster", ROSTER, "--colour", "red").status(), "unknown option");
    assertEquals(2, run("", "decide", "--roster", "missing.json").status(), "missing roster");
    assertEquals(2, run("", "decide", "--roster", ROSTER, "missing.jsonl").status(), "missing input");
    assertEquals(2, run("", "frobnicate").status(), "unknown command");
    assertEquals(2, run("").status(), "no command");
  }

  @Test
  void invalidRoster_isReportedWithTheFileAndTheField() throws IOException {
    Path roster = temp.resolve("roster.json");
    Files.writeString(roster, "{\"boroughs\": [{\"name\": \"B\"}]}");

    CliTestSupport.Run result = run("", "decide", "--roster", roster.toString());

    assertEquals(2, result.status());
    assertTrue(result.err().contains("boroughs[0].boroughInspector: is required"), result.err());
  }

  @Test
  void brokenRuleDirectory_isReportedWithFileLineAndColumn() throws IOException {
    Path rules = Files.createDirectory(temp.resolve("rules"));
    Files.writeString(rules.resolve("broken.drl"), "package test;\n\nrule \"Broken\"\nwhen\n  Opportunity(\nthen\nend\n");

    CliTestSupport.Run result = run("", "decide", "--roster", ROSTER, "--rules", rules.toString());

    assertEquals(2, result.status());
    assertTrue(result.err().matches("(?s).*broken\\.drl:\\d+:\\d+: .*"), result.err());
  }

  private static void assertError(JsonNode line, int index, String id, String error, String code) {
    assertEquals(index, line.get("index").asInt(), line.toString());
    if (id == null) {
      assertTrue(line.get("opportunityId").isNull(), line.toString());
    } else {
      assertEquals(id, line.get("opportunityId").asText(), line.toString());
    }
    assertTrue(line.get("error").asText().startsWith(error), line.toString());
    assertEquals(code, line.get("code").asText(), line.toString());
  }
}

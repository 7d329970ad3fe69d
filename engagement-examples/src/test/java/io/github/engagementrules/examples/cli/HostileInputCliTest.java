package io.github.engagementrules.examples.cli;

import static io.github.engagementrules.examples.cli.CliTestSupport.ROSTER;
import static io.github.engagementrules.examples.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.model.EngagementJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code decide} on input that would lose records or exhaust memory: each bad record spoils only its own line. */
class HostileInputCliTest {
  private static String record(String id) {
    return "{\"id\": \"" + id + "\", \"kind\": \"PATROL\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\"}";
  }

  private static List<JsonNode> decide(String stdin) {
    CliTestSupport.Run result = run(stdin, "decide", "--roster", ROSTER, "-");
    assertEquals("", result.err());
    return result.lines().stream().map(EngagementJson::parse).toList();
  }

  @Test
  void duplicatedFieldInAJsonArrayRecord_spoilsOnlyThatRecord() {
    String duplicated = record("b").replace("\"kind\": \"PATROL\"", "\"kind\": \"PATROL\", \"kind\": \"SCHOOL\"");

    List<JsonNode> lines = decide("[" + record("a") + ", " + duplicated + ", " + record("c") + "]");

    assertEquals(3, lines.size());
    assertEquals("a", lines.get(0).get("opportunityId").asText());
    assertTrue(lines.get(1).get("error").asText().contains("'kind'"), lines.get(1).toString());
    assertEquals("c", lines.get(2).get("opportunityId").asText());
  }

  @Test
  void twoRecordsGluedOnOneJsonLine_areAnErrorLine_notASilentlyDroppedRecord() {
    List<JsonNode> lines = decide(record("a") + "\n" + record("b") + record("c") + "\n" + record("d") + "\n");

    assertEquals(3, lines.size());
    assertEquals("ENG-101", lines.get(1).get("code").asText());
    assertEquals("d", lines.get(2).get("opportunityId").asText());
  }

  @Test
  void overlongJsonLine_isAnErrorLine_andTheNextLineIsDecided() {
    String huge = record("big").replace("}", ", \"risks\": [" + "\"CRIME\",".repeat(150_000) + "\"CRIME\"]}");

    List<JsonNode> lines = decide(record("a") + "\n" + huge + "\n" + record("b") + "\n");

    assertEquals(3, lines.size());
    assertTrue(lines.get(1).get("error").asText().contains("longer than the limit"), lines.get(1).toString());
    assertEquals("b", lines.get(2).get("opportunityId").asText());
  }

  @Test
  void overlongRecordInAJsonArray_stopsReadingWithAnErrorLine_insteadOfFillingTheHeap() {
    String huge = record("big").replace("}", ", \"risks\": [" + "\"CRIME\",".repeat(150_000) + "\"CRIME\"]}");

    List<JsonNode> lines = decide("[" + record("a") + ", " + huge + ", " + record("b") + "]");

    assertEquals(2, lines.size());
    assertEquals("a", lines.get(0).get("opportunityId").asText());
    assertTrue(lines.get(1).get("error").asText().contains("longer than the limit"), lines.get(1).toString());
  }

  @Test
  void deeplyNestedRecordInAJsonArray_isAnErrorLine() {
    List<JsonNode> lines = decide("[" + record("a") + ", " + "[".repeat(100_000) + "]".repeat(100_000) + "]");

    assertEquals(2, lines.size());
    assertEquals("ENG-101", lines.get(1).get("code").asText());
  }

  @Test
  void duplicateIdsInJsonLines_areReported_andOverlongIdsAreNotEchoed() {
    String longId = "x".repeat(5_000);

    List<JsonNode> lines = decide(record("a") + "\n" + record("a") + "\n" + record(longId) + "\n");

    assertEquals("ENG-103", lines.get(1).get("code").asText());
    assertEquals("ENG-100", lines.get(2).get("code").asText());
    assertTrue(lines.get(2).get("opportunityId").isNull());
    assertFalse(lines.get(2).toString().contains(longId));
  }
}

package io.github.engagementrules.examples.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision written straight to bytes is byte for byte the text of its tree, whatever the characters in it. */
class BatchDeciderTest {
  /** Non-BMP characters, the separators JSON allows raw but lines do not, and characters JSON escapes. */
  private static final String AWKWARD = "\uD83D\uDE42 \u2028 \u2029 \"quoted\" back\\slash caf\u00e9 \u20ac";

  @Test
  void utf8_ofManyDecisions_isTheirLineInUtf8() {
    Roster roster = Samples.roster();
    EngagementDecider decider = EngagementRules.builder().roster(roster).build();
    List<Opportunity> sample = InputDomain.of(roster).randomSample(17, 2_000);
    BatchDecider batch = new BatchDecider(decider);
    int index = 0;
    for (Opportunity opportunity : sample) {
      assertSameBytes(batch.decide(RecordReader.Input.of(index++, EngagementJson.toJson(opportunity))));
    }
  }

  @Test
  void utf8_withAwkwardCharactersInIdsAndNames_isTheLineInUtf8() {
    String rosterText = Samples.text("roster.json").replace("Cal Whitfield", "Cal " + jsonEscaped(AWKWARD));
    Roster roster = EngagementJson.readRoster(rosterText);
    EngagementDecider decider = EngagementRules.builder().roster(roster).build();
    BatchDecider batch = new BatchDecider(decider);
    List<Opportunity> sample = InputDomain.of(roster).randomSample(5, 300);
    int index = 0;
    boolean sawAwkwardName = false;
    for (Opportunity opportunity : sample) {
      ObjectNode json = EngagementJson.toJson(opportunity).put("id", "id " + index + " " + AWKWARD);
      BatchDecider.Outcome outcome = batch.decide(RecordReader.Input.of(index++, json));
      assertSameBytes(outcome);
      sawAwkwardName |= outcome.line().contains("Cal \uD83D\uDE42");
    }
    assertTrue(sawAwkwardName, "some decision names the officer with the awkward name");
  }

  @Test
  void utf8_ofAnError_isItsLineInUtf8() {
    BatchDecider batch = new BatchDecider(EngagementRules.builder().roster(Samples.roster()).build());
    ObjectNode json = EngagementJson.toJson(InputDomain.of(Samples.roster()).opportunity(0)).put("kind", AWKWARD);
    BatchDecider.Outcome outcome = batch.decide(RecordReader.Input.of(0, json));
    assertTrue(outcome.failed());
    assertSameBytes(outcome);
  }

  @Test
  void escapeLineSeparators_escapesEachSeparator_andKeepsEverythingElse() {
    byte[] json = "[\"a\u2028b\u2029\u2028c\u00e9\"]".getBytes(StandardCharsets.UTF_8);
    assertEquals("[\"a\\u2028b\\u2029\\u2028c\u00e9\"]",
        new String(BatchDecider.escapeLineSeparators(json), StandardCharsets.UTF_8));
    byte[] plain = "[\"caf\u00e9\"]".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(plain, BatchDecider.escapeLineSeparators(plain));
  }

  private static void assertSameBytes(BatchDecider.Outcome outcome) {
    String line = outcome.line();
    assertEquals(line, new String(outcome.utf8(), StandardCharsets.UTF_8));
    assertArrayEquals(line.getBytes(StandardCharsets.UTF_8), outcome.utf8());
  }

  private static String jsonEscaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}

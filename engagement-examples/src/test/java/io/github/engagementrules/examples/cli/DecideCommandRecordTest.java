package io.github.engagementrules.examples.cli;

import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.examples.Schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.model.EngagementJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decide --record FILE}: every decision printed is also recorded, in the same order; errors are not. */
class DecideCommandRecordTest {
  @TempDir Path directory;

  @Test
  void decide_recordsEachDecisionItPrints() throws Exception {
    Path roster = directory.resolve("roster.json");
    Files.writeString(roster, Samples.text("roster.json"));
    Path records = directory.resolve("records.jsonl");
    String input = Samples.text("opportunities.jsonl") + Samples.text("bad-opportunities.jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        new EngagementCli()
            .run(
                new String[] {"decide", "--roster", roster.toString(), "--record", records.toString()},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertEquals(EngagementCli.SOME_FAILED, status);
    List<JsonNode> decisions =
        out.toString(StandardCharsets.UTF_8).lines().map(EngagementJson::parse).filter(j -> !j.has("error")).toList();
    List<JsonNode> recorded = Files.readAllLines(records).stream().map(EngagementJson::parse).toList();
    assertEquals(decisions.size(), recorded.size());
    recorded.forEach(r -> Schemas.assertValid(Schemas.DECISION_RECORD, r));
    for (int i = 0; i < decisions.size(); i++) {
      assertEquals(decisions.get(i), recorded.get(i).get("decision"));
      assertEquals(decisions.get(i).get("opportunityId"), recorded.get(i).at("/opportunity/id"));
    }
    assertTrue(Files.readString(records).contains("Cllr Jamie Fox"), "names are kept without --mask-names");
  }
}

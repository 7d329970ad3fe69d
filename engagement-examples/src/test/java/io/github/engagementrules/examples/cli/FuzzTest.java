package io.github.engagementrules.examples.cli;

import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.examples.Schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.EngagementDecider;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the JSON reader and of {@code decide}: thousands of mutated records (see {@link JsonMutator})
 * each yield a decision or an error, never another exception, never a stack trace, never a missing line.
 */
class FuzzTest {
  private static final long SEED = 20261122L;
  /** Error messages quote values cut short; a longer message would echo hostile input back. */
  private static final int LONGEST_MESSAGE = 1_000;

  private static final List<String> SEEDS =
      Samples.text("opportunities.jsonl").lines().filter(l -> !l.isBlank()).toList();

  /** The sample records, each with a unique id, mutated. */
  private static List<String> mutatedRecords(long seed, int count) {
    JsonMutator mutator = new JsonMutator(seed);
    List<String> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ObjectNode record = (ObjectNode) EngagementJson.parse(SEEDS.get(i % SEEDS.size()));
      record.put("id", "fuzz-" + i);
      records.add(mutator.mutate(EngagementJson.write(record)));
    }
    return records;
  }

  @Test
  void reader_andDecider_turnEveryMutatedRecordIntoADecisionOrAnEngagementException() {
    EngagementDecider decider =
        CliSupport.decider(CliSupport.roster(CliTestSupport.ROSTER), List.of());
    int decided = 0;
    int rejected = 0;
    List<String> records = mutatedRecords(SEED, 5_000);
    for (int i = 0; i < records.size(); i++) {
      String json = records.get(i);
      try {
        Opportunity opportunity = EngagementJson.readOpportunity(json);
        assertEquals(opportunity, EngagementJson.readOpportunity(EngagementJson.write(EngagementJson.toJson(opportunity))));
        decider.decide(opportunity);
        decided++;
      } catch (EngagementException e) {
        assertTrue(e.getMessage().length() <= LONGEST_MESSAGE,
            "record " + i + ": message of " + e.getMessage().length() + " characters: " + shortened(e.getMessage()));
        rejected++;
      } catch (RuntimeException | StackOverflowError e) {
        fail("record " + i + " threw " + e + " for input " + shortened(json), e);
      }
    }
    assertEquals(records.size(), decided + rejected);
    assertTrue(decided > 200 && rejected > 200, "decided " + decided + ", rejected " + rejected);
    System.out.printf("fuzz reader: %d mutated records, %d decided, %d rejected%n", records.size(), decided, rejected);
  }

  @Test
  void decide_givesEveryMutatedJsonLinesRecordExactlyOneLineInOrder_andNoStackTrace() {
    List<String> records = new ArrayList<>(mutatedRecords(SEED + 1, 3_000));
    records.set(0, SEEDS.get(0)); // a first line starting with '[' would make the whole input a JSON array
    List<String> lines = records.stream().map(r -> r.replace('\n', ' ').replace('\r', ' ')).toList();

    CliTestSupport.Run run = CliTestSupport.run(String.join("\n", lines) + "\n", "decide", "--roster",
        CliTestSupport.ROSTER, "-");

    assertEquals(1, run.status(), run.err());
    assertEquals("", run.err(), "nothing on standard error");
    List<String> out = run.lines();
    assertEquals(lines.size(), out.size(), "one output line per input line");
    int errors = 0;
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = EngagementJson.parse(out.get(i));
      Optional<String> readableId = idIfReadable(lines.get(i));
      if (line.has("error")) {
        errors++;
        assertEquals(i, line.get("index").asInt(), "error line " + i + " carries its index");
        assertTrue(line.get("code").asText().matches("ENG-\\d{3}"), out.get(i));
        assertTrue(out.get(i).length() <= LONGEST_MESSAGE + 300, "error line " + i + " is short");
      } else {
        assertTrue(readableId.isPresent(), "decided an unreadable line " + i);
        assertEquals(readableId.get(), line.get("opportunityId").asText(), "line " + i + " is in input order");
        assertTrue(line.has("attendance"), out.get(i));
      }
    }
    assertTrue(errors > 300 && errors < lines.size() - 100, "errors: " + errors);
    System.out.printf("fuzz decide: %d mutated lines, %d output lines, %d decided, %d error lines%n",
        lines.size(), out.size(), lines.size() - errors, errors);
  }

  @Test
  void decide_givesEveryRecordOfAMutatedJsonArrayExactlyOneLineInOrder() {
    JsonMutator mutator = new JsonMutator(SEED + 2);
    List<String> records = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      ObjectNode record = (ObjectNode) EngagementJson.parse(SEEDS.get(i % SEEDS.size()));
      String json = EngagementJson.write(record.put("id", "array-" + i));
      records.add(i % 2 == 0 ? json : mutator.mutateWellFormed(json));
    }

    CliTestSupport.Run run = CliTestSupport.run("[" + String.join(",\n", records) + "]", "decide", "--roster",
        CliTestSupport.ROSTER, "-");

    assertEquals("", run.err(), "nothing on standard error");
    List<String> out = run.lines();
    assertEquals(records.size(), out.size(), "one output line per record of the array");
    int errors = 0;
    for (int i = 0; i < records.size(); i++) {
      JsonNode line = EngagementJson.parse(out.get(i));
      if (line.has("error")) {
        errors++;
        assertEquals(i, line.get("index").asInt(), out.get(i));
      } else {
        assertEquals(idIfReadable(records.get(i)).orElseThrow(), line.get("opportunityId").asText(), "record " + i);
      }
    }
    assertTrue(errors > 100 && errors <= records.size() / 2, "errors: " + errors);
    System.out.printf("fuzz decide (JSON array): %d records, %d output lines, %d error lines%n",
        records.size(), out.size(), errors);
  }

  /** The id {@code decide} should echo for a line, as it reads it (UTF-8 turns a lone surrogate into '?'). */
  private static Optional<String> idIfReadable(String line) {
    try {
      return Optional.of(EngagementJson.readOpportunity(new String(line.getBytes(UTF_8), UTF_8)).id());
    } catch (EngagementException e) {
      return Optional.empty();
    }
  }

  private static String shortened(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}

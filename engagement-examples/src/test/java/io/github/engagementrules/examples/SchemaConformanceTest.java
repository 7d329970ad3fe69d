package io.github.engagementrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Priority;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.authoring.InputDomain;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped in the model jar describe what the library really reads and writes: every shipped sample,
 * every decision made for the samples and for a seeded sample of the input domain validates, and the schemas and the
 * strict reader agree about bad records.
 */
class SchemaConformanceTest {
  private static final Roster ROSTER = EngagementJson.readRoster(Samples.text("roster.json"));
  private static final EngagementDecider DECIDER = EngagementRules.builder().roster(ROSTER).build();

  @Test
  void sampleRoster_validates() {
    Schemas.assertValid(Schemas.ROSTER, EngagementJson.parse(Samples.text("roster.json")));
  }

  @Test
  void sampleOpportunitiesAndTheirDecisions_validate() {
    List<String> lines = lines("opportunities.jsonl");
    assertFalse(lines.isEmpty());
    for (String line : lines) {
      JsonNode json = EngagementJson.parse(line);
      Schemas.assertValid(Schemas.OPPORTUNITY, json);
      Schemas.assertValid(Schemas.DECISION, EngagementJson.toJson(DECIDER.decide(EngagementJson.readOpportunity(json))));
    }
  }

  @Test
  void seededSampleOfTheInputDomain_andItsDecisions_validate() {
    List<Opportunity> sample = InputDomain.of(ROSTER).randomSample(20_261_121L, 400);
    List<DecisionResult> results = DECIDER.decideAll(sample);
    int decided = 0;
    for (DecisionResult result : results) {
      Schemas.assertValid(Schemas.OPPORTUNITY, EngagementJson.toJson(sample.get(result.index())));
      if (result.decision().isPresent()) {
        Schemas.assertValid(Schemas.DECISION, EngagementJson.toJson(result.decision().get()));
        decided++;
      }
    }
    assertTrue(decided > 300, "only " + decided + " of 400 samples were decided");
  }

  @Test
  void schemaAndStrictReader_agreeOnEverySampleRecord() {
    // A record the reader rejects as invalid input must break the schema too, and one it reads must keep it.
    int checked = 0;
    for (String line : concat(lines("bad-opportunities.jsonl"), lines("opportunities.jsonl"))) {
      JsonNode json;
      try {
        json = EngagementJson.parse(line);
      } catch (EngagementException malformed) {
        continue; // not JSON at all: no schema applies
      }
      boolean schemaValid = Schemas.problems(Schemas.OPPORTUNITY, json).isEmpty();
      try {
        EngagementJson.readOpportunity(json);
        assertTrue(schemaValid, "the reader accepts what the schema rejects: " + line);
      } catch (EngagementException e) {
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertFalse(schemaValid, "the schema accepts what the reader rejects (" + e.getMessage() + "): " + line);
      }
      checked++;
    }
    assertTrue(checked > 20);
  }

  @Test
  void schemas_rejectWhatTheContractForbids() {
    String good = "{\"id\": \"x\", \"kind\": \"PATROL\", \"borough\": \"B\", \"ward\": \"W\"";
    for (String bad :
        List.of(
            "{\"kind\": \"PATROL\", \"borough\": \"B\", \"ward\": \"W\"}",
            good + ", \"kind2\": 1}",
            "{\"id\": \"  \", \"kind\": \"PATROL\", \"borough\": \"B\", \"ward\": \"W\"}",
            good + ", \"risks\": [\"FLOOD\"]}",
            good + ", \"stakeholders\": [{\"name\": \"nobody\"}]}",
            good + ", \"intelligenceLed\": \"yes\"}",
            "{\"id\": \"" + "x".repeat(201) + "\", \"kind\": \"PATROL\", \"borough\": \"B\", \"ward\": \"W\"}")) {
      JsonNode json = EngagementJson.parse(bad);
      assertFalse(Schemas.problems(Schemas.OPPORTUNITY, json).isEmpty(), "schema accepts " + bad);
      EngagementException e =
          assertThrows(
              EngagementException.class, () -> EngagementJson.readOpportunity(json), bad);
      assertEquals(ErrorCode.INVALID_INPUT, e.code());
    }
    Schemas.assertValid(Schemas.OPPORTUNITY, EngagementJson.parse(good + ", \"purposes\": null}"));
  }

  @Test
  void schemaEnums_listExactlyTheJavaEnumValues() {
    Map<String, Map<String, Class<? extends Enum<?>>>> enums =
        Map.of(
            "opportunity.schema.json",
                Map.of(
                    "opportunityKind", OpportunityKind.class,
                    "policingPurpose", PolicingPurpose.class,
                    "request", Request.class,
                    "risk", Risk.class,
                    "topic", Topic.class,
                    "stakeholderType", StakeholderType.class),
            "decision.schema.json",
                Map.of(
                    "attendance", Attendance.class,
                    "role", Role.class,
                    "remit", Remit.class,
                    "priority", Priority.class,
                    "action", Action.class,
                    "channel", Channel.class));
    enums.forEach(
        (file, defs) -> {
          JsonNode schema = EngagementJson.parse(Schemas.shippedText(file));
          defs.forEach(
              (def, type) -> {
                Set<String> inSchema = new TreeSet<>();
                schema.get("$defs").get(def).get("enum").forEach(v -> inSchema.add(v.asText()));
                Set<String> inJava =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(inJava, inSchema, file + " $defs." + def);
              });
        });
  }

  @Test
  void decisionRecordSchema_rejectsARecordWithoutItsTime() {
    Opportunity opportunity = EngagementJson.readOpportunity(lines("opportunities.jsonl").get(0));
    ObjectNode record =
        EngagementJson.parse(
                "{\"recordedAt\": \"2026-11-21T10:15:30Z\", \"ruleBaseVersion\": \"sha256:0123456789abcdef\","
                    + " \"firedRules\": [{\"rule\": \"r\", \"section\": \"s\"}]}")
            .deepCopy();
    record.set("opportunity", EngagementJson.toJson(opportunity));
    record.set("decision", EngagementJson.toJson(DECIDER.decide(opportunity)));
    Schemas.assertValid(Schemas.DECISION_RECORD, record);
    record.remove("recordedAt");
    assertFalse(Schemas.problems(Schemas.DECISION_RECORD, record).isEmpty());
    record.put("recordedAt", "now");
    ((ObjectNode) record.get("decision")).put("attendance", "MAYBE");
    assertFalse(Schemas.problems(Schemas.DECISION_RECORD, record).isEmpty(), "the referenced decision schema applies");
  }

  @Test
  void everyShippedSchema_isADraft202012Schema() {
    for (String name : List.of(
        "opportunity.schema.json", "roster.schema.json", "decision.schema.json", "decision-record.schema.json")) {
      JsonSchema schema = Schemas.shipped(name);
      assertEquals("https://json-schema.org/draft/2020-12/schema", schema.getSchemaNode().get("$schema").asText());
    }
  }

  private static List<String> lines(String sample) {
    return Arrays.stream(Samples.text(sample).split("\n")).filter(l -> !l.isBlank()).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}

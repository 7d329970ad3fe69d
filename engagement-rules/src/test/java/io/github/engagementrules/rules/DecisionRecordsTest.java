package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision records: the listener sees every decision; the JSON Lines sink writes them, stamped and masked. */
class DecisionRecordsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"), ZoneOffset.UTC);

  private static final Opportunity STATISTICS_MEETING =
      Opportunity.builder()
          .id("meeting")
          .kind(OpportunityKind.COMMUNITY_MEETING)
          .borough(Rosters.FULL)
          .ward(Rosters.STAFFED_WARD)
          .addRequests(Request.STATISTICS_REPORT)
          .addStakeholders(Stakeholder.of(StakeholderType.RESIDENTS, "Farnham Residents"))
          .build();

  private static final Opportunity PREVENT_AT_UNIVERSITY =
      Opportunity.builder()
          .id("campus")
          .kind(OpportunityKind.PARTNER_CONTACT)
          .borough(Rosters.FULL)
          .ward(Rosters.STAFFED_WARD)
          .addPurposes(PolicingPurpose.PRIORITY_CRIME)
          .addTopics(Topic.PREVENT)
          .addStakeholders(Stakeholder.of(StakeholderType.UNIVERSITY, "University of Surrey"))
          .addStakeholders(Stakeholder.of(StakeholderType.COMMUNITY_INTERMEDIARY, "Campus chaplain"))
          .build();

  @TempDir Path directory;

  @Test
  void listener_receivesEachDecisionWithItsOpportunity_andKeepsItAcrossRosterChanges() {
    List<DecisionRecord> records = new CopyOnWriteArrayList<>();
    EngagementDecider decider = EngagementRules.builder().roster(Rosters.standard()).decisionListener(records::add).build();

    Decision decided = decider.decide(STATISTICS_MEETING);
    Opportunity unknownWard =
        Opportunity.builder().id("nowhere").kind(OpportunityKind.PATROL).borough(Rosters.FULL).ward("Atlantis").build();
    List<DecisionResult> batch = decider.decideAll(List.of(unknownWard, PREVENT_AT_UNIVERSITY));
    decider.withRoster(Rosters.standard()).decide(STATISTICS_MEETING);

    assertFalse(batch.get(0).isDecided());
    assertEquals(List.of("meeting", "campus", "meeting"), records.stream().map(r -> r.opportunity().id()).toList());
    assertEquals(decided, records.get(0).decision());
    assertEquals(STATISTICS_MEETING, records.get(0).opportunity());
    assertEquals(decided.reasons(), records.get(0).firedRules());
    assertEquals(decider.ruleBase().version(), records.get(0).ruleBaseVersion());
  }

  @Test
  void listenerFailure_reachesTheCaller() {
    EngagementDecider decider =
        EngagementRules.builder()
            .roster(Rosters.standard())
            .decisionListener(
                r -> {
                  throw new IllegalStateException("audit store down");
                })
            .build();
    assertThrows(IllegalStateException.class, () -> decider.decide(STATISTICS_MEETING));
  }

  @Test
  void jsonLinesSink_appendsOneStampedLinePerDecision() throws Exception {
    Path file = directory.resolve("records.jsonl");
    Decision decision;
    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.open(file, CLOCK, false)) {
      EngagementDecider decider = EngagementRules.builder().roster(Rosters.standard()).decisionListener(sink).build();
      decision = decider.decide(STATISTICS_MEETING);
      decider.decide(PREVENT_AT_UNIVERSITY);
    }
    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.open(file, CLOCK, false)) {
      EngagementRules.builder().roster(Rosters.standard()).decisionListener(sink).build().decide(STATISTICS_MEETING);
    }

    List<String> lines = Files.readAllLines(file);
    assertEquals(3, lines.size(), "a reopened sink appends");
    JsonNode first = EngagementJson.parse(lines.get(0));
    assertEquals("2026-11-21T10:15:30Z", first.get("recordedAt").asText());
    assertEquals(decision.ruleBaseVersion(), first.get("ruleBaseVersion").asText());
    assertEquals(decision.rosterVersion().orElseThrow(), first.get("rosterVersion").asText());
    assertEquals(EngagementJson.toJson(STATISTICS_MEETING), first.get("opportunity"));
    assertEquals(EngagementJson.toJson(decision), first.get("decision"));
    assertEquals(decision.reasons().size(), first.get("firedRules").size());
    assertEquals(decision.reasons().get(0).rule(), first.get("firedRules").get(0).get("rule").asText());
    assertEquals(decision.reasons().get(0).section(), first.get("firedRules").get(0).get("section").asText());
    assertEquals("Farnham Residents", first.at("/opportunity/stakeholders/0/name").asText());
  }

  @Test
  void jsonLinesSink_masksPersonalNames_butKeepsIds() throws Exception {
    Path file = directory.resolve("masked.jsonl");
    Decision decision;
    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.open(file, CLOCK, true)) {
      decision =
          EngagementRules.builder().roster(Rosters.standard()).decisionListener(sink).build().decide(PREVENT_AT_UNIVERSITY);
    }
    String line = Files.readString(file);
    for (String name : List.of("University of Surrey", "Campus chaplain", "Pree Lead", "Sam Support", "Hana Liaison")) {
      assertFalse(line.contains(name), name + " was written unmasked: " + line);
    }
    JsonNode record = EngagementJson.parse(line);
    assertEquals(JsonLinesDecisionSink.MASK, record.at("/opportunity/stakeholders/0/name").asText());
    assertTrue(decision.pointOfContact().isPresent(), "the fixture should name a point of contact");
    assertEquals(JsonLinesDecisionSink.MASK, record.at("/decision/pointOfContact/name").asText());
    assertEquals(decision.pointOfContact().get().id().orElseThrow(), record.at("/decision/pointOfContact/id").asText());
    assertTrue(record.at("/decision/contacts").size() > 0, "the fixture should name further contacts");
    record.at("/decision/contacts").forEach(c -> assertTrue(c.get("name").isNull() || c.get("name").asText().equals("***")));
  }

  @Test
  void closedSink_failsRatherThanLosingRecords() throws Exception {
    JsonLinesDecisionSink sink = JsonLinesDecisionSink.open(directory.resolve("closed.jsonl"), CLOCK, false);
    EngagementDecider decider = EngagementRules.builder().roster(Rosters.standard()).decisionListener(sink).build();
    sink.close();
    UncheckedIOException refused =
        assertThrows(DecisionNotRecordedException.class, () -> decider.decide(STATISTICS_MEETING));
    assertTrue(refused.getMessage().contains("is closed"), refused.getMessage());
  }
}

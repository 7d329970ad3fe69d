package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision API: places, batches, roster replacement, determinism, and rule bases loaded from directories. */
class EngagementDeciderTest {
  private static final EngagementDecider DECIDER = GuideFixture.DECIDER;

  @TempDir Path rules;

  private static Opportunity meeting(String id, String borough, String ward) {
    return meeting(id, borough, ward, PolicingPurpose.CHRONIC_ISSUE);
  }

  private static Opportunity meeting(String id, String borough, String ward, PolicingPurpose purpose) {
    return Opportunity.builder()
        .id(id)
        .kind(OpportunityKind.COMMUNITY_MEETING)
        .borough(borough)
        .ward(ward)
        .addPurposes(purpose)
        .build();
  }

  @Test
  void unknownBorough_isRejectedNamingTheFieldAndValue() {
    EngagementException e =
        assertThrows(EngagementException.class, () -> DECIDER.decide(meeting("a", "Atlantis", "Farnham Castle")));

    assertEquals(ErrorCode.UNKNOWN_PLACE, e.code());
    assertEquals("borough", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("'Atlantis'"), e.getMessage());
  }

  @Test
  void unknownWard_isRejectedNamingTheFieldAndValue() {
    EngagementException e =
        assertThrows(EngagementException.class, () -> DECIDER.decide(meeting("a", Rosters.FULL, "Nowhere")));

    assertEquals(ErrorCode.UNKNOWN_PLACE, e.code());
    assertEquals("ward", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("'Nowhere'"), e.getMessage());
  }

  @Test
  void decideAll_keepsOrderAndGivesBadRecordsTheirOwnErrors() {
    List<DecisionResult> results =
        DECIDER.decideAll(
            List.of(
                meeting("one", Rosters.FULL, Rosters.STAFFED_WARD),
                meeting("two", "Atlantis", Rosters.STAFFED_WARD),
                meeting("one", Rosters.FULL, Rosters.STAFFED_WARD),
                meeting("three", Rosters.SPARSE, "Esher")));

    assertEquals(List.of(0, 1, 2, 3), results.stream().map(DecisionResult::index).toList());
    assertEquals(List.of(true, false, false, true), results.stream().map(DecisionResult::isDecided).toList());
    assertEquals(ErrorCode.UNKNOWN_PLACE, results.get(1).error().orElseThrow().code());
    assertEquals(ErrorCode.DUPLICATE_ID, results.get(2).error().orElseThrow().code());
    assertEquals("three", results.get(3).decision().orElseThrow().opportunityId());
  }

  @Test
  void withRoster_picksUpAMovedOfficerWithoutRecompilingTheRules() {
    Opportunity opportunity = meeting("m", Rosters.FULL, Rosters.STAFFED_WARD);
    Roster moved = rosterWithANewPcso();

    EngagementDecider updated = DECIDER.withRoster(moved);

    assertEquals("PCSO-1", DECIDER.decide(opportunity).pointOfContact().orElseThrow().id().orElseThrow());
    assertEquals("PCSO-9", updated.decide(opportunity).pointOfContact().orElseThrow().id().orElseThrow());
    assertSame(DECIDER.ruleBase(), updated.ruleBase());
    assertSame(moved, updated.roster());
  }

  @Test
  void everyDecision_namesTheRosterVersion_whichChangesWithTheRosterOnly() {
    Opportunity opportunity = meeting("m", Rosters.FULL, Rosters.STAFFED_WARD);
    Roster sameContent = EngagementJson.readRoster(EngagementJson.toJson(Rosters.standard()).toPrettyString());
    Roster moved = rosterWithANewPcso();

    String version = DECIDER.decide(opportunity).rosterVersion().orElseThrow();

    assertTrue(version.matches("sha256:[0-9a-f]{16}"), version);
    assertEquals(version, DECIDER.rosterVersion());
    assertEquals(version, DECIDER.withRoster(sameContent).decide(opportunity).rosterVersion().orElseThrow());
    String movedVersion = DECIDER.withRoster(moved).decide(opportunity).rosterVersion().orElseThrow();
    assertNotEquals(version, movedVersion);
    assertEquals(movedVersion, DECIDER.withRoster(moved).rosterVersion());
    assertEquals(version, EngagementJson.toJson(DECIDER.decide(opportunity)).get("rosterVersion").asText());
  }

  @Test
  void forceSizedRoster_givesTheSameDecisionsAsTheSmallOne() {
    var roster = Roster.builder().addBoroughs(Rosters.fullBorough(), Rosters.sparseBorough());
    for (int b = 0; b < 100; b++) {
      var borough = Rosters.fullBoroughBuilder("Borough " + b);
      for (int w = 0; w < 50; w++) {
        borough.addWards(Ward.builder().name("Ward " + w).pcso(Officer.of("P" + b + "-" + w, "Officer")).build());
      }
      roster.addBoroughs(borough.build());
    }
    EngagementDecider forceWide = DECIDER.withRoster(roster.build());
    for (Opportunity opportunity : VariedOpportunities.of(Rosters.standard(), 7, 2_000)) {
      Decision small = DECIDER.decide(opportunity);
      Decision large = forceWide.decide(opportunity);
      assertEquals(withoutRosterVersion(small), withoutRosterVersion(large));
      assertNotEquals(small.rosterVersion(), large.rosterVersion());
    }
  }

  @Test
  void sameOpportunity_alwaysGetsTheSameDecision() {
    Opportunity opportunity = meeting("m", Rosters.FULL, Rosters.VACANT_WARD);
    Decision first = DECIDER.decide(opportunity);

    for (int i = 0; i < 50; i++) {
      assertEquals(first, DECIDER.decide(opportunity));
    }
    assertEquals(first, EngagementRules.builder().roster(Rosters.standard()).build().decide(opportunity));
  }

  @Test
  void ruleBase_describesEveryRuleWithAKnownSection_andImplementsEverySection() {
    RuleBaseInfo info = DECIDER.ruleBase();

    assertTrue(info.version().matches("sha256:[0-9a-f]{16}"), info.version());
    assertTrue(info.rules().size() > 40, "rules: " + info.rules().size());
    for (RuleDescription rule : info.rules()) {
      assertTrue(info.section(rule.section()).isPresent(), rule.toString());
      assertTrue(rule.file().endsWith(".drl"), rule.file());
    }
    assertEquals(List.of(), info.unimplementedSections());
    assertEquals(23, info.sections().size());
    info.sections().forEach(s -> assertTrue(s.text().length() > 100, s.id() + " has its text"));
  }

  @Test
  void rulesCopiedToADirectory_haveTheSameVersionAndDecisions() throws IOException {
    copyBuiltInRules();
    EngagementDecider fromDirectory =
        EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules).build();
    Opportunity opportunity = meeting("m", Rosters.FULL, Rosters.STAFFED_WARD);

    assertEquals(DECIDER.ruleBase().version(), fromDirectory.ruleBase().version());
    assertEquals(DECIDER.decide(opportunity), fromDirectory.decide(opportunity));
  }

  @Test
  void editedRules_changeTheVersion() throws IOException {
    copyBuiltInRules();
    Path file = rules.resolve("patrols.drl");
    Files.writeString(file, Files.readString(file) + "\n// an edit\n");

    EngagementDecider edited = EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules).build();

    assertNotEquals(DECIDER.ruleBase().version(), edited.ruleBase().version());
  }

  @Test
  void brokenRuleFile_isReportedWithFileLineAndMessage() throws IOException {
    copyBuiltInRules();
    Path file = rules.resolve("patrols.drl");
    Files.writeString(file, Files.readString(file).replace("rule \"Patrol goes ahead\"",
        "rule \"Patrol goes ahead\"\n  when when"));

    EngagementException e = assertThrows(EngagementException.class, this::buildFromDirectory);

    assertEquals(ErrorCode.RULE_COMPILATION, e.code());
    assertTrue(e.getMessage().matches("(?s).*" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*"),
        e.getMessage());
  }

  @Test
  void ruleWithoutSection_isRejectedWithItsLocation() throws IOException {
    write("no-section.drl", """
        package test;
        import io.github.engagementrules.model.*;

        rule "Everything is declined"
          @reason("test")
        when
          Opportunity()
        then
          insert(AttendanceRuling.decline());
        end
        """);

    EngagementException e = assertThrows(EngagementException.class, this::buildFromDirectory);

    assertEquals(ErrorCode.RULE_COMPILATION, e.code());
    assertTrue(e.getMessage().contains("no-section.drl:4:1: rule \"Everything is declined\" has no @section"),
        e.getMessage());
  }

  @Test
  void ruleBaseWithAGap_failsTheDecisionWithNoAttendanceDecided() throws IOException {
    write("gap.drl", """
        package test;
        import io.github.engagementrules.model.*;

        rule "Patrols are attended"
          @section("patrols") @reason("test") @quote("Each Borough should have patrol plans where relevant.") @tier("engage")
        when
          Opportunity(kind == OpportunityKind.PATROL)
        then
          insert(AttendanceRuling.attend(Role.SNT_OFFICER));
        end
        """);
    EngagementDecider decider = buildFromDirectory();

    EngagementException e =
        assertThrows(EngagementException.class, () -> decider.decide(meeting("m", Rosters.FULL, Rosters.STAFFED_WARD)));

    assertEquals(ErrorCode.NO_ATTENDANCE_DECIDED, e.code());
  }

  @Test
  void rulesClaimingDifferentAttendance_failTheDecisionNamingBothRules() throws IOException {
    write("conflict.drl", """
        package test;
        import io.github.engagementrules.model.*;

        rule "Meetings are attended"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose") @tier("engage")
        when
          Opportunity(kind == OpportunityKind.COMMUNITY_MEETING)
        then
          insert(AttendanceRuling.attend(Role.PCSO));
        end

        rule "Meetings are declined"
          @section("policing-purpose") @reason("test") @quote("Prevention and detection of crime") @tier("engage")
        when
          Opportunity(kind == OpportunityKind.COMMUNITY_MEETING)
        then
          insert(AttendanceRuling.decline());
        end
        """);
    EngagementDecider decider = buildFromDirectory();

    EngagementException e =
        assertThrows(EngagementException.class, () -> decider.decide(meeting("m", Rosters.FULL, Rosters.STAFFED_WARD)));

    assertEquals(ErrorCode.CONFLICTING_RULINGS, e.code());
    assertTrue(e.getMessage().contains("'Meetings are attended'") && e.getMessage().contains("'Meetings are declined'"),
        e.getMessage());
  }

  @Test
  void loopingRule_isStoppedByTheFiringLimit_andTheNextDecisionStillWorks() throws IOException {
    write("loop.drl", """
        package test;
        import io.github.engagementrules.model.*;

        rule "Meetings are attended"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose") @tier("engage")
        when
          Opportunity(kind == OpportunityKind.COMMUNITY_MEETING)
        then
          insert(AttendanceRuling.attend(Role.PCSO));
        end

        declare Tick
          value : int
        end

        rule "Escalate forever"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose")
        when
          Tick($v : value)
          not Tick(value == $v + 1)
        then
          insert(new Tick($v + 1));
        end

        rule "Start the loop"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose")
        when
          Opportunity(kind == OpportunityKind.COMMUNITY_MEETING, purposes contains PolicingPurpose.PRIORITY_CRIME)
        then
          insert(new Tick(0));
        end
        """);
    EngagementDecider decider =
        EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules).firingLimit(200).build();
    Opportunity looping = meeting("loop", Rosters.FULL, Rosters.STAFFED_WARD, PolicingPurpose.PRIORITY_CRIME);

    EngagementException e = assertThrows(EngagementException.class, () -> decider.decide(looping));

    assertEquals(ErrorCode.FIRING_LIMIT_EXCEEDED, e.code());
    assertTrue(e.getMessage().contains("'Escalate forever'"), e.getMessage());
    assertEquals(Attendance.ATTEND, decider.decide(meeting("next", Rosters.FULL, Rosters.STAFFED_WARD)).attendance());
  }

  private EngagementDecider buildFromDirectory() {
    return EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules).build();
  }

  /** The standard roster's full borough with another PCSO in the staffed ward. */
  private static Roster rosterWithANewPcso() {
    return Roster.builder()
        .addBoroughs(
            Rosters.fullBoroughBuilder()
                .addWards(Ward.builder().name(Rosters.STAFFED_WARD).pcso(Officer.of("PCSO-9", "New Officer")).build())
                .build())
        .build();
  }

  private static JsonNode withoutRosterVersion(Decision decision) {
    ObjectNode json = EngagementJson.toJson(decision);
    json.remove("rosterVersion");
    return json;
  }

  private void write(String name, String drl) throws IOException {
    Files.writeString(rules.resolve(name), drl, StandardCharsets.UTF_8);
  }

  private void copyBuiltInRules() throws IOException {
    for (var source : RuleFiles.builtIn()) {
      String name = source.name().substring(source.name().lastIndexOf('/') + 1);
      write(name, source.content());
    }
    assertEquals(21, Files.list(rules).collect(Collectors.toList()).size(),
        "18 rule files, precedence.json, guide-sections.txt and edition.json");
  }
}

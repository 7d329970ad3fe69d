package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.DomainVerification;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.authoring.Scenario;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.authoring.VerificationFinding;
import io.github.engagementrules.authoring.VerificationFinding.Kind;
import io.github.engagementrules.authoring.VerificationReport;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.rules.BrokenRuleBases;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.Rosters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DomainVerification} on broken copies of the shipped rules, over a reduced enumeration (every 1009th
 * opportunity: 1009 is prime, so the sample runs through every kind, place and flag). The clean, full enumeration of
 * the shipped rules is {@link DomainInvariantsTest}.
 */
class DomainVerificationTest {
  private static final long STEP = 1009;
  private final InputDomain domain = InputDomain.of(Rosters.standard());
  @TempDir Path temp;

  @Test
  void deletedRule_leavesAGap_reportedWithACounterexampleThatReproducesIt() throws Exception {
    EngagementDecider broken = BrokenRuleBases.decider(BrokenRuleBases.gap(temp.resolve("rules")));

    VerificationReport report = DomainVerification.verify(broken, domain, STEP);

    assertFalse(report.isClean());
    assertEquals((domain.size() + STEP - 1) / STEP, report.checked());
    VerificationFinding gap = report.findings().get(0);
    assertEquals(Kind.GAP, gap.kind());
    assertEquals("no rule decided the attendance of a PATROL", gap.description());
    assertEquals(OpportunityKind.PATROL, gap.example().kind());
    assertTrue(gap.detail().contains("ENG-201") || gap.detail().contains("no rule decided"), gap::detail);
    assertEquals(List.of(Kind.GAP), report.findings().stream().map(VerificationFinding::kind).distinct().toList());

    Path scenario = temp.resolve("gap.json");
    Files.writeString(scenario, EngagementJson.write(gap.scenario(null)));
    List<Scenario> scenarios = Scenarios.read(List.of(scenario), Rosters.standard());
    assertFalse(Scenarios.run(broken, scenarios).results().get(0).passed(), "the counterexample fails on the gap");
    assertTrue(Scenarios.run(builtIn(), scenarios).results().get(0).passed(), "and passes on the shipped rules");
  }

  @Test
  void twoRulesInConflict_areReportedAsAConflictNamingBothRules() {
    EngagementDecider broken = BrokenRuleBases.decider(BrokenRuleBases.conflict(temp.resolve("rules")));

    VerificationReport report = DomainVerification.verify(broken, domain, STEP);

    VerificationFinding conflict = report.findings().get(0);
    assertEquals(Kind.CONFLICT, conflict.kind());
    assertTrue(conflict.description().contains("'" + BrokenRuleBases.PATROL_DEFAULT + "' (ATTEND by SNT_OFFICER)"),
        conflict::description);
    assertTrue(conflict.description().contains("'Patrol in a ward with a named PCSO is declined' (DECLINE)"),
        conflict::description);
    assertFalse(conflict.description().contains("domain-"), "one finding for all opportunities, without their ids");
    assertEquals(OpportunityKind.PATROL, conflict.example().kind());
  }

  @Test
  void attendanceWithoutPointOfContactOrEscalation_isAnInvariantFinding() {
    EngagementDecider broken = BrokenRuleBases.decider(BrokenRuleBases.attendWithoutContact(temp.resolve("rules")));

    VerificationReport report = DomainVerification.verify(broken, domain, STEP);

    assertTrue(report.findings().stream().anyMatch(f -> f.kind() == Kind.INVARIANT
            && f.description().equals("ATTEND without a point of contact or an escalation")),
        () -> DomainInvariantsTest.describe(report));
    assertTrue(report.findings().stream().allMatch(f -> f.kind() == Kind.INVARIANT));
    VerificationFinding finding = report.findings().get(0);
    assertTrue(finding.scenario("roster.json").get("roster").asText().equals("roster.json"));
  }

  @Test
  void shippedRules_verifyCleanOnTheReducedEnumeration() {
    VerificationReport report = DomainVerification.verify(builtIn(), domain, STEP);

    assertTrue(report.isClean(), () -> DomainInvariantsTest.describe(report));
  }

  private static EngagementDecider builtIn() {
    return EngagementRules.builder().roster(Rosters.standard()).build();
  }
}

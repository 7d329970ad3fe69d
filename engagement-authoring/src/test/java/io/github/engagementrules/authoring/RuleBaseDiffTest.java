package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.engagementrules.authoring.DecisionChange;
import io.github.engagementrules.authoring.DiffReport;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.authoring.RuleBaseDiff;
import io.github.engagementrules.authoring.Scenario;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Topic;
import io.github.engagementrules.rules.BrokenRuleBases;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.Rosters;
import io.github.engagementrules.rules.RuleCopies;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RuleBaseDiff}: what an edit changes, and to which guide section it is attributed. */
class RuleBaseDiffTest {
  private static final long STEP = 1009;
  private final InputDomain domain = InputDomain.of(Rosters.standard());
  private final EngagementDecider builtIn = EngagementRules.builder().roster(Rosters.standard()).build();
  @TempDir Path temp;

  @Test
  void sameRules_changeNothing() {
    EngagementDecider copy = BrokenRuleBases.decider(RuleCopies.of(temp).directory());

    DiffReport report = RuleBaseDiff.compare(builtIn, copy, domain, STEP);

    assertTrue(report.isUnchanged());
    assertEquals(report.beforeVersion(), report.afterVersion());
  }

  @Test
  void derivedDomainOfBothRuleBases_reachesAValueOnlyTheNewRulesTest() {
    RuleCopies rules = RuleCopies.of(temp).append("patrols.drl", "rule \"Patrol about cybercrime is declined\""
        + " @section(\"patrols\") @reason(\"r\") @quote(\"Each Borough should have patrol plans where relevant.\")"
        + " @tier(\"engage\")\nwhen Opportunity(kind == OpportunityKind.PATROL, topics contains Topic.CYBERCRIME)\n"
        + "then insert(AttendanceRuling.decline()); end\n");
    EngagementDecider edited = BrokenRuleBases.decider(rules.directory());
    List<RuleFile> before = RuleFiles.builtIn();
    List<RuleFile> both = new ArrayList<>(before);
    both.addAll(RuleFiles.fromDirectories(List.of(rules.directory())));

    DerivedDomain oldDomain = DerivedDomain.ofRuleFiles(before, Rosters.standard());
    DerivedDomain bothDomains = DerivedDomain.ofRuleFiles(both, Rosters.standard());
    DiffReport overBoth = RuleBaseDiff.compare(builtIn, edited, bothDomains, bothDomains.coverage(1_000, 2), 1L, 0);

    // The built-in rules never test CYBERCRIME, so their own domain has no class for it; the two together do.
    assertFalse(oldDomain.explain().contains("CYBERCRIME"), oldDomain::explain);
    assertTrue(bothDomains.explain().contains("CYBERCRIME"), bothDomains::explain);
    assertFalse(overBoth.isUnchanged());
    assertTrue(overBoth.changes().stream().allMatch(c -> c.example().kind() == OpportunityKind.PATROL
        && c.example().topics().contains(Topic.CYBERCRIME)), overBoth.changes()::toString);
  }

  @Test
  void deletedRule_turnsPatrolDecisionsIntoGaps_attributedToPatrols() {
    EngagementDecider broken = BrokenRuleBases.decider(BrokenRuleBases.gap(temp.resolve("rules")));

    DiffReport report = RuleBaseDiff.compare(builtIn, broken, domain, STEP);

    assertEquals(List.of(BrokenRuleBases.PATROL_DEFAULT), report.rulesRemoved());
    // Without the patrol's own ruling, patrols with a hard-to-reach group fall to its referral; the rest are gaps.
    assertTrue(report.changes().stream().allMatch(c -> c.example().kind() == OpportunityKind.PATROL),
        report.changes()::toString);
    DecisionChange change = report.changes().stream()
        .filter(c -> c.change().equals("decision: ATTEND by SNT_OFFICER -> fails ENG-201")).findFirst().orElseThrow();
    assertEquals(List.of("patrols"), change.sections());
    assertEquals(report.changes().stream().mapToLong(DecisionChange::count).sum(), report.changed());
  }

  @Test
  void editedCondition_changesOnlyTheActionsItGoverns() {
    RuleCopies rules =
        RuleCopies.of(temp)
            .replace("public-events.drl",
                "Opportunity(kind in (OpportunityKind.PUBLIC_EVENT, OpportunityKind.COMMUNITY_EVENT),\n"
                    + "              risks contains Risk.TRAFFIC_REGULATION)",
                "Opportunity(kind == OpportunityKind.PUBLIC_EVENT, risks contains Risk.TRAFFIC_REGULATION)");

    DiffReport report = RuleBaseDiff.compare(builtIn, BrokenRuleBases.decider(rules.directory()), domain, STEP);

    assertEquals(1, report.changes().size(), report.changes()::toString);
    DecisionChange change = report.changes().get(0);
    assertEquals(List.of("public-events"), change.sections());
    assertEquals("actions: -[ORGANISERS_MANAGE_TRAFFIC]", change.change());
    assertEquals(OpportunityKind.COMMUNITY_EVENT, change.example().kind());
  }

  @Test
  void conflictingRule_overScenarios_reportsTheNewFailures() {
    EngagementDecider broken = BrokenRuleBases.decider(BrokenRuleBases.conflict(temp.resolve("rules")));
    Opportunity patrol = domain.opportunity(domain.size() * 9 / 12); // a patrol in the staffed ward
    List<Scenario> scenarios =
        List.of(new Scenario("patrol", "test", Rosters.standard(), patrol, JsonNodeFactory.instance.objectNode()));

    DiffReport report = RuleBaseDiff.compare(builtIn, broken, scenarios);

    assertEquals(OpportunityKind.PATROL, patrol.kind());
    assertEquals(1, report.compared());
    assertEquals(List.of("Patrol in a ward with a named PCSO is declined"), report.rulesAdded());
    assertTrue(report.changes().get(0).change().endsWith("-> fails ENG-202"), report.changes()::toString);
  }
}

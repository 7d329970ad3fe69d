package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.ScenarioResult;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.authoring.Validation;
import io.github.engagementrules.rules.Rosters;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleCopies;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules named by a stable {@code @id}, and scenarios that name a rule or section the rule base does not have. */
class StableRuleIdentityTest {
  private static final String COUNCILLORS = "Briefing with a policing purpose for councillors is given by the "
      + "Neighbourhood Inspector";
  private static final String COUNCILLOR_BRIEFING = "{\"kind\": \"ELECTED_MEMBER_BRIEFING\", \"borough\": \"Waverley\","
      + " \"ward\": \"Farnham Castle\", \"purposes\": [\"CHRONIC_ISSUE\"],"
      + " \"stakeholders\": [{\"type\": \"COUNTY_COUNCILLOR\"}]}";
  @TempDir Path temp;

  @Test
  void ruleNamedByItsId_isFoundAfterARename() throws IOException {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("elected-members.drl", "rule \"" + COUNCILLORS + "\"\n",
            "rule \"Councillors are briefed by the Neighbourhood Inspector\"\n  @id(\"councillor-briefing\")\n");
    Path scenario = write("{\"opportunity\": " + COUNCILLOR_BRIEFING + ", \"expect\": {"
        + "\"firedRules\": [\"councillor-briefing\"], \"notFiredRules\": [\"councillor-briefing-typo\"]}}");

    ScenarioResult result = run(rules, scenario);

    RuleDescription renamed = rules.decider().ruleBase().rule("councillor-briefing").orElseThrow();
    assertEquals("Councillors are briefed by the Neighbourhood Inspector", renamed.name());
    assertEquals("councillor-briefing", renamed.id().orElseThrow());
    assertEquals(1, result.mismatches().size(), result.mismatches()::toString);
    assertEquals("notFiredRules: the rule base has no rule named (or with @id) \"councillor-briefing-typo\"; nearest:"
        + " \"councillor-briefing\" (an expectation about a rule that does not exist"
        + " checks nothing)", result.mismatches().get(0));
  }

  @Test
  void guardNamingARenamedRuleInNotFiredRules_failsNamingItAndTheNearestRule() throws IOException {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("elected-members.drl", "rule \"" + COUNCILLORS + "\"",
            "rule \"Briefing with a policing purpose for councillors is given by the Borough Inspector\"");
    Path scenario = write("{\"opportunity\": " + COUNCILLOR_BRIEFING + ", \"expect\": {"
        + "\"attendance\": \"ATTEND\", \"notFiredRules\": [\"" + COUNCILLORS + "\"], \"sections\": [\"elected-member\"],"
        + " \"overriddenRules\": [\"Briefing for elected or executive members is referred to the Neighbourhood Inspector\"]}}");

    ScenarioResult result = run(rules, scenario);

    assertFalse(result.passed(), "a guard about a rule that no longer exists checks nothing and must not pass");
    assertEquals(List.of(
        "notFiredRules: the rule base has no rule named (or with @id) \"" + COUNCILLORS + "\"; nearest: \"Briefing"
            + " with a policing purpose for councillors is given by the Borough Inspector\" (an expectation about a"
            + " rule that does not exist checks nothing)",
        "sections: no rule of the rule base implements section 'elected-member'; nearest: 'elected-members'"),
        result.mismatches());
  }

  @Test
  void idUsedTwiceOrNamingAnotherRule_isAnErrorAtTheRuleLine() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("elected-members.drl", "rule \"" + COUNCILLORS + "\"\n",
            "rule \"" + COUNCILLORS + "\"\n  @id(\"briefing\")\n")
        .replace("patrols.drl", "\n  @section(", "\n  @id(\"briefing\")\n  @section(")
        .replace("cadets.drl", "\n  @section(", "\n  @id(\"" + COUNCILLORS + "\")\n  @section(");

    RuleBaseValidation validation = Validation.of(List.of(rules.directory()));

    List<String> errors = validation.errors().stream().map(RuleProblem::toString).toList();
    assertEquals(2, errors.size(), errors::toString);
    int patrolLine = rules.lineOf("patrols.drl", "\nrule ") + 1;
    assertTrue(errors.stream().anyMatch(e -> e.matches(".*patrols\\.drl:" + patrolLine + ":1: rule \".*\" has"
        + " @id\\(\"briefing\"\\), already the id of rule \"" + COUNCILLORS + "\" at .*elected-members\\.drl:\\d+; an id"
        + " names one rule")), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.contains("cadets.drl:") && e.contains("has @id(\"" + COUNCILLORS
        + "\"), the name of rule \"" + COUNCILLORS + "\"")), errors::toString);
  }

  private ScenarioResult run(RuleCopies rules, Path scenario) {
    return Scenarios.run(rules.decider(), Scenarios.read(List.of(scenario), Rosters.standard())).results().get(0);
  }

  private Path write(String json) throws IOException {
    return Files.writeString(temp.resolve("scenario.json"), json);
  }
}

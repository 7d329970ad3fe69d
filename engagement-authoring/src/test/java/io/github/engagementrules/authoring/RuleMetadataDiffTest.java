package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.DiffReport;
import io.github.engagementrules.authoring.MetadataChange;
import io.github.engagementrules.authoring.RuleBaseDiff;
import io.github.engagementrules.authoring.Validation;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.FunctionInterpretation;
import io.github.engagementrules.rules.Rosters;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleCopies;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.RuleProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local choices cannot vanish unnoticed: {@code diff} reports a rule whose quote, interpretation marking or tier
 * changed even when no decision changes, and DRL functions can be marked as interpretations.
 */
class RuleMetadataDiffTest {
  private static final String DIVISIONAL_COMMANDER =
      "Briefing with a policing purpose for an MP or chief executive is given by the Divisional Commander";
  private static final String MARKING = "// @interpretation: this force reads \"a specific issue\" as a topic named"
      + " by the opportunity\n//   or an intelligence-led request.\n";
  private final EngagementDecider builtIn = EngagementRules.builder().roster(Rosters.standard()).build();
  private static final String FUNCTION = "function boolean needsInformationOrSpecificIssue";
  private static final String SHIPPED_MARKING = "// @interpretation: \"a need to disseminate information or engage with"
      + " the local community on a specific issue\" is\n// read as information sharing, a briefing or two-way dialogue"
      + " asked for, or any topic the opportunity names; shared by\n// the schools, events and cadets sections.\n";

  @TempDir Path temp;

  @Test
  void deletedInterpretationLine_changedQuoteAndTier_areReported_thoughNoDecisionChanges() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"));
    String drl = rules.read("elected-members.drl");
    int from = drl.indexOf("  @interpretation(\"'As necessary' is read as: the briefing serves a policing purpose. The"
        + " guide names Inspectors and Divisional Commanders together; this force gives MPs");
    String interpretationLine = drl.substring(from, drl.indexOf('\n', from) + 1);
    rules.replace("elected-members.drl", interpretationLine, "")
        .replace("patrols.drl", "@tier(\"engage\")", "@tier(\"core-responsibility\")")
        .replace("cadets.drl", "@quote(\"Police Cadets will support relevant community events throughout the year "
            + "with the events team\")", "@quote(\"Police Cadets will support relevant community events\")");

    DiffReport report = RuleBaseDiff.compare(builtIn, rules.decider(), List.of());

    assertEquals(0, report.changed());
    assertFalse(report.isUnchanged(), "a local choice that stops being marked is a change");
    List<String> changes = report.metadataChanges().stream().map(MetadataChange::toString).toList();
    assertEquals(3, changes.size(), changes::toString);
    String removed = interpretationLine.strip().replaceFirst("^@interpretation\\(\"", "").replaceFirst("\"\\)$", "");
    assertTrue(changes.contains("rule \"" + DIVISIONAL_COMMANDER + "\": @interpretation removed (was \"" + removed
        + "\")"), changes::toString);
    assertTrue(changes.contains("rule \"Patrol goes ahead\": @tier changed: \"engage\" -> \"core-responsibility\""),
        changes::toString);
    assertTrue(changes.stream().anyMatch(c -> c.endsWith(": @quote changed: \"Police Cadets will support relevant"
        + " community events throughout the year with the events team\" -> \"Police Cadets will support relevant"
        + " community events\"")), changes::toString);
  }

  @Test
  void changedPublicWording_isReported_thoughNoDecisionChanges() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("patrols.drl", "@public(\"Your local police team will patrol your area.\")",
            "@public(\"Your local police team will walk around your area.\")");

    DiffReport report = RuleBaseDiff.compare(builtIn, rules.decider(), List.of());

    assertEquals(0, report.changed());
    assertEquals(List.of("rule \"Patrol goes ahead\": @public changed: \"Your local police team will patrol your"
            + " area.\" -> \"Your local police team will walk around your area.\""),
        report.metadataChanges().stream().map(MetadataChange::toString).toList());
  }

  @Test
  void markedFunction_isListedWithTheRulesThatUseIt_countedAndDiffed() {
    // The shipped function is marked already: compare a copy without its marking with one marked anew.
    RuleCopies unmarked = RuleCopies.of(temp.resolve("unmarked"))
        .replace("schools-youth-worship.drl", SHIPPED_MARKING + FUNCTION, FUNCTION);
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("schools-youth-worship.drl", SHIPPED_MARKING + FUNCTION, MARKING + FUNCTION);

    RuleBaseInfo before = Validation.of(List.of(unmarked.directory())).ruleBase().orElseThrow();
    RuleBaseInfo info = Validation.of(List.of(rules.directory())).ruleBase().orElseThrow();

    assertTrue(before.functionInterpretations().stream().noneMatch(f -> f.name().equals("needsInformationOrSpecificIssue")));
    FunctionInterpretation function = info.functionInterpretations().stream()
        .filter(f -> f.name().equals("needsInformationOrSpecificIssue")).findFirst().orElseThrow();
    assertEquals(rules.lineOf("schools-youth-worship.drl", FUNCTION), function.line());
    assertEquals("this force reads \"a specific issue\" as a topic named by the opportunity or an intelligence-led"
        + " request.", function.interpretation());
    List<String> users = info.rules().stream()
        .filter(r -> rules.read(Path.of(r.file()).getFileName().toString()).matches(
            "(?s).*rule \"" + java.util.regex.Pattern.quote(r.name()) + "\"((?!\nend).)*needsInformationOrSpecificIssue\\(.*"))
        .map(RuleDescription::name)
        .toList();
    assertFalse(users.isEmpty());
    assertEquals(users, function.usedBy());
    assertTrue(function.usedBy().stream().anyMatch(r -> r.startsWith("School, youth group or place of worship")));
    assertTrue(function.usedBy().stream().anyMatch(r -> r.startsWith("Community event")));
    assertEquals(before.interpretationCount() + 1, info.interpretationCount());

    DiffReport report = RuleBaseDiff.compare(unmarked.decider(), rules.decider(), List.of());
    assertEquals(List.of("function needsInformationOrSpecificIssue: // @interpretation added: \"this force reads"
        + " \"a specific issue\" as a topic named by the opportunity or an intelligence-led request.\""),
        report.metadataChanges().stream().map(MetadataChange::toString).toList());
  }

  @Test
  void markingWithNoFunctionBelowIt_isAnErrorAtItsLine() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("patrols.drl", "\nrule \"Patrol goes ahead\"", "\n" + MARKING + "\nrule \"Patrol goes ahead\"");

    RuleBaseValidation validation = Validation.of(List.of(rules.directory()));

    int line = rules.lineOf("patrols.drl", "// @interpretation");
    assertEquals(List.of(rules.file("patrols.drl") + ":" + line + ":1: // @interpretation marks the function directly"
        + " below it, but no function follows (a rule is marked with @interpretation(\"...\") instead)"),
        validation.errors().stream().map(RuleProblem::toString).toList());
  }

}

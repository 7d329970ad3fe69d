package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.Validation;
import io.github.engagementrules.rules.Editions;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleCopies;
import io.github.engagementrules.rules.RuleProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link io.github.engagementrules.authoring.Validation}: the shipped rules and broken copies of them. */
class RuleBaseValidationTest {
  @TempDir Path temp;

  @Test
  void builtInRules_andACopyOfThem_validateWithoutErrors_warningOnlyOfApprovalsAndTheReview() {
    RuleBaseValidation builtIn = Validation.ofBuiltIn();
    RuleBaseValidation copy = Validation.of(List.of(RuleCopies.of(temp).directory()));
    int interpretations = builtIn.ruleBase().orElseThrow().interpretationCount();

    assertEquals(List.of(), builtIn.errors());
    assertEquals(List.of(), copy.errors());
    for (RuleBaseValidation validation : List.of(builtIn, copy)) {
      List<String> warnings = validation.warnings().stream().map(RuleProblem::message).toList();
      assertEquals(interpretations, warnings.stream().filter(m -> m.contains("awaits the policy owner's approval"))
          .count(), warnings::toString);
      assertEquals(1, warnings.stream().filter(m -> m.startsWith("the review of Surrey Police, Community Engagement"
          + " Guide, 2017 was due on 2018-09-27")).count(), warnings::toString);
      assertEquals(interpretations + 1, warnings.size(), warnings::toString);
    }
    assertEquals(builtIn.ruleBase().orElseThrow().rules().size(), copy.ruleBase().orElseThrow().rules().size());
    assertTrue(builtIn.ruleBase().orElseThrow().rules().stream().allMatch(r -> !r.quote().isEmpty()), "every rule quotes the guide");
    assertEquals(builtIn.ruleBase().orElseThrow().version(), copy.ruleBase().orElseThrow().version());
  }

  @Test
  void reasonClaimingAFactItsConditionsDoNotTest_isAnErrorAtTheRule() {
    // Rule base 2's defect: "local or county councillors are to be briefed" on a briefing with no councillor.
    RuleCopies rules = RuleCopies.of(temp).replace("elected-members.drl",
        "              stakeholderTypes contains StakeholderType.LOCAL_COUNCILLOR\n"
            + "                || stakeholderTypes contains StakeholderType.COUNTY_COUNCILLOR,\n", "");
    int line = rules.lineOf("elected-members.drl", "rule \"Briefing with a policing purpose for councillors");

    RuleBaseValidation validation = Validation.of(List.of(rules.directory()));

    assertEquals(1, validation.errors().size(), validation.errors()::toString);
    RuleProblem error = validation.errors().get(0);
    assertEquals(line, error.line());
    assertTrue(error.message().contains("its @reason speaks of a councillor, which its conditions do not test"),
        error::message);
  }

  @Test
  void syntaxError_isReportedAtItsFileLineAndColumn() {
    RuleCopies rules = RuleCopies.of(temp).replace("patrols.drl", "@tier(\"engage\")", "@tier(\"engage\") oops");
    int line = rules.lineOf("patrols.drl", "@tier(\"engage\") oops");

    RuleBaseValidation validation = Validation.of(List.of(rules.directory()));

    assertFalse(validation.isValid());
    RuleProblem error = validation.errors().get(0);
    assertEquals(rules.file("patrols.drl").toString(), error.file());
    assertEquals(line, error.line());
    assertEquals(19, error.column());
    assertTrue(error.toString().startsWith(rules.file("patrols.drl") + ":" + line + ":19: "), error::toString);
    assertTrue(error.message().contains("oops"), error::message);
  }

  @Test
  void unknownFactField_isReportedWithTheFieldName() {
    RuleCopies rules =
        RuleCopies.of(temp).replace("patrols.drl", "intelligenceLed == true)", "intelligenceLevel == true)");
    int line = rules.lineOf("patrols.drl", "intelligenceLevel");

    RuleBaseValidation validation = Validation.of(List.of(rules.directory()));

    assertEquals(1, validation.errors().size(), validation.errors()::toString);
    RuleProblem error = validation.errors().get(0);
    assertEquals(rules.file("patrols.drl").toString(), error.file());
    assertEquals(line, error.line());
    assertTrue(error.message().contains("intelligenceLevel"), error::message);
    assertFalse(error.message().contains("\n"), "one problem, one line");
  }

  @Test
  void missingSection_andUnknownSection_areErrorsNamingTheRule() {
    RuleCopies rules =
        RuleCopies.of(temp)
            .replace("cadets.drl", "  @section(\"cadets\")\n  @tier", "  @tier")
            .replace("online.drl", "@section(\"online\")\n  @tier", "@section(\"on-line\")\n  @tier");

    RuleBaseValidation validation = Validation.of(List.of(rules.directory()));

    List<String> errors = validation.errors().stream().map(RuleProblem::toString).toList();
    assertEquals(2, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith(rules.file("cadets.drl") + ":"), errors::toString);
    assertTrue(errors.get(0).contains("has no @section"), errors::toString);
    assertTrue(errors.get(1).startsWith(rules.file("online.drl") + ":"), errors::toString);
    assertTrue(errors.get(1).contains("cites unknown section 'on-line'"), errors::toString);
  }

  @Test
  void aFictionalForcesEdition_validates_warningOnlyOfItsOneInterpretationAwaitingApproval() {
    RuleBaseValidation validation = Validation.ofFiles(Editions.northmoor());

    assertEquals(List.of(), validation.errors());
    assertEquals(1, validation.warnings().size(), validation.warnings()::toString);
    assertTrue(validation.warnings().get(0).message().contains("\"Crime figures are sent in writing\" awaits the policy"
        + " owner's approval"), validation.warnings()::toString);
  }

  @Test
  void missingReason_isAnError() {
    RuleCopies rules = RuleCopies.of(temp);
    String cadets = rules.read("cadets.drl").replaceAll("(?m)^  @reason\\(.*\\)\\n", "");
    rules.write("cadets.drl", cadets);

    RuleBaseValidation validation = Validation.of(List.of(rules.directory()));

    assertTrue(validation.errors().get(0).message().contains("has no @reason"), validation.errors()::toString);
  }

  @Test
  void ruleOnAttendanceWithoutPublicWording_isAnErrorAtItsLine_andOtherRulesMayGoWithout() {
    RuleCopies rules = RuleCopies.of(temp);
    rules.write("patrols.drl", rules.read("patrols.drl").replaceAll("(?m)^  @public\\(.*\\)\\n", ""));
    rules.write("cadets.drl", rules.read("cadets.drl").replace(
        "  @public(\"Volunteer Police Cadets will come to help our events team.\")\n", ""));
    int line = rules.lineOf("patrols.drl", "rule \"Patrol goes ahead\"");

    RuleBaseValidation validation = Validation.of(List.of(rules.directory()));

    List<String> errors = validation.errors().stream().map(RuleProblem::toString).toList();
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith(rules.file("patrols.drl") + ":" + line + ":1: rule \"Patrol goes ahead\" rules"
        + " on attendance but has no @public"), errors::toString);
  }

  @Test
  void sectionNoRuleImplements_isAWarning_notAnError() throws Exception {
    RuleCopies rules = RuleCopies.of(temp);
    Files.delete(rules.file("online.drl"));

    RuleBaseValidation validation = Validation.of(List.of(rules.directory()));

    assertTrue(validation.isValid());
    List<RuleProblem> sections = validation.warnings().stream()
        .filter(w -> w.message().startsWith("section '")).toList();
    assertEquals(1, sections.size(), sections::toString);
    assertEquals(rules.file("guide-sections.txt").toString(), sections.get(0).file());
    assertEquals(rules.lineOf("guide-sections.txt", "=== online |"), sections.get(0).line());
    assertTrue(sections.get(0).toString().contains("warning: section 'online'"), sections.get(0)::toString);
  }

  @Test
  void directoryThatDoesNotExist_isAnError_notAThrow() {
    RuleBaseValidation validation = Validation.of(List.of(temp.resolve("missing")));

    assertFalse(validation.isValid());
    assertTrue(validation.errors().get(0).message().contains("is not a directory"));
  }
}

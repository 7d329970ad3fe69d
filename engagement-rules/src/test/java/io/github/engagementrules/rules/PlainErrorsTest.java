package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors a policy author can act on: all of them in one run, in plain words, with a suggestion, never cut short. */
class PlainErrorsTest {
  private static final String PATROL_QUOTE = "@quote(\"PCSOs and officers will be intelligence led in their patrol plans.\")";
  @TempDir Path temp;

  @Test
  void compileErrorInOneFile_doesNotHideAQuoteErrorInAnother() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("community-events.drl", "stakeholderTypes contains", "stakeholderTypess contains")
        .replace("patrols.drl", PATROL_QUOTE, "@quote(\"PCSOs and officers will be led by intelligence\")");

    List<String> errors = errors(rules);

    assertEquals(2, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith(rules.file("community-events.drl") + ":"), errors::toString);
    assertTrue(errors.get(1).startsWith(rules.file("patrols.drl") + ":" + rules.lineOf("patrols.drl",
        "rule \"Patrol goes ahead\"") + ":1: rule \"Patrol goes ahead\" quotes words"), errors::toString);
  }

  @Test
  void unknownField_isSaidInPlainWordsWithTheNearestFieldAndAllOfThem() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("community-events.drl", "stakeholderTypes contains", "stakeholderTypess contains");

    String error = errors(rules).get(0);

    assertTrue(error.matches(".*community-events\\.drl:\\d+:\\d+: Opportunity has no field 'stakeholderTypess': did you"
        + " mean 'stakeholderTypes'\\? fields: borough, .*, stakeholderTypes, stakeholders, topics, ward"), error);
    assertTrue(!error.contains("io.github") && !error.contains("strict-mode") && !error.contains("MVEL"), error);
  }

  @Test
  void unknownEnumConstant_isSaidInPlainWordsWithTheNearestValue() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("elected-members.drl", "StakeholderType.MP ||", "StakeholderType.MPs ||");

    String error = errors(rules).get(0);

    assertTrue(error.matches(".*elected-members\\.drl:\\d+:\\d+: StakeholderType has no value 'MPs': did you mean"
        + " 'MP'\\? values: MP, COUNTY_COUNCILLOR, .*"), error);
  }

  @Test
  void quotePastedWithTypographicPunctuation_matchesThePlainGuideText() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("elected-members.drl", "@quote(\"Inspectors/Divisional Commanders will engage with MP's/Local",
            "@quote(\"Inspectors/Divisional Commanders will engage with MP’s/Local");

    assertEquals(List.of(), errors(rules));
  }

  @Test
  void quoteNotInItsSection_showsItInFull_theNearestSentence_andWhereTheyFirstDiffer() {
    String misquoted = "Inspectors/Divisional Commanders will engage with MPs/Local and County Councillors and Chief"
        + " Executives as necessary";
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("elected-members.drl", "@quote(\"Inspectors/Divisional Commanders will engage with MP's/Local and"
            + " County Councillors and Chief Executives as necessary\")", "@quote(\"" + misquoted + "\")");

    String error = errors(rules).get(0);

    assertTrue(error.contains("quotes words that section 'elected-members' does not contain: \"" + misquoted
        + "\"; the nearest sentence of the section is \"Inspectors/Divisional Commanders will engage with MP's/Local"
        + " and County Councillors and Chief Executives as necessary"), error);
    assertTrue(error.contains("they first differ at character 53 of the quote: the quote has \"...nders will engage"
        + " with MPs/Local and County Counci...\" where the section has \"...nders will engage with MP's/Local and"
        + " County Counc...\""), error);
  }

  @Test
  void missingClosingParenthesis_isReportedOnTheLineWhereItIsMissing() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"));
    int line = rules.lineOf("partners.drl", "hasPolicingPurpose(this))");
    rules.replace("partners.drl", "hasPolicingPurpose(this))", "hasPolicingPurpose(this)");

    String error = errors(rules).get(0);

    assertTrue(error.startsWith(rules.file("partners.drl") + ":" + line + ":"), error);
    assertTrue(error.contains(": missing ')': the '(' opened on line " + line + " is not closed by the end of this"
        + " line"), error);
  }

  private static List<String> errors(RuleCopies rules) {
    return CompiledRules.compile(RuleFiles.fromDirectories(List.of(rules.directory()))).errors().stream()
        .map(RuleProblem::toString)
        .toList();
  }
}

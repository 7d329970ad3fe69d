package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.Mutant.Status;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutation analysis over small rule bases written by the tests, with scenarios that do or do not cover them. */
class MutationAnalysisTest {
  static final String ROSTER = """
      {"boroughs": [{"name": "Waverley",
        "boroughInspector": {"id": "BI-1", "name": "Insp. A"},
        "neighbourhoodInspector": {"id": "NI-1", "name": "Insp. B"},
        "divisionalCommander": {"id": "DC-1", "name": "Supt. C"},
        "cadetsAvailable": false,
        "wards": [{"name": "Farnham Castle", "pcso": {"id": "PCSO-1", "name": "PCSO D"}}]}]}
      """;

  /** The elected-members briefing rules as they were when this test was written, in a file of their own. */
  static final String BRIEFINGS = """
      package io.github.engagementrules.rules.guide;

      import io.github.engagementrules.model.*;

      rule "Briefing for an MP or chief executive is given by the Divisional Commander"
        @section("elected-members")
        @tier("engage")
        @quote("Inspectors/Divisional Commanders will engage with MP's/Local and County Councillors and Chief Executives as necessary")
        @reason("MPs and chief executives are engaged at Divisional Commander level.")
      when
        Opportunity(kind == OpportunityKind.ELECTED_MEMBER_BRIEFING,
                    stakeholderTypes contains StakeholderType.MP
                      || stakeholderTypes contains StakeholderType.CHIEF_EXECUTIVE)
      then
        insert(AttendanceRuling.attend(Role.DIVISIONAL_COMMANDER));
      end

      rule "Briefing for councillors is given by the Neighbourhood Inspector"
        @section("elected-members")
        @tier("engage")
        @quote("Inspectors/Divisional Commanders will engage with MP's/Local and County Councillors and Chief Executives as necessary")
        @reason("Councillors are briefed by the Neighbourhood Inspector.")
      when
        Opportunity(kind == OpportunityKind.ELECTED_MEMBER_BRIEFING,
                    stakeholderTypes not contains StakeholderType.MP,
                    stakeholderTypes not contains StakeholderType.CHIEF_EXECUTIVE)
      then
        insert(AttendanceRuling.attend(Role.NEIGHBOURHOOD_INSPECTOR));
      end
      """;

  static final String MP_BRIEFING = scenario("MP briefing", "MP", "DIVISIONAL_COMMANDER");
  static final String COUNCILLOR_BRIEFING = scenario("councillor briefing", "LOCAL_COUNCILLOR", "NEIGHBOURHOOD_INSPECTOR");
  static final String CHIEF_EXECUTIVE_BRIEFING =
      scenario("chief executive briefing", "CHIEF_EXECUTIVE", "DIVISIONAL_COMMANDER");

  @TempDir Path dir;

  static String scenario(String name, String stakeholder, String attendee) {
    return """
        {"name": "%s", "roster": "roster.json",
         "opportunity": {"kind": "ELECTED_MEMBER_BRIEFING", "borough": "Waverley", "ward": "Farnham Castle",
                         "stakeholders": [{"type": "%s"}]},
         "expect": {"attendance": "ATTEND", "attendee": "%s"}}
        """.formatted(name, stakeholder, attendee);
  }

  @Test
  void ruleChangeNoScenarioCovers_isReportedWithItsFileAndLine() throws IOException {
    Path rules = write("rules/briefings.drl", BRIEFINGS);
    MutationOptions dropOperands = MutationOptions.defaults().withOperators(EnumSet.of(MutationOperator.DROP_OPERAND));

    MutationReport report = MutationAnalysis.run(
        List.of(rules.getParent()), scenarios(MP_BRIEFING, COUNCILLOR_BRIEFING), dropOperands);

    Mutant survivor = only(report.survivors());
    assertEquals(rules + ":13", survivor.location());
    assertEquals(rules + ":13: no scenario notices if rule \"Briefing for an MP or chief executive is given by the "
        + "Divisional Commander\" ignores `stakeholderTypes contains StakeholderType.CHIEF_EXECUTIVE`",
        survivor.advice());
    assertTrue(survivor.detail().contains("CHIEF_EXECUTIVE"), survivor.detail()); // an opportunity to make a scenario
    assertEquals(1, report.killed()); // dropping the MP operand fails the MP scenario
    assertTrue(report.text().endsWith("mutants: 1 of 2 killed\n"), report.text());
    assertTrue(report.text().contains(survivor.advice()), report.text());

    MutationReport covered = MutationAnalysis.run(
        List.of(rules.getParent()),
        scenarios(MP_BRIEFING, COUNCILLOR_BRIEFING, CHIEF_EXECUTIVE_BRIEFING),
        dropOperands);
    assertEquals(List.of(), covered.survivors());
    assertEquals(2, covered.killed());
  }

  @Test
  void survivorsProposedGuard_killsIt_onceAddedToTheSuite() throws IOException {
    Path rules = write("rules/briefings.drl", BRIEFINGS);
    MutationOptions dropOperands = MutationOptions.defaults().withOperators(EnumSet.of(MutationOperator.DROP_OPERAND));
    List<Scenario> suite = new ArrayList<>(scenarios(MP_BRIEFING, COUNCILLOR_BRIEFING));

    MutationReport report = MutationAnalysis.run(List.of(rules.getParent()), suite, dropOperands);

    Scenario guard = only(report.guards());
    assertTrue(guard.name().startsWith("elected-members: \"Inspectors/Divisional Commanders will engage"), guard.name());
    assertTrue(guard.name().endsWith("ATTEND by DIVISIONAL_COMMANDER (guards " + rules + ":13)"), guard.name());
    assertEquals("DIVISIONAL_COMMANDER", guard.expected().get("attendee").asText(), "what the original rules decide");
    assertTrue(report.text().contains("guards: 1 scenarios would kill the 1 survivors"), report.text());
    Path file = write("guards.json", report.guardsFile());
    suite.addAll(Scenarios.read(List.of(file), EngagementJson.readRoster(ROSTER)));

    MutationReport guarded = MutationAnalysis.run(List.of(rules.getParent()), suite, dropOperands);

    assertEquals(List.of(), guarded.survivors());
    assertEquals(2, guarded.killed());
    assertEquals(List.of(), guarded.guards());
  }

  @Test
  void mutantThatDecidesAsTheOriginal_isReportedApartAsEquivalent() throws IOException {
    Path rules = write("rules/patrols.drl", """
        package io.github.engagementrules.rules.guide;

        import io.github.engagementrules.model.*;

        rule "Patrols are attended by the PCSO"
          @section("patrols")
          @tier("engage")
          @quote("PCSOs and officers will be intelligence led in their patrol plans.")
          @reason("Patrols are the PCSO's.")
        when
          Opportunity(kind == OpportunityKind.PATROL, kind != OpportunityKind.ONLINE)
        then
          insert(AttendanceRuling.attend(Role.PCSO));
        end

        rule "Everything else is declined"
          @section("patrols")
          @tier("engage")
          @quote("PCSOs and officers will be intelligence led in their patrol plans.")
          @reason("Only patrols here.")
        when
          Opportunity(kind != OpportunityKind.PATROL)
        then
          insert(AttendanceRuling.decline());
        end
        """);
    write("scenarios/patrol.json", """
        [{"name": "patrol", "roster": "../roster.json",
          "opportunity": {"kind": "PATROL", "borough": "Waverley", "ward": "Farnham Castle"},
          "expect": {"attendance": "ATTEND"}},
         {"name": "online", "roster": "../roster.json",
          "opportunity": {"kind": "ONLINE", "borough": "Waverley", "ward": "Farnham Castle"},
          "expect": {"attendance": "DECLINE"}}]
        """);
    write("roster.json", ROSTER);
    List<Scenario> scenarios = Scenarios.read(List.of(dir.resolve("scenarios")), null);

    MutationReport report = MutationAnalysis.run(
        List.of(rules.getParent()),
        scenarios,
        MutationOptions.defaults().withOperators(EnumSet.of(MutationOperator.REMOVE_CONSTRAINT)).withDomainStep(101));

    Mutant equivalent = only(report.withStatus(Status.EQUIVALENT));
    assertEquals(rules + ":11", equivalent.location());
    assertEquals("no longer tests `kind != OpportunityKind.ONLINE`", equivalent.change());
    assertEquals(1, report.killed()); // without its kind test the second rule also rules on the patrol scenario
    Mutant survivor = only(report.survivors()); // a school, say, now gets two rulings: no scenario has one
    assertEquals("no longer tests `kind == OpportunityKind.PATROL`", survivor.change());
    assertTrue(survivor.detail().contains("fails ENG-202"), survivor.detail());
    assertTrue(report.text().contains("equivalent: 1"), report.text());
    assertTrue(report.text().endsWith("mutants: 1 of 2 killed\n"), report.text());
  }

  @Test
  void scenarioFailingOnTheOriginalRules_isLeftOutAndNamed() throws IOException {
    Path rules = write("rules/briefings.drl", BRIEFINGS);
    String wrong = scenario("wrong expectation", "MP", "PCSO");

    MutationReport report = MutationAnalysis.run(
        List.of(rules.getParent()),
        scenarios(MP_BRIEFING, wrong),
        MutationOptions.defaults().withOperators(EnumSet.of(MutationOperator.DELETE_RULE)).withDomainStep(0));

    assertEquals(List.of("wrong expectation"), report.scenariosFailing());
    assertEquals(1, report.scenariosUsed());
    // deleting the MP rule fails the MP scenario; deleting the councillor rule is noticed by none
    assertEquals(1, report.killed());
    assertTrue(only(report.survivors()).advice().endsWith("\"Briefing for councillors is given by the "
        + "Neighbourhood Inspector\" is deleted"), report.text());
  }

  @Test
  void rulesThatDoNotCompile_failWithTheirCode() throws IOException {
    Path rules = write("rules/broken.drl", "package io.github.engagementrules.rules.guide;\nrule \"x\" when then");
    EngagementException e = assertThrows(EngagementException.class, () -> MutationAnalysis.run(
        List.of(rules.getParent()), scenarios(MP_BRIEFING), MutationOptions.defaults()));
    assertEquals(ErrorCode.RULE_COMPILATION, e.code());
  }

  @Test
  void optionsRejectBadValues_namingThem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MutationOptions.defaults().withSampleEvery(0));
    assertEquals("sampleEvery: must be positive, got 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MutationOptions.defaults().withOperators(EnumSet.noneOf(
        MutationOperator.class)));
    assertThrows(IllegalArgumentException.class, () -> MutationAnalysis.run(List.of(), List.of(),
        MutationOptions.defaults()));
  }

  private List<Scenario> scenarios(String... scenarios) throws IOException {
    write("roster.json", ROSTER);
    Path file = write("scenarios.json", "[" + String.join(",", scenarios) + "]");
    return Scenarios.read(List.of(file), null);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private static <T> T only(List<T> list) {
    assertEquals(1, list.size(), "expected one, got " + list);
    return list.get(0);
  }
}

package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.Coverage;
import io.github.engagementrules.authoring.DerivedDomain;
import io.github.engagementrules.authoring.DomainVerification;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.authoring.Scenario;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.authoring.VerificationFinding;
import io.github.engagementrules.authoring.VerificationFinding.Kind;
import io.github.engagementrules.authoring.VerificationReport;
import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Ward;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.Rosters;
import io.github.engagementrules.rules.RuleCopies;
import io.github.engagementrules.rules.RuleFiles;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DerivedDomain}: the input domain read from the rule files (factors, classes and their origins), the roster
 * widened to every profile of posts and flags, the coverage it states, and defects that only the derived domain
 * reaches: a constant swapped in a condition, and a rule that misbehaves only in a borough with a higher-education
 * liaison officer and a ward without a PCSO.
 */
class DerivedDomainTest {
  @TempDir Path temp;

  @Test
  void builtInRules_eachClassNamesTheRuleLineItComesFrom() {
    String explanation = DerivedDomain.ofBuiltInRules(Rosters.standard()).explain();

    long files = RuleFiles.builtIn().stream().filter(f -> f.name().endsWith(".drl")).count();
    assertTrue(explanation.startsWith("Input domain derived from " + files + " rule file(s), "), explanation);
    assertTrue(line(explanation, "{CHIEF_EXECUTIVE} ").contains("elected-members.drl:"
        + builtInLine("elected-members.drl", "StakeholderType.CHIEF_EXECUTIVE") + " (rule \"Briefing"), explanation);
    assertTrue(line(explanation, "{FAMILY_SUPPORT_TEAM} ").contains("any other value"), explanation);
    assertTrue(line(explanation, "{INFORMATION_SHARING} ").contains("(function "), explanation);
    for (String factor : List.of("  kind: 12 classes", "  purposes: ", "  stakeholders: ",
        "  stakeholders (second value): ", "  intelligenceLed: 2", "  identifyLocalIssues: 2", "  ward: 2",
        "  post HIGHER_EDUCATION_LIAISON_OFFICER: 2", "  post PCSO: 2", "  borough cadetsAvailable: 2",
        "  borough patrolPlans: 2")) {
      assertTrue(explanation.contains(factor), () -> factor + " missing from\n" + explanation);
    }
  }

  @Test
  void ruleFileMentioningANewConstant_widensTheDomainByItself() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules")).append("online.drl", """
        rule "Fraud advice is shared online"
          @section("online")
          @reason("A test rule that mentions a new constant.")
          salience 30
        when
          Opportunity(topics contains Topic.FRAUD)
        then
          insert(Channel.FACEBOOK);
        end
        """);
    int line = rules.lineOf("online.drl", "Topic.FRAUD");
    DerivedDomain before = DerivedDomain.ofBuiltInRules(Rosters.standard());

    DerivedDomain after = DerivedDomain.of(List.of(rules.directory()), Rosters.standard());

    assertFalse(before.explain().contains("{FRAUD} "), before::explain);
    assertTrue(line(after.explain(), "{FRAUD} ").contains("online.drl:" + line + " (rule \"Fraud advice"),
        after::explain);
    assertTrue(after.combinations().compareTo(before.combinations()) > 0);
  }

  @Test
  void rosterLackingProfiles_getsASyntheticPlaceForEach_andSaysWhich() throws Exception {
    Roster roster = rosterWithoutLiaisonAndVacantWard();

    DerivedDomain domain = DerivedDomain.ofBuiltInRules(roster);

    assertTrue(domain.addedProfiles().stream().anyMatch(
            p -> p.contains("HIGHER_EDUCATION_LIAISON_OFFICER filled") && p.contains("PCSO vacant")),
        () -> String.join("\n", domain.addedProfiles()));
    // Five optional posts and two borough flags are tested: 2^7 profiles, each now has a ward.
    assertEquals(128, profiles(domain.roster()).size());
    assertEquals(128 - profiles(roster).size(), domain.addedProfiles().size());
    assertTrue(domain.explain().contains("Roster: " + domain.addedProfiles().size() + " profile(s) added"));
    assertEquals(domain.roster(), EngagementJson.readRoster(domain.rosterJson()), "the roster JSON reads back");
  }

  @Test
  void coverage_enumeratesEverythingWithinTheBudget_andACoveringArrayBeyondIt() throws Exception {
    Path rules = Files.createDirectories(temp.resolve("small"));
    Files.writeString(rules.resolve("small.drl"), """
        package io.github.engagementrules.rules.guide;
        import io.github.engagementrules.model.*;
        rule "Intelligence-led patrols are attended"
          @section("patrols")
          @reason("A small rule base for tests.")
        when
          Opportunity(kind == OpportunityKind.PATROL, intelligenceLed == true)
        then
          insert(AttendanceRuling.attend(Role.SNT_OFFICER));
        end
        """);
    // kind {PATROL, other}, five sets {empty, other} each, intelligenceLed {false, true}, ward {none, given}: 2^8.
    DerivedDomain domain = DerivedDomain.of(List.of(rules), Rosters.standard());
    assertEquals(BigInteger.valueOf(256), domain.combinations());

    Coverage all = domain.coverage(256, 3);
    Coverage pairs = domain.coverage(255, 2);

    assertTrue(all.exhaustive());
    assertEquals(256, all.size());
    assertEquals("all 256 combinations of the 8 factors' classes", all.guarantee());
    Set<String> distinct = new HashSet<>();
    for (long i = 0; i < all.size(); i++) {
      distinct.add(EngagementJson.toJson(all.opportunity(i)).without("id").toString());
    }
    assertEquals(256, distinct.size());
    assertFalse(pairs.exhaustive());
    assertEquals(2, pairs.strength());
    assertTrue(pairs.size() >= 4 && pairs.size() < 16, pairs::guarantee);
    assertEquals("every 2-way combination of the 8 factors' classes occurs in at least one of " + pairs.size()
        + " inputs (of 256 combinations in all)", pairs.guarantee());
    assertEquals("budget: must be positive, got 0",
        assertThrows(IllegalArgumentException.class, () -> domain.coverage(0, 3)).getMessage());
    assertEquals("strength: must be 1 to 5, got 6",
        assertThrows(IllegalArgumentException.class, () -> domain.coverage(10, 6)).getMessage());
  }

  @Test
  void chiefExecutiveSwappedForStudentUnion_isAConflictTheDerivedDomainFinds() throws Exception {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules")).replace("elected-members.drl",
        "stakeholderTypes contains StakeholderType.CHIEF_EXECUTIVE)\nthen",
        "stakeholderTypes contains StakeholderType.STUDENT_UNION)\nthen");
    EngagementDecider mutant = rules.decider();
    DerivedDomain domain = DerivedDomain.of(List.of(rules.directory()), Rosters.standard());
    Coverage coverage = domain.coverage(DerivedDomain.DEFAULT_BUDGET, 3);

    VerificationReport report = domain.verify(mutant, coverage);

    assertEquals(coverage.size(), report.checked());
    // A briefing for a student union now has the Divisional Commander's rule and the councillors' rule both
    // engaging; a briefing for a chief executive alone is only referred.
    VerificationFinding conflict = report.findings().stream().filter(f -> f.kind() == Kind.CONFLICT).findFirst()
        .orElseThrow(() -> new AssertionError(DomainInvariantsTest.describe(report)));
    assertTrue(conflict.description().contains("(ATTEND by DIVISIONAL_COMMANDER)")
        && conflict.description().contains("(ATTEND by NEIGHBOURHOOD_INSPECTOR)"), conflict::description);
    assertEquals(OpportunityKind.ELECTED_MEMBER_BRIEFING, conflict.example().kind());
    Set<StakeholderType> types = conflict.example().stakeholderTypes();
    assertTrue(types.contains(StakeholderType.STUDENT_UNION) && !types.contains(StakeholderType.MP)
        && !types.contains(StakeholderType.CHIEF_EXECUTIVE), types::toString);
    assertScenarioFailsOnlyOnTheMutant(domain, conflict, mutant);
  }

  @Test
  void engagementThatDependsOnTheBoroughHavingCadets_isARosterDependence() {
    // The kind of defect rule base 2 had (a hard-to-reach event attended in a borough without cadets, only referred
    // in one with them), planted where any covering array reaches it: a patrol referred only where there are cadets.
    RuleCopies rules = RuleCopies.of(temp.resolve("rules")).append("patrols.drl", """
        rule "Patrol in a borough with cadets is referred to the Neighbourhood Inspector"
          @section("patrols")
          @tier("core-responsibility")
          @quote("PCSOs and officers will be intelligence led in their patrol plans.")
          @reason("A test rule: whether the police engage depends on the borough having cadets.")
        when
          Opportunity(kind == OpportunityKind.PATROL)
          Borough(cadetsAvailable == true)
        then
          insert(AttendanceRuling.refer(Role.NEIGHBOURHOOD_INSPECTOR));
        end
        """);
    EngagementDecider mutant = rules.decider();
    DerivedDomain domain = DerivedDomain.of(List.of(rules.directory()), Rosters.standard());

    VerificationReport report = domain.verify(mutant, domain.coverage(DerivedDomain.DEFAULT_BUDGET, 3), 7, 2_000);

    VerificationFinding dependence = report.findings().stream().filter(f -> f.kind() == Kind.ROSTER_DEPENDENCE)
        .findFirst().orElseThrow(() -> new AssertionError(DomainInvariantsTest.describe(report)));
    assertTrue(dependence.description().contains("borough cadetsAvailable alone: REFER with true, engaged with false"),
        dependence::description);
    assertEquals(OpportunityKind.PATROL, dependence.example().kind());
    assertTrue(domain.verify(EngagementRules.builder().roster(Rosters.standard()).build(),
            domain.coverage(DerivedDomain.DEFAULT_BUDGET, 3), 7, 2_000).findings().stream()
        .noneMatch(f -> f.kind() == Kind.ROSTER_DEPENDENCE), "the shipped rules engage alike in every borough");
  }

  @Test
  void cadetsSentWhereACrimeIsARisk_breakAnInvariant() {
    // Rule base 2 again: core responsibilities only at public events, and cadets in the events team's place whatever
    // the risk.
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"))
        .replace("community-events.drl", "return !opportunity.risks().contains(Risk.CRIME)\n"
            + "      && !opportunity.risks().contains(Risk.BREACH_OF_THE_PEACE)\n", "return true\n")
        .replace("public-events.drl", "  Opportunity(kind in (OpportunityKind.PUBLIC_EVENT, OpportunityKind.COMMUNITY_EVENT),\n"
            + "              risks contains Risk.CRIME", "  Opportunity(kind in (OpportunityKind.PUBLIC_EVENT),\n"
            + "              risks contains Risk.CRIME");
    EngagementDecider mutant = rules.decider();
    DerivedDomain domain = DerivedDomain.of(List.of(rules.directory()), Rosters.standard());

    VerificationReport report = domain.verify(mutant, domain.coverage(DerivedDomain.DEFAULT_BUDGET, 3));

    assertTrue(report.findings().stream().anyMatch(f -> f.kind() == Kind.INVARIANT
        && f.description().startsWith("delegated to POLICE_CADETS although a core responsibility")),
        () -> DomainInvariantsTest.describe(report));
  }

  @Test
  void ruleThatMisbehavesOnlyWithALiaisonOfficerAndAVacantWard_isFoundInASyntheticPlace() throws Exception {
    Roster roster = rosterWithoutLiaisonAndVacantWard();
    RuleCopies rules = RuleCopies.of(temp.resolve("rules")).replace("community-meetings.drl",
        "  $ward : Ward()\n  not RosterPost(role == Role.PCSO)\nthen",
        "  $ward : Ward()\n  not RosterPost(role == Role.PCSO)\n"
            + "  not RosterPost(role == Role.HIGHER_EDUCATION_LIAISON_OFFICER)\nthen");
    EngagementDecider mutant = EngagementRules.builder().roster(roster).ruleDirectory(rules.directory()).build();
    assertTrue(DomainVerification.verify(mutant, InputDomain.of(roster), 1009).isClean(),
        "the roster's own places never show the defect");
    DerivedDomain domain = DerivedDomain.of(List.of(rules.directory()), roster);

    VerificationReport report = domain.verify(mutant, domain.coverage(DerivedDomain.DEFAULT_BUDGET, 3));

    VerificationFinding finding = report.findings().get(0);
    assertEquals(Kind.INVARIANT, finding.kind(), () -> DomainInvariantsTest.describe(report));
    assertEquals("ATTEND without a point of contact or an escalation", finding.description());
    Borough place = domain.roster().borough(finding.example().borough()).orElseThrow();
    assertTrue(place.name().startsWith("derived-"), place::name);
    assertTrue(place.higherEducationLiaisonOfficer().isPresent());
    assertTrue(place.ward(finding.example().ward().orElseThrow()).orElseThrow().pcso().isEmpty());
    assertScenarioFailsOnlyOnTheMutant(domain, finding, mutant);
  }

  @Test
  void ruleConflictingOnlyWhenTwoValuesMeet_isFoundThroughTheSecondValue() {
    // Two planted rules in the top tier that disagree only on a school with both a college and a hard-to-reach group:
    // whatever else the opportunity holds, the two values must meet for the conflict to show.
    RuleCopies rules = RuleCopies.of(temp.resolve("rules")).append("schools-youth-worship.drl", """
        rule "School visit with a college is referred to the Prevent lead"
          @section("schools-youth-worship")
          @tier("emergency")
          @quote("The Neighbourhood Inspector will assess if there are specific community engagement benefits from attendance")
          @reason("A test rule: it refers to someone else than the other test rule does, in the same tier.")
        when
          Opportunity(kind == OpportunityKind.SCHOOL, stakeholderTypes contains StakeholderType.COLLEGE,
                      stakeholderTypes not contains StakeholderType.MP)
        then
          insert(AttendanceRuling.refer(Role.PREVENT_LEAD));
        end

        rule "School visit with a hard-to-reach group is referred to the Neighbourhood Inspector at once"
          @section("schools-youth-worship")
          @tier("emergency")
          @quote("The Neighbourhood Inspector will assess if there are specific community engagement benefits from attendance")
          @reason("A test rule: it refers to someone else than the other test rule does, in the same tier.")
        when
          Opportunity(kind == OpportunityKind.SCHOOL, stakeholderTypes contains StakeholderType.HARD_TO_REACH_GROUP)
        then
          insert(AttendanceRuling.refer(Role.NEIGHBOURHOOD_INSPECTOR));
        end
        """);
    EngagementDecider mutant = rules.decider();
    DerivedDomain domain = DerivedDomain.of(List.of(rules.directory()), Rosters.standard());
    assertTrue(domain.explain().contains("  stakeholders (second value): "), domain::explain);

    VerificationReport report = domain.verify(mutant, domain.coverage(DerivedDomain.DEFAULT_BUDGET, 3));

    VerificationFinding conflict = report.findings().stream()
        .filter(f -> f.kind() == Kind.CONFLICT
            && f.description().contains("'School visit with a college is referred to the Prevent lead'")
            && f.description().contains("'School visit with a hard-to-reach group is referred to the Neighbourhood Inspector at once'"))
        .findFirst().orElseThrow(() -> new AssertionError(DomainInvariantsTest.describe(report)));
    Set<StakeholderType> types = conflict.example().stakeholderTypes();
    assertTrue(types.contains(StakeholderType.COLLEGE) && types.contains(StakeholderType.HARD_TO_REACH_GROUP)
        && !types.contains(StakeholderType.MP), types::toString);
  }

  @Test
  void shippedRules_verifyCleanOnTheDerivedPairwiseCoverage_andTheSampleIsSeeded() {
    DerivedDomain domain = DerivedDomain.ofBuiltInRules(Rosters.standard());
    EngagementDecider decider = EngagementRules.builder().roster(Rosters.standard()).build();
    Coverage pairs = domain.coverage(DerivedDomain.DEFAULT_BUDGET, 2);

    VerificationReport report = domain.verify(decider, pairs);

    assertTrue(report.isClean(), () -> DomainInvariantsTest.describe(report));
    assertEquals(pairs.size(), report.checked());
    List<Opportunity> sample = domain.randomSample(5, 20);
    assertEquals(sample, domain.randomSample(5, 20));
    assertFalse(sample.equals(domain.randomSample(6, 20)));
    assertEquals(pairs.size() + 20, domain.verify(decider, pairs, 5, 20).checked());
    assertEquals("samples: must not be negative, got -1",
        assertThrows(IllegalArgumentException.class, () -> domain.verify(decider, pairs, 5, -1)).getMessage());
    Opportunity first = pairs.opportunity(0);
    assertEquals("derived-0", first.id());
    assertTrue(domain.roster().borough(first.borough()).isPresent());
  }

  /** The finding's scenario, with the widened roster beside it, fails on the mutant and passes on the shipped rules. */
  private void assertScenarioFailsOnlyOnTheMutant(DerivedDomain domain, VerificationFinding finding,
      EngagementDecider mutant) throws Exception {
    Path directory = Files.createDirectories(temp.resolve("counterexample"));
    Files.writeString(directory.resolve("derived-roster.json"), domain.rosterJson());
    Path scenario = Files.writeString(directory.resolve("finding.json"),
        EngagementJson.write(finding.scenario("derived-roster.json")));
    List<Scenario> scenarios = Scenarios.read(List.of(scenario), null);

    assertFalse(Scenarios.run(mutant, scenarios).results().get(0).passed(), "the scenario fails on the mutant");
    assertTrue(Scenarios.run(EngagementRules.builder().roster(Rosters.standard()).build(), scenarios)
        .results().get(0).passed(), "and passes on the shipped rules");
  }

  /** Like the sample roster: the borough with a liaison officer has no ward without a PCSO. */
  private static Roster rosterWithoutLiaisonAndVacantWard() {
    Borough full = Rosters.fullBoroughBuilder()
        .addWards(Ward.builder().name(Rosters.STAFFED_WARD).pcso(Officer.of("PCSO-1", "Sam Support")).build())
        .build();
    return Roster.builder().addBoroughs(full, Rosters.sparseBorough()).build();
  }

  /** The distinct profiles of the roster's wards: which optional posts are filled, cadets and patrol plans. */
  private static Set<List<Boolean>> profiles(Roster roster) {
    Set<List<Boolean>> profiles = new HashSet<>();
    for (Borough b : roster.boroughs()) {
      for (Ward w : b.wards()) {
        profiles.add(List.of(b.designatedPartnerContact().isPresent(), b.higherEducationLiaisonOfficer().isPresent(),
            b.preventLead().isPresent(), b.communityEngagementVolunteer().isPresent(), b.cadetsAvailable(),
            b.patrolPlans(), w.pcso().isPresent()));
      }
    }
    return profiles;
  }

  /** The 1-based line of the first occurrence of {@code text} in the built-in rule file {@code file}. */
  private static int builtInLine(String file, String text) {
    String content = RuleFiles.builtIn().stream().filter(f -> f.name().endsWith("/" + file)).findFirst()
        .orElseThrow().content();
    return (int) content.substring(0, content.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String line(String text, String containing) {
    return text.lines().filter(l -> l.contains(containing)).findFirst()
        .orElseThrow(() -> new AssertionError("no line with '" + containing + "' in\n" + text));
  }
}

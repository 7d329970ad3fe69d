package io.github.engagementrules.authoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.internal.DomainFactors.Factor;
import io.github.engagementrules.authoring.internal.DomainFactors.FactorClass;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.rules.RuleFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link DomainFactors} on small rule files written the way the guide is heading: metadata instead of salience, a
 * resolver's intermediate fact tested in a second phase, shared conditions in functions, {@code not Ward()},
 * {@code exists}, {@code or}, {@code eval} and {@code from}. Only what is tested about the inputs makes factors.
 */
class DomainFactorsTest {
  private static final String HEADER = """
      package io.github.engagementrules.rules.guide;
      import io.github.engagementrules.model.*;
      """;

  @Test
  void testsInConditionsAndFunctions_makeFactorsAndClasses_withTheirLines() {
    DomainFactors factors = derive("""
        function boolean hasPolicingPurpose(Opportunity o) {
          return !o.purposes().isEmpty()
              || o.topics().contains(Topic.HATE_CRIME);
        }
        rule "Purposeful school visit is attended"
          @section("schools-youth-worship") @tier("attendance") @quote("...") @interpretation("...")
        when
          Opportunity(kind == OpportunityKind.SCHOOL, hasPolicingPurpose(this), requests.size() == 1)
          not RosterPost(role == Role.PCSO)
        then
          insert(AttendanceRuling.attend(Role.SNT_OFFICER));
        end
        rule "Phase two reads the resolver's outcome"
          @section("schools-youth-worship")
        when
          AttendanceOutcome(attendance == Attendance.ATTEND)
          ( Opportunity(risks contains Risk.CRIME) or exists Opportunity(stakeholderTypes contains StakeholderType.MP) )
          not Ward()
          eval(true)
        then
        end
        """);

    assertEquals("OpportunityKind.SCHOOL", "OpportunityKind." + classOf(factors, "kind", 0).label());
    assertTrue(classOf(factors, "kind", 1).label().endsWith("(any other value)"));
    FactorClass empty = classOf(factors, "purposes", 0);
    assertEquals("{}", empty.label());
    assertEquals(List.of("test.drl:4 (function hasPolicingPurpose())"), empty.origins());
    assertEquals(List.of("test.drl:5 (function hasPolicingPurpose())"), find(factors, "topics", "{HATE_CRIME}").origins());
    assertEquals(List.of("test.drl:19 (rule \"Phase two reads the resolver's outcome\")"),
        find(factors, "risks", "{CRIME}").origins());
    assertEquals(List.of("test.drl:19 (rule \"Phase two reads the resolver's outcome\")"),
        find(factors, "stakeholders", "{MP}").origins());
    Factor pcso = factor(factors, "post PCSO").orElseThrow();
    assertEquals(List.of("test.drl:11 (rule \"Purposeful school visit is attended\")"), pcso.classes().get(0).origins());
    assertEquals(List.of("a filled post has its RosterPost"), pcso.classes().get(1).origins());
    assertEquals(Optional.empty(), factor(factors, "post PREVENT_LEAD"), "a post no rule tests is no factor");
    assertEquals(Optional.empty(), factor(factors, "intelligenceLed"), "nor is a flag no rule tests");
    assertTrue(find(factors, "requests", "{STATISTICS_REPORT}").origins()
        .contains("size 1 against the size test at test.drl:10 (rule \"Purposeful school visit is attended\")"));
    assertEquals(List.of("size 2 against the size test at test.drl:10 (rule \"Purposeful school visit is attended\")"),
        find(factors, "requests", "{STATISTICS_REPORT, TWO_WAY_DIALOGUE}").origins());
    assertEquals(List.of("test.drl:20 (rule \"Phase two reads the resolver's outcome\")"),
        find(factors, "ward", "none").origins());
    assertTrue(factors.explain().contains("test.drl:11"), factors::explain);
  }

  @Test
  void constantsOfDerivedFactsAndConsequences_doNotWidenTheDomain() {
    DomainFactors factors = derive("""
        rule "Only the consequence names a kind"
          @section("patrols")
        when
          Opportunity()
          Contact(remit == Remit.POINT_OF_CONTACT)
        then
          insert(AttendanceRuling.attend(Role.PCSO));
        end
        """);

    // kind: one "other" class; five sets: the empty set and one other value each; the ward: none or given.
    assertEquals(1, factor(factors, "kind").orElseThrow().size());
    assertEquals(2, factor(factors, "stakeholders").orElseThrow().size());
    assertEquals(7, factors.count());
  }

  @Test
  void fileThatDoesNotParse_isReportedWithItsName() {
    EngagementException e = assertThrows(EngagementException.class,
        () -> DomainFactors.derive(List.of(RuleFile.of("broken.drl", HEADER + "rule \"x\" when then"))));

    assertEquals(ErrorCode.RULE_COMPILATION, e.code());
    assertTrue(e.getMessage().contains("broken.drl"), e::getMessage);
  }

  private static DomainFactors derive(String rules) {
    return DomainFactors.derive(List.of(RuleFile.of("test.drl", HEADER + rules)));
  }

  private static Optional<Factor> factor(DomainFactors factors, String name) {
    return factors.factors().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  private static FactorClass classOf(DomainFactors factors, String factor, int index) {
    return factor(factors, factor).orElseThrow().classes().get(index);
  }

  private static FactorClass find(DomainFactors factors, String factor, String label) {
    return factor(factors, factor).orElseThrow().classes().stream().filter(c -> c.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no class " + label + " in\n" + factors.explain()));
  }
}

package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.Coverage;
import io.github.engagementrules.authoring.DerivedDomain;
import io.github.engagementrules.authoring.DomainVerification;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.authoring.VerificationReport;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.Rosters;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Property-style tests in plain JUnit, through the engine behind {@code engagement verify}: the shipped rules decide
 * every input of the domain they define ({@link DerivedDomain}: every 3-way combination of the derived factors'
 * classes, in a roster widened to every profile of posts) and 50,000 seeded random samples of the full domain
 * without a gap or conflict, keeping every invariant.
 *
 * <p>The long runs are on request, {@code -Dverification.exhaustive=true}: the 4-way covering array with 500,000
 * samples, and the full enumeration of the hand-picked {@link InputDomain} (a few minutes on two busy cores).
 */
class DomainInvariantsTest {
  private final EngagementDecider decider = EngagementRules.builder().roster(Rosters.standard()).build();
  private final DerivedDomain domain = DerivedDomain.ofBuiltInRules(Rosters.standard());

  @Test
  void everyThreeWayCombinationOfTheDerivedDomain_isDecidedAndKeepsTheInvariants() {
    Coverage coverage = domain.coverage(DerivedDomain.DEFAULT_BUDGET, 3);
    assertFalse(coverage.exhaustive(), "the shipped rules define more combinations than the default budget");

    VerificationReport report = domain.verify(decider, coverage);

    assertTrue(report.isClean(), () -> describe(report));
    assertEquals(coverage.size(), report.checked());
    System.out.println("derived domain: " + coverage.guarantee());
  }

  @Test
  void seededRandomSamplesOfTheFullDomain_keepTheInvariants() {
    Coverage pairs = domain.coverage(DerivedDomain.DEFAULT_BUDGET, 2);

    VerificationReport report = domain.verify(decider, pairs, 20_261_121L, 50_000);

    assertTrue(report.isClean(), () -> describe(report));
    assertEquals(pairs.size() + 50_000, report.checked());
  }

  @Test
  @EnabledIfSystemProperty(named = "verification.exhaustive", matches = "true")
  void everyFourWayCombinationOfTheDerivedDomain_isDecidedAndKeepsTheInvariants() {
    Coverage coverage = domain.coverage(DerivedDomain.DEFAULT_BUDGET, 4);

    VerificationReport report = domain.verify(decider, coverage, 1L, 500_000);

    assertTrue(report.isClean(), () -> describe(report));
    assertEquals(coverage.size() + 500_000, report.checked());
    System.out.println("derived domain: " + coverage.guarantee());
  }

  @Test
  @EnabledIfSystemProperty(named = "verification.exhaustive", matches = "true")
  void everyOpportunityOfTheHandPickedDomain_isDecidedAndKeepsTheInvariants() {
    InputDomain handPicked = InputDomain.of(Rosters.standard());
    assertEquals(4, handPicked.places().size(), "the test roster has four post profiles");

    VerificationReport report = DomainVerification.verify(decider, handPicked);

    assertTrue(report.isClean(), () -> describe(report));
    assertEquals(handPicked.size(), report.checked());
  }

  static String describe(VerificationReport report) {
    return report.findings().stream()
        .map(f -> f.kind() + " x" + f.count() + ": " + f.description() + "\n  " + f.detail() + "\n  "
            + EngagementJson.write(f.scenario(null)))
        .collect(Collectors.joining("\n"));
  }
}

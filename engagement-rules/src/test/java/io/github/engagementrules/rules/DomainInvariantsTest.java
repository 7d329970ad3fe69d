package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Property-style tests in plain JUnit, through {@link DomainVerification} (the engine behind {@code engagement
 * verify}): every opportunity of the enumerated input domain (see {@link InputDomain} for the bound), plus seeded
 * random samples of the full domain, is decided without a gap or conflict and keeps every invariant.
 */
class DomainInvariantsTest {
  private final EngagementDecider decider = EngagementRules.builder().roster(Rosters.standard()).build();

  @Test
  void everyOpportunityOfTheEnumeratedDomain_isDecidedAndKeepsTheInvariants() {
    InputDomain domain = InputDomain.of(Rosters.standard());
    assertEquals(4, domain.places().size(), "the test roster has four post profiles");

    VerificationReport report = DomainVerification.verify(decider, domain);

    assertTrue(report.isClean(), () -> describe(report));
    assertEquals(domain.size(), report.checked());
  }

  @Test
  void seededRandomSamplesOfTheFullDomain_keepTheInvariants() {
    InputDomain domain = InputDomain.of(Rosters.standard());
    List<Opportunity> samples = new ArrayList<>();
    for (long seed : new long[] {1, 2, 3, 20261121}) {
      samples.addAll(domain.randomSample(seed, 25_000));
    }

    VerificationReport report = DomainVerification.verify(decider, samples);

    assertTrue(report.isClean(), () -> describe(report));
    assertEquals(100_000, report.checked());
  }

  static String describe(VerificationReport report) {
    return report.findings().stream()
        .map(f -> f.kind() + " x" + f.count() + ": " + f.description() + "\n  " + f.detail() + "\n  "
            + EngagementJson.write(f.scenario(null)))
        .collect(Collectors.joining("\n"));
  }
}

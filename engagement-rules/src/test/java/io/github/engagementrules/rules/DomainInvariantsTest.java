package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Opportunity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Property-style tests in plain JUnit: every opportunity of the enumerated input domain (see {@link InputDomain} for
 * the bound), plus seeded random samples of the full domain, is decided without a gap or conflict and keeps every
 * invariant.
 */
class DomainInvariantsTest {
  private static final int MAX_REPORTED = 20;
  private final EngagementDecider decider = EngagementRules.builder().roster(Rosters.standard()).build();

  @Test
  void everyOpportunityOfTheEnumeratedDomain_isDecidedAndKeepsTheInvariants() throws Exception {
    InputDomain domain = InputDomain.of(Rosters.standard());
    assertEquals(4, domain.places().size(), "the test roster has four post profiles");
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    long size = domain.size();
    List<String> findings = Collections.synchronizedList(new ArrayList<>());
    AtomicLong decided = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long from = size * t / threads;
        long to = size * (t + 1) / threads;
        parts.add(
            pool.submit(
                () -> {
                  for (long i = from; i < to && findings.size() < MAX_REPORTED; i++) {
                    check(domain.opportunity(i), findings);
                    decided.incrementAndGet();
                  }
                }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(findings.isEmpty(), () -> String.join("\n", findings));
    assertEquals(size, decided.get());
  }

  @Test
  void seededRandomSamplesOfTheFullDomain_keepTheInvariants() {
    InputDomain domain = InputDomain.of(Rosters.standard());
    List<String> findings = new ArrayList<>();
    for (long seed : new long[] {1, 2, 3, 20261121}) {
      for (Opportunity opportunity : domain.randomSample(seed, 25_000)) {
        check(opportunity, findings);
      }
    }
    assertTrue(findings.isEmpty(), () -> String.join("\n", findings.subList(0, Math.min(MAX_REPORTED, findings.size()))));
  }

  private void check(Opportunity opportunity, List<String> findings) {
    try {
      Decision decision = decider.decide(opportunity);
      for (String violation : DecisionInvariants.violations(opportunity, decision)) {
        findings.add(violation + ": " + opportunity);
      }
    } catch (EngagementException e) {
      findings.add(e.code() + " " + e.getMessage() + ": " + opportunity);
    }
  }
}

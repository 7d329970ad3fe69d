package io.github.engagementrules.benchmarks;

import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.authoring.InputDomain;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs the JMH benchmarks and {@link QuickBench} decide, so both measure the same work: a realistic
 * mix from {@link InputDomain}, half spread evenly over the enumerated domain (every kind, purpose, risk and place
 * profile) and half seeded random samples of the full domain, interleaved so that any slice is a mix too. Every id
 * is distinct, so any slice is a valid batch.
 */
public final class BenchmarkInputs {
  private static final long SEED = 20261121;

  private BenchmarkInputs() {}

  /**
   * The mix for a roster.
   *
   * @param roster the roster the opportunities are placed in
   * @param count how many opportunities, at least 2
   * @return the same {@code count} opportunities for the same roster, every time
   * @throws IllegalArgumentException when {@code count} is less than 2 or the roster has no wards
   */
  public static List<Opportunity> mix(Roster roster, int count) {
    if (count < 2) {
      throw new IllegalArgumentException("count: must be at least 2, got " + count);
    }
    InputDomain domain = InputDomain.of(roster);
    int enumerated = count / 2;
    List<Opportunity> sampled = domain.randomSample(SEED, count - enumerated);
    List<Opportunity> inputs = new ArrayList<>(count);
    for (int i = 0; i < sampled.size(); i++) {
      if (i < enumerated) {
        inputs.add(domain.opportunity(domain.size() * i / enumerated));
      }
      inputs.add(sampled.get(i));
    }
    return List.copyOf(inputs);
  }
}

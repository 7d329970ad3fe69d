package io.github.engagementrules.authoring;

import io.github.engagementrules.model.Roster;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a {@link MutationAnalysis} runs. Immutable; change a copy with the {@code with...} methods.
 *
 * @param operators the mutation operators applied
 * @param sampleEvery keep only every n-th mutant, in file order (1: all of them), for a quick look
 * @param threads how many mutants are compiled and tested at once
 * @param domainStep a mutant that no scenario kills is compared with the original rules over probes derived from the
 *     scenarios and over every {@code domainStep}-th opportunity of the input domain (1: all of it; 0: the probes
 *     only); when no decision changes it is reported as equivalent
 * @param domainRoster the roster of the input domain and of the comparison; empty for the first scenario's roster
 */
public record MutationOptions(
    Set<MutationOperator> operators, int sampleEvery, int threads, long domainStep, Optional<Roster> domainRoster) {
  /** The default distance between the domain opportunities compared: a few thousand of a typical domain. */
  public static final long DEFAULT_DOMAIN_STEP = 997;

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException naming the option and the bad value
   */
  public MutationOptions {
    operators = Set.copyOf(Objects.requireNonNull(operators, "operators"));
    Objects.requireNonNull(domainRoster, "domainRoster");
    if (operators.isEmpty()) {
      throw new IllegalArgumentException("operators: at least one is required");
    }
    if (sampleEvery < 1) {
      throw new IllegalArgumentException("sampleEvery: must be positive, got " + sampleEvery);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads: must be positive, got " + threads);
    }
    if (domainStep < 0) {
      throw new IllegalArgumentException("domainStep: must be 0 or more, got " + domainStep);
    }
  }

  /** Every operator, every mutant, one thread per processor, the domain every 997th opportunity. */
  public static MutationOptions defaults() {
    return new MutationOptions(
        EnumSet.allOf(MutationOperator.class),
        1,
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_DOMAIN_STEP,
        Optional.empty());
  }

  /**
   * These options with other operators.
   *
   * @param operators the operators, at least one
   * @return the new options
   * @throws IllegalArgumentException when {@code operators} is empty
   */
  public MutationOptions withOperators(Set<MutationOperator> operators) {
    return new MutationOptions(operators, sampleEvery, threads, domainStep, domainRoster);
  }

  /**
   * These options keeping only every n-th mutant.
   *
   * @param every a positive number
   * @return the new options
   * @throws IllegalArgumentException when {@code every} is not positive
   */
  public MutationOptions withSampleEvery(int every) {
    return new MutationOptions(operators, every, threads, domainStep, domainRoster);
  }

  /**
   * These options with another number of threads.
   *
   * @param threads a positive number
   * @return the new options
   * @throws IllegalArgumentException when {@code threads} is not positive
   */
  public MutationOptions withThreads(int threads) {
    return new MutationOptions(operators, sampleEvery, threads, domainStep, domainRoster);
  }

  /**
   * These options with another domain step.
   *
   * @param step 0 (probes only), 1 (the whole domain) or more
   * @return the new options
   * @throws IllegalArgumentException when {@code step} is negative
   */
  public MutationOptions withDomainStep(long step) {
    return new MutationOptions(operators, sampleEvery, threads, step, domainRoster);
  }

  /**
   * These options with the roster the domain is built from.
   *
   * @param roster the roster
   * @return the new options
   */
  public MutationOptions withDomainRoster(Roster roster) {
    return new MutationOptions(
        operators, sampleEvery, threads, domainStep, Optional.of(Objects.requireNonNull(roster, "roster")));
  }
}

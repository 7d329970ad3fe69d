package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.internal.CoveragePlan;
import io.github.engagementrules.authoring.internal.DerivedInputs;
import io.github.engagementrules.authoring.internal.DomainFactors;
import io.github.engagementrules.authoring.internal.Verifier;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The input domain a rule base defines, read from its DRL files with Drools' parser: each input dimension (the
 * opportunity's kind, each of its sets, each flag the rules test, whether it names a ward, each optional post the
 * rules test filled or vacant, each borough flag) is a factor, partitioned into the classes the rules distinguish
 * (every constant a condition or {@code function} mentions, constants tested together in one rule, sizes around a
 * size test), plus an "any other value" representative and the empty set. Every class remembers the file and line
 * it comes from ({@link #explain()}). A rule file that mentions a new constant widens the domain by itself.
 *
 * <p>The roster is widened too: for each profile of the roster factors that the given roster has no ward for (say a
 * borough with a higher-education liaison officer and a ward without a PCSO), a synthetic borough and ward are added
 * ({@link #addedProfiles()}), so no combination is out of reach. Decide the domain's inputs with a decider on
 * {@link #roster()}; {@link #verify} does that.
 *
 * <p>Immutable and thread-safe.
 */
public final class DerivedDomain {
  /** The default budget: enumerate every combination when there are at most this many. */
  public static final long DEFAULT_BUDGET = 3_000_000L;
  /** The default strength of the covering array used when the combinations exceed the budget. */
  public static final int DEFAULT_STRENGTH = 3;
  /** The strongest covering array that can be asked for. */
  public static final int MAX_STRENGTH = CoveragePlan.MAX_STRENGTH;

  private final DerivedInputs inputs;

  private DerivedDomain(DerivedInputs inputs) {
    this.inputs = inputs;
  }

  /**
   * The domain of the built-in rules over {@code roster}.
   *
   * @param roster the roster to widen
   * @return the domain
   * @throws IllegalArgumentException when the roster has no boroughs, or the rules test more than 16 posts and
   *     borough flags (every profile of them gets a place)
   */
  public static DerivedDomain ofBuiltInRules(Roster roster) {
    return new DerivedDomain(DerivedInputs.of(DomainFactors.derive(RuleFiles.builtIn()), roster));
  }

  /**
   * The domain of the rules in the directories (every {@code .drl} file, recursively) over {@code roster}.
   *
   * @param ruleDirectories the rule directories, as given to the decider's builder
   * @param roster the roster to widen
   * @return the domain
   * @throws io.github.engagementrules.model.EngagementException {@code RULE_COMPILATION} when a directory cannot be
   *     read or a file does not parse, naming it
   * @throws IllegalArgumentException when the roster has no boroughs, or the rules test more than 16 posts and
   *     borough flags (every profile of them gets a place)
   */
  public static DerivedDomain of(List<Path> ruleDirectories, Roster roster) {
    return new DerivedDomain(
        DerivedInputs.of(DomainFactors.derive(RuleFiles.fromDirectories(ruleDirectories)), roster));
  }

  /**
   * The domain of rule files held in memory over {@code roster}. Give the files of two rule bases together to get
   * the domain both define, over which they are compared ({@link RuleBaseDiff#compare(EngagementDecider,
   * EngagementDecider, DerivedDomain, Coverage, long, int)}): a class that either rule base distinguishes is in it.
   *
   * @param files DRL files (other files, such as {@code precedence.json}, are skipped)
   * @param roster the roster to widen
   * @return the domain
   * @throws io.github.engagementrules.model.EngagementException {@code RULE_COMPILATION} when a file does not parse,
   *     naming it
   * @throws IllegalArgumentException when the roster has no boroughs, or the rules test more than 16 posts and
   *     borough flags
   */
  public static DerivedDomain ofRuleFiles(List<RuleFile> files, Roster roster) {
    return new DerivedDomain(DerivedInputs.of(DomainFactors.derive(List.copyOf(files)), roster));
  }

  /** How many factors the rules define. */
  public int factorCount() {
    return inputs.domain().count();
  }

  /** How many combinations of the factors' classes there are. */
  public BigInteger combinations() {
    return inputs.domain().combinations();
  }

  /** The given roster with a synthetic place for every profile it lacked. */
  public Roster roster() {
    return inputs.roster();
  }

  /**
   * {@link #roster()} in the roster JSON contract, for the scenarios of findings in synthetic places: write it to a
   * file and name that file as the scenarios' roster.
   */
  public String rosterJson() {
    return EngagementJson.write(EngagementJson.toJson(roster()));
  }

  /** The synthetic places added to the roster, one line each naming the place and its profile. */
  public List<String> addedProfiles() {
    return inputs.addedProfiles();
  }

  /**
   * The factors, their classes and where each comes from (file:line and rule or function), then the places added
   * to the roster: the text of {@code verify --explain-domain}.
   */
  public String explain() {
    StringBuilder out = new StringBuilder(inputs.domain().explain());
    List<String> added = addedProfiles();
    out.append(String.format("Roster: %d profile(s) added so that every combination of posts and flags is reached%s",
        added.size(), added.isEmpty() ? "" : ":"));
    out.append(System.lineSeparator());
    added.forEach(line -> out.append("  ").append(line).append(System.lineSeparator()));
    return out.toString();
  }

  /** The coverage with the {@link #DEFAULT_BUDGET} and {@link #DEFAULT_STRENGTH}. */
  public Coverage coverage() {
    return coverage(DEFAULT_BUDGET, DEFAULT_STRENGTH);
  }

  /**
   * Every combination of the factors' classes when there are at most {@code budget}, otherwise a covering array of
   * strength {@code strength}.
   *
   * @param budget the most combinations to enumerate in full
   * @param strength the covering array's strength t, 1 to {@link #MAX_STRENGTH}
   * @return the inputs to check
   * @throws IllegalArgumentException when {@code budget} is not positive or {@code strength} is out of range
   */
  public Coverage coverage(long budget, int strength) {
    return new Coverage(inputs, CoveragePlan.of(inputSizes(), budget, strength));
  }

  /**
   * {@code count} opportunities drawn with a seeded generator from the full, unreduced domain (any subset of every
   * enum, any flags, any place of {@link #roster()}): the same seed gives the same sample.
   *
   * @param seed the generator's seed
   * @param count how many
   * @return the sample
   */
  public List<Opportunity> randomSample(long seed, int count) {
    return inputs.randomSample(seed, count);
  }

  /**
   * Decides every input of {@code coverage} with {@code decider}'s rule base on {@link #roster()}, on all
   * processors, and reports gaps, conflicts, failures and broken invariants as {@link
   * io.github.engagementrules.authoring.DomainVerification} does.
   *
   * @param decider the decider whose rule base is verified (its roster is replaced by {@link #roster()})
   * @param coverage the inputs, from this domain
   * @return the findings
   */
  public VerificationReport verify(EngagementDecider decider, Coverage coverage) {
    return verify(decider, coverage, 0, 0);
  }

  /**
   * As {@link #verify(EngagementDecider, Coverage)}, then {@code samples} opportunities of {@link #randomSample
   * randomSample(seed, samples)} on top, in one report: the inputs of the coverage are numbered first.
   *
   * @param decider the decider whose rule base is verified (its roster is replaced by {@link #roster()})
   * @param coverage the inputs, from this domain
   * @param seed the seed of the random sample
   * @param samples how many random opportunities to add; 0 for none
   * @return the findings
   * @throws IllegalArgumentException when {@code samples} is negative
   */
  public VerificationReport verify(EngagementDecider decider, Coverage coverage, long seed, int samples) {
    return verify(decider, null, coverage, seed, samples);
  }

  /**
   * As {@link #verify(EngagementDecider, Coverage, long, int)}, and every input is also decided by {@code reversed}
   * (the same rules loaded backwards, from {@link OrderIndependence#reversed}); a decision that differs is an {@code
   * ORDER_DEPENDENCE} finding. Every input is also decided in each place that differs from its own in one post or
   * borough flag: where whether the police engage differs, it is a {@code ROSTER_DEPENDENCE} finding.
   *
   * @param decider the decider whose rule base is verified (its roster is replaced by {@link #roster()})
   * @param reversed the same rule base loaded backwards, or {@code null} to skip the order check
   * @param coverage the inputs, from this domain
   * @param seed the seed of the random sample
   * @param samples how many random opportunities to add; 0 for none
   * @return the findings
   * @throws IllegalArgumentException when {@code samples} is negative
   */
  public VerificationReport verify(
      EngagementDecider decider, EngagementDecider reversed, Coverage coverage, long seed, int samples) {
    EngagementDecider widened = decider.withRoster(roster());
    EngagementDecider widenedReversed = reversed == null ? null : reversed.withRoster(roster());
    return Verifier.verify(widened, widenedReversed, inputs(coverage, seed, samples), coverage.size() + samples,
        inputs::rosterVariants);
  }

  /** The inputs of {@code coverage}, numbered first, then {@code samples} random ones: input {@code i} of them. */
  LongFunction<Opportunity> inputs(Coverage coverage, long seed, int samples) {
    if (samples < 0) {
      throw new IllegalArgumentException("samples: must not be negative, got " + samples);
    }
    List<Opportunity> sample = randomSample(seed, samples);
    long covered = coverage.size();
    return i -> i < covered ? coverage.opportunity(i) : sample.get((int) (i - covered));
  }

  private int[] inputSizes() {
    return inputs.domain().sizes();
  }
}

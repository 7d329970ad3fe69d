package io.github.engagementrules.benchmarks;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.authoring.DecisionInvariants;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second on the built-in rules and the sample roster, over the same {@link BenchmarkInputs} mix: this
 * library's decider (single {@code decide} calls and {@code decideAll} batches) against the naive baseline (a fresh
 * stateless session per decision, {@link NaiveDecider}), on one and two threads. Both share one compiled rule base.
 * Single decisions are also sampled for latency percentiles; run with {@code -prof gc} for allocation per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class DecisionBenchmark {
  /** How many decisions one {@code decideAll} batch holds. */
  static final int BATCH = 1_000;
  private static final int INPUTS = 4_096;

  private EngagementDecider decider;
  private NaiveDecider naive;
  private InputDomain domain;
  private List<Opportunity> inputs;

  /** Compiles the rules once and builds the decider and the baseline on the same rule base. */
  @Setup
  public void setUp() {
    Roster roster = BuiltInRules.sampleRoster();
    CompiledRuleBase rules = BuiltInRules.compile();
    decider = new DroolsDecider(rules, roster, EngagementRules.DEFAULT_FIRING_LIMIT);
    naive = new NaiveDecider(rules, roster);
    domain = InputDomain.of(roster);
    inputs = BenchmarkInputs.mix(roster, INPUTS);
  }

  /** Each thread walks the inputs from its own position. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;
    private long domainIndex;

    /** Starts each thread at a different place, so two threads do not decide the same inputs in step. */
    @Setup
    public void setUp() {
      next = (int) (Thread.currentThread().getId() * 997 % INPUTS);
      domainIndex = Thread.currentThread().getId() * 1_000_003L;
    }

    Opportunity next(List<Opportunity> inputs) {
      next = (next + 1) % inputs.size();
      return inputs.get(next);
    }

    List<Opportunity> nextBatch(List<Opportunity> inputs) {
      next = (next + BATCH) % (inputs.size() - BATCH);
      return inputs.subList(next, next + BATCH);
    }

    long nextDomainIndex(long size) {
      domainIndex = (domainIndex + 1) % size;
      return domainIndex;
    }
  }

  /** The decider, one {@code decide} call per decision, one thread. */
  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @Threads(1)
  public Decision decide1Thread(Cursor cursor) {
    return decider.decide(cursor.next(inputs));
  }

  /** The decider, one {@code decide} call per decision, two threads. */
  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @Threads(2)
  public Decision decide2Threads(Cursor cursor) {
    return decider.decide(cursor.next(inputs));
  }

  /** The naive baseline, one thread. */
  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @Threads(1)
  public Decision naive1Thread(Cursor cursor) {
    return naive.decide(cursor.next(inputs));
  }

  /** The naive baseline, two threads. */
  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @Threads(2)
  public Decision naive2Threads(Cursor cursor) {
    return naive.decide(cursor.next(inputs));
  }

  /** The decider, {@value #BATCH} decisions per {@code decideAll} call, one thread; scores are per decision. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  @Threads(1)
  public List<DecisionResult> decideAll1Thread(Cursor cursor) {
    return decider.decideAll(cursor.nextBatch(inputs));
  }

  /** The decider, {@value #BATCH} decisions per {@code decideAll} call, two threads; scores are per decision. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  @Threads(2)
  public List<DecisionResult> decideAll2Threads(Cursor cursor) {
    return decider.decideAll(cursor.nextBatch(inputs));
  }

  /**
   * What exhaustive verification does per input, on two threads: enumerate the next opportunity of the domain,
   * decide it, check the {@link DecisionInvariants}.
   */
  @Benchmark
  @Threads(2)
  public List<String> enumerateDecideCheck2Threads(Cursor cursor) {
    Opportunity opportunity = domain.opportunity(cursor.nextDomainIndex(domain.size()));
    return DecisionInvariants.violations(opportunity, decider.decide(opportunity));
  }
}

package io.github.engagementrules.benchmarks;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the built-in rule base: cold (the first build in a fresh JVM, one per fork), warm (a rebuild in a JVM that
 * has built it before, as a hot reload does), and the first decision a freshly built rule base makes.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBaseBenchmark {
  /** A decider on a rule base built just before each measured call, and the opportunity it decides. */
  @State(Scope.Thread)
  public static class FreshRuleBase {
    private Roster roster;
    private Opportunity opportunity;
    private DroolsDecider decider;

    /** Reads the roster and picks the opportunity, outside the measurement. */
    @Setup
    public void setUp() {
      roster = BuiltInRules.sampleRoster();
      opportunity = BenchmarkInputs.mix(roster, 2).get(0);
    }

    /** Rebuilds the rule base before every measured call. */
    @Setup(Level.Invocation)
    public void rebuild() {
      decider = new DroolsDecider(BuiltInRules.compile(), roster, EngagementRules.DEFAULT_FIRING_LIMIT);
    }
  }

  /** The first build in a fresh JVM: one build per fork, nothing warmed up. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public CompiledRuleBase coldBuild() {
    return BuiltInRules.compile();
  }

  /** A rebuild in a warm JVM, as a hot reload does. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 10)
  @Measurement(iterations = 20)
  @Fork(1)
  public CompiledRuleBase warmRebuild() {
    return BuiltInRules.compile();
  }

  /** The first decision on a rule base just rebuilt in a warm JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 10)
  @Measurement(iterations = 20)
  @Fork(1)
  public Decision firstDecisionAfterRebuild(FreshRuleBase fresh) {
    return fresh.decider.decide(fresh.opportunity);
  }
}

package io.github.engagementrules.examples;

import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionInvariants;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.InputDomain;
import io.github.engagementrules.rules.internal.BenchmarkInputs;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import io.github.engagementrules.rules.internal.NaiveDecider;
import io.github.engagementrules.rules.internal.RuleBaseCompiler;
import io.github.engagementrules.rules.internal.RuleSource;
import io.github.engagementrules.rules.internal.RuleSources;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bench}: measures what the rules cost, so a policy author sees what an edit does to speed. Builds the rule
 * base (cold, then rebuilt), warms up, then measures on the same {@link BenchmarkInputs} mix this library's decider
 * (single decisions and batches), the naive baseline ({@link NaiveDecider}: a fresh stateless session per decision)
 * and exhaustive verification's enumerate, decide and check loop. The last line is the decider/naive throughput ratio.
 */
final class BenchCommand implements Command {
  private static final int INPUTS = 4_096;
  private static final int BATCH = 1_000;
  private static final int REBUILDS = 3;

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String usage() {
    return "bench [--rules DIR]... [--roster ROSTER.json] [--seconds N] [--threads N]  measure decider vs naive Drools";
  }

  @Override
  public int run(List<String> rawArgs, InputStream in, PrintStream out, PrintStream err) throws InterruptedException {
    Arguments args = Arguments.parse(rawArgs, Set.of("rules", "roster", "seconds", "threads"), Set.of());
    if (!args.positional().isEmpty()) {
      throw new UsageException("bench takes no file; it decides opportunities drawn from the input domain");
    }
    int seconds = args.positiveInt("seconds", 5);
    int threads = args.positiveInt("threads", 1);
    Roster roster = CliSupport.rosterOrSample(args.optional("roster"));
    List<RuleSource> sources =
        args.all("rules").isEmpty()
            ? RuleSources.builtIn()
            : RuleSources.fromDirectories(args.all("rules").stream().map(Path::of).toList());

    long started = System.nanoTime();
    CompiledRuleBase rules = RuleBaseCompiler.compileOrThrow(sources);
    StringBuilder builds = new StringBuilder(String.format(Locale.ROOT, "cold build %.0f ms", millisSince(started)));
    for (int i = 0; i < REBUILDS; i++) {
      started = System.nanoTime();
      rules = RuleBaseCompiler.compileOrThrow(sources);
      builds.append(i == 0 ? "; rebuilds " : ", ").append(String.format(Locale.ROOT, "%.0f ms", millisSince(started)));
    }
    List<Opportunity> inputs = BenchmarkInputs.mix(roster, INPUTS);
    EngagementDecider decider = new DroolsDecider(rules, roster, EngagementRules.DEFAULT_FIRING_LIMIT);
    started = System.nanoTime();
    decider.decide(inputs.get(0));
    builds.append(String.format(Locale.ROOT, "; first decision after the last rebuild %.1f ms", millisSince(started)));
    NaiveDecider naive = new NaiveDecider(rules, roster);
    InputDomain domain = InputDomain.of(roster);

    out.println("rule base " + rules.info().version() + ", " + rules.info().rules().size() + " rules: " + builds);
    out.printf(Locale.ROOT, "%d inputs from the input domain; %d thread(s); warm-up %d s, then %d s per measurement%n",
        inputs.size(), threads, 4 * 2 * seconds, seconds);
    LoadRun.Step single = (thread, call) -> {
      decider.decide(inputs.get(index(thread, call, inputs.size())));
      return 1;
    };
    LoadRun.Step batch = (thread, call) -> {
      int from = index(thread, call * BATCH, inputs.size() - BATCH);
      decider.decideAll(inputs.subList(from, from + BATCH));
      return BATCH;
    };
    LoadRun.Step baseline = (thread, call) -> {
      naive.decide(inputs.get(index(thread, call, inputs.size())));
      return 1;
    };
    LoadRun.Step verify = (thread, call) -> {
      Opportunity opportunity = domain.opportunity((thread + call * threads) % domain.size());
      DecisionInvariants.violations(opportunity, decider.decide(opportunity));
      return 1;
    };
    // Warm up every path before measuring any, so the JIT compiles the code they share first; on two busy cores the
    // compiler competes with the measured threads and needs several seconds per path.
    for (LoadRun.Step step : List.of(single, batch, baseline, verify)) {
      LoadRun.run(step, threads, 2.0 * seconds);
    }
    out.printf(Locale.ROOT, "%-32s %12s %9s %9s %14s %16s%n",
        "", "decisions/s", "p50 µs", "p99 µs", "alloc/decision", "CPU µs/decision");
    LoadRun.Result deciderResult = LoadRun.run(single, threads, seconds);
    print(out, "decider: decide", deciderResult, true);
    print(out, "decider: decideAll of " + BATCH, LoadRun.run(batch, threads, seconds), false);
    LoadRun.Result naiveResult = LoadRun.run(baseline, threads, seconds);
    print(out, "naive: stateless session each", naiveResult, true);
    print(out, "verify: enumerate+decide+check", LoadRun.run(verify, threads, seconds), true);
    out.printf(Locale.ROOT, "decider/naive throughput ratio: %.2f%n",
        deciderResult.decisionsPerSecond() / naiveResult.decisionsPerSecond());
    return OK;
  }

  /** Spreads the threads over the inputs so that they do not decide the same ones in step. */
  private static int index(int thread, long call, int size) {
    return (int) ((thread * 997L + call) % size);
  }

  private static void print(PrintStream out, String subject, LoadRun.Result result, boolean latency) {
    out.printf(Locale.ROOT, "%-32s %12.0f %9s %9s %12.1f KB %16.1f%n",
        subject,
        result.decisionsPerSecond(),
        latency ? String.format(Locale.ROOT, "%.1f", result.callP50Nanos() / 1e3) : "-",
        latency ? String.format(Locale.ROOT, "%.1f", result.callP99Nanos() / 1e3) : "-",
        result.bytesPerDecision() / 1024,
        result.cpuMicrosPerDecision());
  }

  private static double millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e6;
  }
}

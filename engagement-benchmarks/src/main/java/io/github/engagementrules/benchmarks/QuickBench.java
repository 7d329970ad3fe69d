package io.github.engagementrules.benchmarks;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.authoring.DecisionInvariants;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import io.github.engagementrules.rules.internal.RuleBaseCompiler;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The quick benchmark: measures what the rules cost, so a policy author sees what an edit does to speed. Builds the rule
 * base (cold, then rebuilt), warms up, then measures on the same {@link BenchmarkInputs} mix this library's decider
 * (single decisions and batches), the naive baseline ({@link NaiveDecider}: a fresh stateless session per decision)
 * and exhaustive verification's enumerate, decide and check loop. The last line is the decider/naive throughput ratio.
 * Run it with {@code java -cp engagement-benchmarks/target/benchmarks.jar
 * io.github.engagementrules.benchmarks.QuickBench [--rules DIR]... [--roster FILE] [--seconds N | --iterations N]
 * [--threads N]}; exit status 0, or 2 for a usage error or rules or a roster that cannot be loaded.
 */
@Command(
    name = "QuickBench",
    description = {
      "Measures what the rules cost: this library's decider against naive Drools use.",
      "Prints decisions per second, latency, allocation and CPU per decision; the last line is the decider/naive"
          + " throughput ratio."
    })
public final class QuickBench implements Callable<Integer> {
  private static final int INPUTS = 4_096;
  private static final int BATCH = 1_000;
  private static final int REBUILDS = 3;

  /** Exit status: a usage error, or the rule base or roster could not be loaded. */
  static final int USAGE_OR_RULES = 2;

  @Spec CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "a directory of .drl files to measure instead of the built-in rules (repeatable)")
  List<String> directories = new ArrayList<>();

  @Option(names = "--roster", paramLabel = "ROSTER.json", description = "the roster (default: the sample roster)")
  Path rosterFile;

  @Option(names = "--seconds", paramLabel = "N", description = "how long each measurement runs (default: 5)")
  int secondsOption = 5;

  @Option(names = "--iterations", paramLabel = "N",
      description = "instead of --seconds: a fixed number of calls per thread for each measurement")
  Integer iterations;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Option(names = "--threads", paramLabel = "N", description = "how many threads decide at once (default: 1)")
  int threadsOption = 1;

  private PrintStream out = System.out;

  /**
   * Runs the benchmark and exits with its status.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /** Runs the benchmark with the given streams and returns the exit status, without exiting. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    QuickBench bench = new QuickBench();
    bench.out = out;
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    int status =
        new CommandLine(bench)
            .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
            .setErr(errWriter)
            .setExitCodeExceptionMapper(e -> USAGE_OR_RULES)
            .setExecutionExceptionHandler(
                (e, cl, parsed) -> {
                  cl.getErr().println(cl.getCommandSpec().name() + ": " + (e.getMessage() == null ? e : e.getMessage()));
                  return USAGE_OR_RULES;
                })
            .execute(args);
    errWriter.flush();
    return status;
  }

  @Override
  public Integer call() throws InterruptedException {
    int seconds = positive("--seconds", secondsOption);
    int threads = positive("--threads", threadsOption);
    LoadRun.Budget budget =
        iterations == null ? LoadRun.Budget.seconds(seconds) : LoadRun.Budget.calls(positive("--iterations", iterations));
    Roster rosterLoaded = roster();
    List<RuleFile> sources =
        directories.isEmpty()
            ? RuleFiles.builtIn()
            : RuleFiles.fromDirectories(directories.stream().map(Path::of).toList());

    long started = System.nanoTime();
    CompiledRuleBase rules = RuleBaseCompiler.compileOrThrow(sources);
    StringBuilder builds = new StringBuilder(String.format(Locale.ROOT, "cold build %.0f ms", millisSince(started)));
    for (int i = 0; i < REBUILDS; i++) {
      started = System.nanoTime();
      rules = RuleBaseCompiler.compileOrThrow(sources);
      builds.append(i == 0 ? "; rebuilds " : ", ").append(String.format(Locale.ROOT, "%.0f ms", millisSince(started)));
    }
    List<Opportunity> inputs = BenchmarkInputs.mix(rosterLoaded, INPUTS);
    EngagementDecider decider = new DroolsDecider(rules, rosterLoaded, EngagementRules.DEFAULT_FIRING_LIMIT);
    started = System.nanoTime();
    decider.decide(inputs.get(0));
    builds.append(String.format(Locale.ROOT, "; first decision after the last rebuild %.1f ms", millisSince(started)));
    NaiveDecider naive = new NaiveDecider(rules, rosterLoaded);
    InputDomain domain = InputDomain.of(rosterLoaded);

    out.println("rule base " + rules.info().version() + ", " + rules.info().rules().size() + " rules: " + builds);
    out.printf(Locale.ROOT, "%d inputs from the input domain; %d thread(s); %s%n", inputs.size(), threads,
        iterations == null
            ? String.format(Locale.ROOT, "warm-up %d s, then %d s per measurement", 4 * 2 * seconds, seconds)
            : String.format(Locale.ROOT, "warm-up %d calls, then %d calls per thread and measurement", 4 * 2 * iterations,
                iterations));
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
      LoadRun.run(step, threads, budget.times(2));
    }
    out.printf(Locale.ROOT, "%-32s %12s %9s %9s %14s %16s%n",
        "", "decisions/s", "p50 µs", "p99 µs", "alloc/decision", "CPU µs/decision");
    LoadRun.Result deciderResult = LoadRun.run(single, threads, budget);
    print(out, "decider: decide", deciderResult, true);
    print(out, "decider: decideAll of " + BATCH, LoadRun.run(batch, threads, budget), false);
    LoadRun.Result naiveResult = LoadRun.run(baseline, threads, budget);
    print(out, "naive: new session each", naiveResult, true);
    print(out, "verify: enumerate+decide+check", LoadRun.run(verify, threads, budget), true);
    out.printf(Locale.ROOT, "decider/naive throughput ratio: %.2f%n",
        deciderResult.decisionsPerSecond() / naiveResult.decisionsPerSecond());
    return 0;
  }

  /** The roster given, or the sample roster; a file that cannot be read or is no roster is a usage error. */
  private Roster roster() {
    if (rosterFile == null) {
      return BuiltInRules.sampleRoster();
    }
    try {
      return EngagementJson.readRoster(Files.readString(rosterFile, StandardCharsets.UTF_8));
    } catch (IOException | EngagementException e) {
      throw new ParameterException(spec.commandLine(), "roster file '" + rosterFile + "': " + e);
    }
  }

  private int positive(String option, int value) {
    if (value < 1) {
      throw new ParameterException(
          spec.commandLine(), option + " must be a positive whole number, got '" + value + "'");
    }
    return value;
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

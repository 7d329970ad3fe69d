package io.github.engagementrules.benchmarks;

import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.internal.DroolsDecider;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows whether the decider retains heap as decisions accumulate: decides {@code DECISIONS} opportunities on
 * {@code THREADS} threads, half as single {@code decide} calls and half in {@code decideAll} batches, and prints the
 * heap in use after a full garbage collection at every tenth of the way. Run it with
 * {@code java -cp engagement-benchmarks/target/benchmarks.jar io.github.engagementrules.benchmarks.RetainedHeap
 * [DECISIONS] [THREADS]}.
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  /**
   * Runs the check.
   *
   * @param args the number of decisions (default 10,000,000) and of threads (default 2)
   * @throws Exception when a decision fails
   */
  public static void main(String[] args) throws Exception {
    long decisions = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Roster roster = BuiltInRules.sampleRoster();
    EngagementDecider decider =
        new DroolsDecider(BuiltInRules.compile(), roster, EngagementRules.DEFAULT_FIRING_LIMIT);
    List<Opportunity> inputs = BenchmarkInputs.mix(roster, 4_096);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong done = new AtomicLong();
    long step = decisions / 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    for (long checkpoint = 0; checkpoint <= decisions; checkpoint += step) {
      System.gc();
      System.out.printf(Locale.ROOT, "%,14d decisions  %8.1f MB heap in use after GC  %6.0f s%n",
          done.get(), memory.getHeapMemoryUsage().getUsed() / 1e6, (System.nanoTime() - started) / 1e9);
      if (checkpoint == decisions) {
        break;
      }
      Future<?>[] parts = new Future<?>[threads];
      for (int t = 0; t < threads; t++) {
        int thread = t;
        parts[t] =
            pool.submit(
                () -> {
                  long share = step / threads;
                  for (long i = 0; i < share; i += DecisionBenchmark.BATCH) {
                    int from = (int) ((thread * 997 + i) % (inputs.size() - DecisionBenchmark.BATCH));
                    List<Opportunity> batch = inputs.subList(from, from + DecisionBenchmark.BATCH);
                    if ((i / DecisionBenchmark.BATCH) % 2 == 0) {
                      decider.decideAll(batch);
                    } else {
                      batch.forEach(decider::decide);
                    }
                    done.addAndGet(DecisionBenchmark.BATCH);
                  }
                });
      }
      for (Future<?> part : parts) {
        part.get();
      }
    }
    pool.shutdown();
  }
}

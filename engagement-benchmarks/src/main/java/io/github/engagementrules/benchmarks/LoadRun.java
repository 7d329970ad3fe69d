package io.github.engagementrules.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one workload on a number of threads for a while, or for a fixed number of calls, and measures it: decisions per second, the latency of each
 * call, and the heap bytes and CPU time each decision took (from {@link com.sun.management.ThreadMXBean}, per
 * thread, so other processes on the machine do not inflate them).
 */
final class LoadRun {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** One call of a workload. */
  @FunctionalInterface
  interface Step {
    /**
     * Makes some decisions.
     *
     * @param thread the thread's number, from 0
     * @param call how many calls this thread made before, from 0
     * @return how many decisions the call made
     */
    int perform(int thread, long call);
  }

  /**
   * What a run measured.
   *
   * @param decisions decisions made
   * @param seconds wall-clock time of the run
   * @param callP50Nanos median latency of one call
   * @param callP99Nanos 99th percentile latency of one call
   * @param allocatedBytes heap bytes allocated by the working threads
   * @param cpuNanos CPU time of the working threads
   */
  record Result(
      long decisions, double seconds, long callP50Nanos, long callP99Nanos, long allocatedBytes, long cpuNanos) {
    double decisionsPerSecond() {
      return decisions / seconds;
    }

    double bytesPerDecision() {
      return (double) allocatedBytes / decisions;
    }

    double cpuMicrosPerDecision() {
      return cpuNanos / 1_000.0 / decisions;
    }
  }

  /**
   * How long each thread of a run calls its step: for a time, or a number of calls.
   *
   * @param seconds how long, when {@code calls} is 0
   * @param calls how many calls each thread makes, or 0 to call for {@code seconds}
   */
  record Budget(double seconds, long calls) {
    static Budget seconds(double seconds) {
      return new Budget(seconds, 0);
    }

    static Budget calls(long calls) {
      return new Budget(0, calls);
    }

    Budget times(double factor) {
      return new Budget(seconds * factor, (long) Math.ceil(calls * factor));
    }
  }

  private LoadRun() {}

  /** Runs {@code step} on {@code threads} threads, each calling it until its budget is spent. */
  static Result run(Step step, int threads, Budget budget) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long began = System.nanoTime();
      long deadline = began + (long) (budget.seconds() * 1e9);
      List<Future<ThreadResult>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        parts.add(pool.submit(() -> measure(step, thread, deadline, budget.calls())));
      }
      long decisions = 0;
      long allocated = 0;
      long cpu = 0;
      List<long[]> latencies = new ArrayList<>();
      for (Future<ThreadResult> part : parts) {
        ThreadResult result = part.get();
        decisions += result.decisions;
        allocated += result.allocated;
        cpu += result.cpu;
        latencies.add(Arrays.copyOf(result.latencies, result.calls));
      }
      double elapsed = (System.nanoTime() - began) / 1e9;
      long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      return new Result(decisions, elapsed, percentile(all, 0.50), percentile(all, 0.99), allocated, cpu);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static final class ThreadResult {
    long decisions;
    long allocated;
    long cpu;
    int calls;
    long[] latencies = new long[1 << 16];
  }

  private static ThreadResult measure(Step step, int thread, long deadline, long calls) {
    ThreadResult result = new ThreadResult();
    long id = Thread.currentThread().getId();
    long allocatedBefore = THREADS.getThreadAllocatedBytes(id);
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long now = System.nanoTime();
    for (long call = 0; calls > 0 ? call < calls : now < deadline; call++) {
      int made = step.perform(thread, call);
      long after = System.nanoTime();
      if (result.calls == result.latencies.length) {
        result.latencies = Arrays.copyOf(result.latencies, result.calls * 2);
      }
      result.latencies[result.calls++] = after - now;
      result.decisions += made;
      now = after;
    }
    result.cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
    result.allocated = THREADS.getThreadAllocatedBytes(id) - allocatedBefore;
    return result;
  }

  private static long percentile(long[] sorted, double fraction) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
  }
}

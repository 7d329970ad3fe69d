package io.github.engagementrules.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Splits a range of numbered items into one contiguous part per processor and works on the parts in parallel. */
final class Parallel {
  /** Works on the items numbered {@code from} (inclusive) to {@code to} (exclusive). */
  interface Part<T> {
    T work(long from, long to);
  }

  private Parallel() {}

  /**
   * Runs {@code part} over 0..count-1 split into contiguous parts, one per processor.
   *
   * @return each part's result, in range order
   * @throws IllegalStateException when a part fails or the calling thread is interrupted
   */
  static <T> List<T> run(long count, Part<T> part) {
    int threads = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), count));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "engagement-enumeration");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long from = count * t / threads;
        long to = count * (t + 1) / threads;
        futures.add(pool.submit(() -> part.work(from, to)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the enumeration was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the enumeration failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.github.engagementrules.authoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work on a pool of daemon threads: a range of numbered items split into one contiguous part per processor, or a list
 * of tasks on a given number of threads.
 */
public final class Parallel {
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
    List<Callable<T>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long from = count * t / threads;
      long to = count * (t + 1) / threads;
      parts.add(() -> part.work(from, to));
    }
    return all(threads, "the enumeration", parts);
  }

  /**
   * Runs the tasks on {@code threads} threads.
   *
   * @param work what the tasks do together, for the errors, such as {@code "the enumeration"}
   * @return each task's result, in task order
   * @throws IllegalStateException when a task fails or the calling thread is interrupted
   */
  public static <T> List<T> all(int threads, String work, List<Callable<T>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "engagement-parallel");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(work + " was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(work + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Opportunity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One shared decider under many threads (Drools' MVEL dialect has had concurrency bugs: DROOLS-6432, DROOLS-6067):
 * threads decide the same opportunities at the same moment and different ones in different orders, and every
 * result equals the single-threaded decision of that opportunity.
 */
class ConcurrentDecisionsTest {
  static final int THREADS = 8;
  private static final int ROUNDS = 2;

  /** Seeded, varied opportunities over the test roster. */
  static List<Opportunity> inputs() {
    return VariedOpportunities.of(Rosters.standard(), 5L, 1_200);
  }

  /** The decision, or the error code and message, so that failures are compared too. */
  static Object outcome(EngagementDecider decider, Opportunity opportunity) {
    try {
      return decider.decide(opportunity);
    } catch (EngagementException e) {
      return e.code() + ": " + e.getMessage();
    }
  }

  @Test
  void sharedDecider_underEightThreads_decidesExactlyAsOneThreadDoes() throws Exception {
    EngagementDecider decider = GuideFixture.DECIDER;
    List<Opportunity> inputs = inputs();
    List<Object> expected = inputs.stream().map(o -> outcome(decider, o)).toList();
    assertTrue(expected.stream().allMatch(Decision.class::isInstance), "the built-in rules decide every input");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        // Even threads walk the inputs in the same order (the same opportunity at the same moment); odd threads
        // walk them in an order of their own.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
          order.add(i);
        }
        if (t % 2 == 1) {
          Collections.shuffle(order, new Random(t));
        }
        workers.add(() -> {
          int decided = 0;
          for (int round = 0; round < ROUNDS; round++) {
            for (int i : order) {
              Object actual = outcome(decider, inputs.get(i));
              assertEquals(expected.get(i), actual, () -> "opportunity " + inputs.get(i).id());
              decided++;
            }
          }
          return decided;
        });
      }
      int total = 0;
      for (Future<Integer> worker : pool.invokeAll(workers, 5, TimeUnit.MINUTES)) {
        total += worker.get();
      }
      assertEquals(THREADS * ROUNDS * inputs.size(), total);
      System.out.printf("concurrency: %d threads x %d decisions = %d, all equal to the single-threaded ones%n",
          THREADS, ROUNDS * inputs.size(), total);
    } finally {
      pool.shutdownNow();
    }
  }
}

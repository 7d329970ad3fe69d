package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.DecisionInvariants;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.VerificationFinding;
import io.github.engagementrules.rules.VerificationFinding.Kind;
import io.github.engagementrules.rules.VerificationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Decides opportunities numbered 0..count-1 on all processors (each thread a contiguous part of the range) and
 * groups the defects found by kind and description; the example kept for each is the one with the lowest number, so
 * the report does not depend on thread timing.
 */
public final class Verifier {
  /** Error messages start with the opportunity's id, which would split one defect into as many findings. */
  private static final Pattern OPPORTUNITY_PREFIX = Pattern.compile("^opportunity '[^']*'(?: \\([A-Z_]+\\))?: ");

  private Verifier() {}

  /** A finding being counted. */
  private static final class Group {
    final Kind kind;
    final String description;
    long count;
    long firstIndex = Long.MAX_VALUE;
    Opportunity example;
    String detail;

    Group(Kind kind, String description) {
      this.kind = kind;
      this.description = description;
    }

    void add(long index, Opportunity opportunity, String detail, long times) {
      count += times;
      if (index < firstIndex) {
        firstIndex = index;
        example = opportunity;
        this.detail = detail;
      }
    }
  }

  /**
   * Verifies the opportunities {@code opportunity.apply(0)} to {@code opportunity.apply(count - 1)}.
   *
   * @throws IllegalStateException when a worker thread fails or is interrupted
   */
  public static VerificationReport verify(EngagementDecider decider, LongFunction<Opportunity> opportunity, long count) {
    int threads = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), count));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "engagement-verifier");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Map<String, Group>>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long from = count * t / threads;
        long to = count * (t + 1) / threads;
        parts.add(pool.submit(() -> check(decider, opportunity, from, to)));
      }
      Map<String, Group> merged = new HashMap<>();
      for (Future<Map<String, Group>> part : parts) {
        for (Map.Entry<String, Group> entry : part.get().entrySet()) {
          Group group = entry.getValue();
          merged.computeIfAbsent(entry.getKey(), k -> new Group(group.kind, group.description))
              .add(group.firstIndex, group.example, group.detail, group.count);
        }
      }
      List<VerificationFinding> findings =
          merged.values().stream()
              .sorted(Comparator.comparingLong((Group g) -> g.firstIndex).thenComparing(g -> g.description))
              .map(g -> new VerificationFinding(g.kind, g.description, g.count, g.example, g.detail))
              .toList();
      return new VerificationReport(decider.ruleBase().version(), count, findings);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("verification was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("verification failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, Group> check(
      EngagementDecider decider, LongFunction<Opportunity> opportunities, long from, long to) {
    Map<String, Group> groups = new HashMap<>();
    for (long i = from; i < to; i++) {
      Opportunity opportunity = opportunities.apply(i);
      try {
        Decision decision = decider.decide(opportunity);
        for (String violation : DecisionInvariants.violations(opportunity, decision)) {
          record(groups, Kind.INVARIANT, violation, i, opportunity, violation);
        }
      } catch (EngagementException e) {
        String message = OPPORTUNITY_PREFIX.matcher(e.getMessage()).replaceFirst("");
        switch (e.code()) {
          case NO_ATTENDANCE_DECIDED -> record(groups, Kind.GAP,
              "no rule decided the attendance of a " + opportunity.kind(), i, opportunity, e.getMessage());
          case CONFLICTING_RULINGS -> record(groups, Kind.CONFLICT, message, i, opportunity, e.getMessage());
          default -> record(groups, Kind.FAILURE, e.code().code() + " " + message, i, opportunity, e.getMessage());
        }
      }
    }
    return groups;
  }

  private static void record(
      Map<String, Group> groups, Kind kind, String description, long index, Opportunity opportunity, String detail) {
    groups.computeIfAbsent(kind + "|" + description, k -> new Group(kind, description)).add(index, opportunity, detail, 1);
  }
}

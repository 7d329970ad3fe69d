package io.github.engagementrules.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.JsonLinesDecisionSink;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a year of decision records for {@code report} and {@code replay} to read: {@code COUNT} real decisions of the
 * built-in rules and the sample roster, recorded by {@link JsonLinesDecisionSink} (names masked) with a clock that
 * moves evenly through the year 2026, so that every day has its share. The opportunities are the benchmarks' mix
 * ({@link BenchmarkInputs}), 20,000 of them in turn, each with an id of its own. Run it with {@code java -cp
 * engagement-benchmarks/target/benchmarks.jar io.github.engagementrules.benchmarks.RecordedYear FILE [COUNT]
 * [THREADS]}.
 */
public final class RecordedYear {
  private static final int DISTINCT = 20_000;
  private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration YEAR = Duration.ofDays(365);

  private RecordedYear() {}

  /** A clock that moves on by one step each time it is read: the n-th record is stamped {@code start + n * step}. */
  private static final class SteppingClock extends Clock {
    private final AtomicLong reads = new AtomicLong();
    private final long stepNanos;

    SteppingClock(long count) {
      this.stepNanos = YEAR.toNanos() / count;
    }

    @Override
    public Instant instant() {
      return NEW_YEAR.plusNanos(reads.getAndIncrement() * stepNanos);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the records' clock is in UTC");
    }
  }

  /**
   * Writes the records.
   *
   * @param args the record file (appended to), the number of records (default 1,000,000) and of threads (default 2)
   * @throws Exception when a decision or its record fails
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Roster roster = BuiltInRules.sampleRoster();
    List<ObjectNode> inputs = BenchmarkInputs.mix(roster, DISTINCT).stream().map(EngagementJson::toJson).toList();
    long started = System.nanoTime();
    AtomicLong next = new AtomicLong();
    String ruleBase;
    try (JsonLinesDecisionSink sink =
        JsonLinesDecisionSink.builder(file).clock(new SteppingClock(count)).maskNames(true).open()) {
      EngagementDecider decider = EngagementRules.builder().roster(roster).decisionListener(sink).build();
      ruleBase = decider.ruleBase().version();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      Future<?>[] parts = new Future<?>[threads];
      for (int t = 0; t < threads; t++) {
        parts[t] = pool.submit(() -> {
          for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            ObjectNode input = inputs.get((int) (i % DISTINCT)).deepCopy();
            decider.decide(EngagementJson.readOpportunity(input.put("id", "rec-" + i)));
          }
        });
      }
      for (Future<?> part : parts) {
        part.get();
      }
      pool.shutdown();
    }
    System.out.printf(Locale.ROOT, "recorded %d decisions of rule base %s in %.1f s to %s%n", count, ruleBase,
        (System.nanoTime() - started) / 1e9, file);
  }
}

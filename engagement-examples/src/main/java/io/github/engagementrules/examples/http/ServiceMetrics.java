package io.github.engagementrules.examples.http;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.rules.DecisionListener;
import io.github.engagementrules.rules.DecisionNotRecordedException;
import io.github.engagementrules.rules.DecisionRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The service's metrics, kept by Micrometer and served as {@code GET /metrics} in Prometheus' text format:
 *
 * <ul>
 *   <li>{@code engagement_decisions_total{attendance, kind}}: decisions made and recorded;
 *   <li>{@code engagement_record_failures_total}: decisions refused because their record could not be written;
 *   <li>{@code engagement_reloads_total{of="roster"|"rules", outcome}}: reloads and what they did;
 *   <li>{@code engagement_http_requests_seconds{method, path, status}}: a latency histogram of every request (the path
 *       is the route, or {@code other}, so that probing clients cannot make up series);
 *   <li>{@code engagement_http_rejected_requests_total{reason}}: requests answered with an error, by status;
 *   <li>{@code engagement_http_connections_open}: connections open now.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class ServiceMetrics {
  /** The content type of Prometheus' text format. */
  public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter recordFailures =
      Counter.builder("engagement.record.failures")
          .description("Decisions refused because their record could not be written")
          .register(registry);
  /**
   * The meters counted on every request and decision, by their tags: found again in a map rather than built and looked
   * up in the registry each time (a builder, its tags sorted and hashed, a histogram's configuration per request).
   */
  private final Map<DecisionKey, Counter> decisions = new ConcurrentHashMap<>();
  private final Map<RequestKey, Timer> requests = new ConcurrentHashMap<>();
  private final Map<Integer, Counter> rejections = new ConcurrentHashMap<>();

  private record DecisionKey(Attendance attendance, OpportunityKind kind) {}

  private record RequestKey(String method, String route, int status) {}

  /** The registry, for meters of others. */
  public MeterRegistry registry() {
    return registry;
  }

  /**
   * A listener that hands each decision to {@code recorder}, if any, and counts it once it is recorded; a record that
   * fails is counted as such and its exception passed on, so the decision is not handed out.
   *
   * @param recorder the decision record sink, if recording
   * @return the listener to give the decider
   */
  public DecisionListener counting(Optional<DecisionListener> recorder) {
    return record -> {
      try {
        recorder.ifPresent(listener -> listener.decided(record));
      } catch (DecisionNotRecordedException e) {
        recordFailures.increment();
        throw e;
      }
      decided(record);
    };
  }

  private void decided(DecisionRecord record) {
    decisions
        .computeIfAbsent(
            new DecisionKey(record.decision().attendance(), record.opportunity().kind()),
            key ->
                Counter.builder("engagement.decisions")
                    .description("Decisions made and recorded, by attendance and kind of opportunity")
                    .tag("attendance", key.attendance().name())
                    .tag("kind", key.kind().name())
                    .register(registry))
        .increment();
  }

  /**
   * Counts a reload of the roster or the rules.
   *
   * @param of {@code roster} or {@code rules}
   * @param outcome what it did
   */
  public void reloaded(String of, LiveDecider.Outcome outcome) {
    Counter.builder("engagement.reloads")
        .description("Reloads of the roster or the rules, by outcome")
        .tag("of", of)
        .tag("outcome", outcome.name())
        .register(registry)
        .increment();
  }

  /**
   * Counts a request answered, with its latency; an error status is also counted as a rejected request.
   *
   * @param method the request's method
   * @param route the registered path, or {@code other}
   * @param status the status answered
   * @param took how long the answer took
   */
  public void answered(String method, String route, int status, Duration took) {
    requests
        .computeIfAbsent(
            new RequestKey(method, route, status),
            key ->
                Timer.builder("engagement.http.requests")
                    .description("Requests answered, by method, route and status")
                    .tag("method", key.method())
                    .tag("path", key.route())
                    .tag("status", Integer.toString(key.status()))
                    .publishPercentileHistogram()
                    .register(registry))
        .record(took);
    if (status >= 400) {
      rejections
          .computeIfAbsent(
              status,
              key ->
                  Counter.builder("engagement.http.rejected.requests")
                      .description("Requests answered with an error, by status")
                      .tag("reason", Integer.toString(key))
                      .register(registry))
          .increment();
    }
  }

  /**
   * Reports the connections open now.
   *
   * @param openConnections where the number comes from when metrics are scraped
   */
  public void connections(Supplier<Number> openConnections) {
    // A strong reference: registry.gauge(...) holds its object weakly, and a collected supplier would read NaN.
    Gauge.builder("engagement.http.connections.open", openConnections, supplier -> supplier.get().doubleValue())
        .strongReference(true)
        .register(registry);
  }

  /** The metrics in Prometheus' text format. */
  public byte[] scrape() {
    return registry.scrape().getBytes(StandardCharsets.UTF_8);
  }
}

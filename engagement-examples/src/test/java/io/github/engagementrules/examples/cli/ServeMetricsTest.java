package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.examples.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics} in Prometheus' format, who may read it, and {@code --max-connections}. */
class ServeMetricsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String TOKEN = "metrics-test-token-0123456789";
  private static final String MEETING = Samples.text("opportunities.jsonl").lines().findFirst().orElseThrow();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  @TempDir Path directory;

  private ServeCommand.Running running;
  private URI base;

  @AfterEach
  void stop() {
    if (running != null) {
      running.close();
    }
  }

  @Test
  void metrics_countDecisionsRejectionsReloadsRecordFailuresAndConnections() throws Exception {
    start("--record", directory.resolve("records.jsonl").toString());
    assertEquals(200, post(MEETING, "application/json").statusCode());
    assertEquals(200, post(MEETING.replace("opp-001", "opp-001b"), "application/json").statusCode());
    assertEquals(415, post(MEETING, "text/plain").statusCode());
    assertEquals(404, get("nowhere", Optional.empty()).statusCode());
    running.reload();
    running.recording().sink().close();
    assertEquals(503, post(MEETING.replace("opp-001", "opp-001c"), "application/json").statusCode());

    HttpResponse<String> metrics = get("metrics", Optional.empty());

    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
    String text = metrics.body();
    assertEquals(2.0, value(text, "engagement_decisions_total{attendance=\"REDIRECT\",kind=\"COMMUNITY_MEETING\"}"));
    assertEquals(1.0, value(text, "engagement_http_rejected_requests_total{reason=\"415\"}"));
    assertEquals(1.0, value(text, "engagement_http_rejected_requests_total{reason=\"404\"}"));
    assertEquals(1.0, value(text, "engagement_http_rejected_requests_total{reason=\"503\"}"));
    assertEquals(1.0, value(text, "engagement_record_failures_total"));
    assertEquals(1.0, value(text, "engagement_reloads_total{of=\"roster\",outcome=\"UNCHANGED\"}"));
    assertEquals(2.0, value(text,
        "engagement_http_requests_seconds_count{method=\"POST\",path=\"/decisions\",status=\"200\"}"));
    assertTrue(text.contains("engagement_http_requests_seconds_bucket{method=\"POST\",path=\"/decisions\""),
        "a latency histogram");
    assertTrue(text.contains("path=\"other\",status=\"404\""), "an unknown path is counted as other");
    assertFalse(text.contains("nowhere"), "clients cannot make up series");
    assertTrue(value(text, "engagement_http_connections_open") >= 1.0, "this client's own connection");
  }

  @Test
  void metrics_needAToken_unlessPublic() throws Exception {
    Path tokens = Files.writeString(directory.resolve("tokens.txt"), TOKEN + "\n");
    start("--auth-token-file", tokens.toString());
    assertEquals(401, get("metrics", Optional.empty()).statusCode());
    assertEquals(200, get("metrics", Optional.of(TOKEN)).statusCode());
    running.close();

    start("--auth-token-file", tokens.toString(), "--metrics-public");
    assertEquals(200, get("metrics", Optional.empty()).statusCode());
    assertEquals(401, get("rules", Optional.empty()).statusCode(), "only the metrics are public");
  }

  @Test
  void maxConnections_stopsAcceptingAtTheLimit_andAcceptsAgainWhenOneCloses() throws Exception {
    start("--max-connections", "2");
    try (RawHttp second = new RawHttp(running.server().port())) {
      try (RawHttp first = new RawHttp(running.server().port())) {
        for (RawHttp connection : List.of(first, second)) {
          connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
          assertEquals(200, connection.read().status());
        }
        assertFalse(running.server().accepting(), "two connections are open");
      }
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (!running.server().accepting()) {
        assertTrue(System.nanoTime() < deadline, "the server never accepted again");
        Thread.sleep(20);
      }
    }
  }

  /** The value of the sample named exactly {@code series}. */
  private static double value(String metrics, String series) {
    Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
    assertTrue(line.find(), series + " is missing from\n" + metrics);
    return Double.parseDouble(line.group(1));
  }

  private void start(String... args) throws Exception {
    Path roster = Files.writeString(directory.resolve("roster.json"), Samples.text("roster.json"));
    List<String> all = new ArrayList<>(List.of("--port", "0", "--roster", roster.toString()));
    all.addAll(List.of(args));
    running = ServeCommand.start(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    base = URI.create("http://127.0.0.1:" + running.server().port() + "/");
  }

  private HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve("decisions")).timeout(TIMEOUT).header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body)).build(),
        BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, Optional<String> token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET();
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }
}

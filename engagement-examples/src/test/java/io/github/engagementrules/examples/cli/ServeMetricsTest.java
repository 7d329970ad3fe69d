package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics} in Prometheus' format, who may read it, and {@code --max-connections}. */
class ServeMetricsTest {
  private static final String TOKEN = "metrics-test-token-0123456789";
  private static final String MEETING = ServiceUnderTest.MEETING;

  @TempDir Path directory;

  @Test
  void metrics_countDecisionsRejectionsReloadsRecordFailuresAndConnections() throws Exception {
    String text;
    try (ServiceUnderTest service =
        ServiceUnderTest.start(directory, "--record", directory.resolve("records.jsonl").toString())) {
      assertEquals(200, service.post(MEETING, "application/json").statusCode());
      assertEquals(200, service.post(MEETING.replace("opp-001", "opp-001b"), "application/json").statusCode());
      assertEquals(415, service.post(MEETING, "text/plain").statusCode());
      assertEquals(404, service.get("nowhere").statusCode());
      service.running().reload();
      service.running().recording().sink().close();
      assertEquals(503, service.post(MEETING.replace("opp-001", "opp-001c"), "application/json").statusCode());

      HttpResponse<String> metrics = service.get("metrics");

      assertEquals(200, metrics.statusCode());
      assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
      text = metrics.body();
    }
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
    try (ServiceUnderTest service = ServiceUnderTest.start(directory, "--auth-token-file", tokens.toString())) {
      assertEquals(401, service.get("metrics").statusCode());
      assertEquals(200, service.get("metrics", "Authorization", "Bearer " + TOKEN).statusCode());
    }
    try (ServiceUnderTest service =
        ServiceUnderTest.start(directory, "--auth-token-file", tokens.toString(), "--metrics-public")) {
      assertEquals(200, service.get("metrics").statusCode());
      assertEquals(401, service.get("rules").statusCode(), "only the metrics are public");
    }
  }

  @Test
  void maxConnections_stopsAcceptingAtTheLimit_andAcceptsAgainWhenOneCloses() throws Exception {
    try (ServiceUnderTest service = ServiceUnderTest.start(directory, "--max-connections", "2");
        RawHttp second = new RawHttp(service.port())) {
      try (RawHttp first = new RawHttp(service.port())) {
        for (RawHttp connection : List.of(first, second)) {
          connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
          assertEquals(200, connection.read().status());
        }
        assertFalse(service.running().server().accepting(), "two connections are open");
      }
      long deadline = System.nanoTime() + ServiceUnderTest.TIMEOUT.toNanos();
      while (!service.running().server().accepting()) {
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
}

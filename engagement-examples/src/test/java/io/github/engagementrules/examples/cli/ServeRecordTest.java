package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.model.EngagementJson;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --record}: a decision that cannot be recorded is not answered as decided (503, {@code Retry-After}),
 * readiness says so while liveness does not, and SIGHUP's reopen ({@link ServeCommand.Running#reload()}) brings
 * recording back; the access log is reopened too. The full disk itself is tested on the sink
 * ({@code JsonLinesDecisionSinkTest}); here the record file is closed under the service.
 */
class ServeRecordTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
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
  void unrecordableDecision_is503_andNotReady_untilTheRecordFileIsReopened() throws Exception {
    Path records = directory.resolve("records.jsonl");
    start("--record", records.toString());
    assertEquals(200, decide("answered-1").statusCode());
    assertEquals(200, get("ready").statusCode());

    running.recording().sink().close(); // the record file can no longer be written
    HttpResponse<String> refused = decide("refused");

    assertEquals(503, refused.statusCode());
    Schemas.assertProblem(503, EngagementJson.parse(refused.body()));
    assertFalse(refused.body().contains("Exception"), refused.body());
    assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
    HttpResponse<String> ready = get("ready");
    assertEquals(503, ready.statusCode());
    Schemas.assertValid(Schemas.component("Readiness"), EngagementJson.parse(ready.body()));
    assertEquals("NOT_READY", EngagementJson.parse(ready.body()).get("status").asText());
    JsonNode status = EngagementJson.parse(get("status").body());
    Schemas.assertValid(Schemas.STATUS, status);
    assertFalse(status.at("/records/writable").asBoolean());
    assertTrue(status.at("/records/problem").asText().contains("is closed"), status.toString());
    assertEquals(200, get("health").statusCode(), "alive, though not ready");

    running.reload(); // SIGHUP
    assertEquals(200, get("ready").statusCode());
    assertEquals(200, decide("answered-2").statusCode());

    List<String> recorded = new ArrayList<>();
    for (String line : Files.readAllLines(records)) {
      JsonNode record = EngagementJson.parse(line);
      Schemas.assertValid(Schemas.DECISION_RECORD, record);
      recorded.add(record.at("/opportunity/id").asText());
    }
    assertEquals(List.of("answered-1", "answered-2"), recorded);
  }

  @Test
  void accessLog_isReopenedOnSighup_afterBeingMovedAway() throws Exception {
    Path log = directory.resolve("access.log");
    Path moved = directory.resolve("access.log.1");
    start("--access-log", log.toString());
    get("health");
    awaitLine(log, "\"GET /health "); // the line is written once the answer is sent
    Files.move(log, moved);

    running.reload();
    get("rules");

    awaitLine(log, "\"GET /rules ");
    assertFalse(Files.readString(log).contains("/health"), Files.readString(log));
    assertTrue(Files.readString(moved).contains("\"GET /health "), Files.readString(moved));
  }

  /** Waits for {@code file} to hold {@code text}; fails after 30 seconds. */
  private static void awaitLine(Path file, String text) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!Files.exists(file) || !Files.readString(file).contains(text)) {
      assertTrue(System.nanoTime() < deadline, "'" + text + "' never reached " + file);
      Thread.sleep(50);
    }
  }

  private void start(String... args) throws Exception {
    Path roster = Files.writeString(directory.resolve("roster.json"), Samples.text("roster.json"));
    List<String> all = new ArrayList<>(List.of("--port", "0", "--roster", roster.toString()));
    all.addAll(List.of(args));
    running = ServeCommand.start(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    base = URI.create("http://127.0.0.1:" + running.server().port() + "/");
  }

  private HttpResponse<String> decide(String id) throws IOException, InterruptedException {
    String opportunity = "{\"id\": \"" + id + "\", \"kind\": \"COMMUNITY_MEETING\", \"borough\": \"Waverley\","
        + " \"ward\": \"Farnham Castle\", \"requests\": [\"STATISTICS_REPORT\"]}";
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve("decisions"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(opportunity))
            .build(),
        BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(),
        BodyHandlers.ofString());
  }
}

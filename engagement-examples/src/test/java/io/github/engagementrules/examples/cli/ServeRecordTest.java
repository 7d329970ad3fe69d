package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.model.EngagementJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --record}: a decision that cannot be recorded is not answered as decided (503, {@code Retry-After}),
 * readiness says so while liveness does not, and SIGHUP's reopen ({@link ServeCommand.Running#reload()}) brings
 * recording back; the access log is reopened too. The full disk itself is tested on the sink
 * ({@code JsonLinesDecisionSinkTest}); here the record file is closed under the service.
 */
class ServeRecordTest {
  @TempDir Path directory;

  @Test
  void unrecordableDecision_is503_andNotReady_untilTheRecordFileIsReopened() throws Exception {
    Path records = directory.resolve("records.jsonl");
    try (ServiceUnderTest service = ServiceUnderTest.start(directory, "--record", records.toString())) {
      assertEquals(200, decide(service, "answered-1").statusCode());
      assertEquals(200, service.get("ready").statusCode());

      service.running().recording().sink().close(); // the record file can no longer be written
      HttpResponse<String> refused = decide(service, "refused");

      assertEquals(503, refused.statusCode());
      Schemas.assertProblem(503, EngagementJson.parse(refused.body()));
      assertFalse(refused.body().contains("Exception"), refused.body());
      assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
      HttpResponse<String> ready = service.get("ready");
      assertEquals(503, ready.statusCode());
      Schemas.assertValid(Schemas.component("Readiness"), EngagementJson.parse(ready.body()));
      assertEquals("NOT_READY", EngagementJson.parse(ready.body()).get("status").asText());
      JsonNode status = EngagementJson.parse(service.get("status").body());
      Schemas.assertValid(Schemas.STATUS, status);
      assertFalse(status.at("/records/writable").asBoolean());
      assertTrue(status.at("/records/problem").asText().contains("is closed"), status.toString());
      assertEquals(200, service.get("health").statusCode(), "alive, though not ready");

      service.running().reload(); // SIGHUP
      assertEquals(200, service.get("ready").statusCode());
      assertEquals(200, decide(service, "answered-2").statusCode());
    }

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
    try (ServiceUnderTest service = ServiceUnderTest.start(directory, "--access-log", log.toString())) {
      service.get("health");
      awaitLine(log, "\"GET /health "); // the line is written once the answer is sent
      Files.move(log, moved);

      service.running().reload();
      service.get("rules");

      awaitLine(log, "\"GET /rules ");
    }
    assertFalse(Files.readString(log).contains("/health"), Files.readString(log));
    assertTrue(Files.readString(moved).contains("\"GET /health "), Files.readString(moved));
  }

  /** Waits for {@code file} to hold {@code text}; fails after 30 seconds. */
  private static void awaitLine(Path file, String text) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + ServiceUnderTest.TIMEOUT.toNanos();
    while (!Files.exists(file) || !Files.readString(file).contains(text)) {
      assertTrue(System.nanoTime() < deadline, "'" + text + "' never reached " + file);
      Thread.sleep(50);
    }
  }

  private static HttpResponse<String> decide(ServiceUnderTest service, String id) throws Exception {
    return service.post("{\"id\": \"" + id + "\", \"kind\": \"COMMUNITY_MEETING\", \"borough\": \"Waverley\","
        + " \"ward\": \"Farnham Castle\", \"requests\": [\"STATISTICS_REPORT\"]}", "application/json");
  }
}

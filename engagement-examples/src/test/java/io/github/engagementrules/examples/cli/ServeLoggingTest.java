package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.model.EngagementJson;
import java.io.ByteArrayOutputStream;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}'s logs: each line a JSON object (logback's {@code JsonEncoder}) carrying the request's id, taken from
 * {@code X-Request-Id} when the client sends a sensible one and echoed in the response; a client's error logs nothing
 * at warning level or above, so no stack trace.
 */
class ServeLoggingTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  @TempDir Path directory;

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Logger root;
  private ServeCommand.Running running;
  private URI base;

  @BeforeEach
  void capture() throws Exception {
    root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    captured.start();
    root.addAppender(captured);
    Path roster = Files.writeString(directory.resolve("roster.json"), Samples.text("roster.json"));
    running = ServeCommand.start(
        List.of("--port", "0", "--roster", roster.toString(), "--record", directory.resolve("r.jsonl").toString()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    base = URI.create("http://127.0.0.1:" + running.server().port() + "/");
  }

  @AfterEach
  void stop() {
    running.close();
    root.detachAppender(captured);
  }

  @Test
  void logLines_carryTheClientsRequestId_asJson() throws Exception {
    running.recording().sink().close(); // the service logs an error for the next decision

    HttpResponse<String> refused = post("{\"id\": \"x\", \"kind\": \"PATROL\", \"borough\": \"Waverley\"}", "req-42");

    assertEquals(503, refused.statusCode());
    assertEquals("req-42", refused.headers().firstValue("X-Request-Id").orElse(""));
    ILoggingEvent error = captured.list.stream().filter(e -> e.getLevel() == Level.ERROR).findFirst().orElseThrow();
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(root.getLoggerContext());
    encoder.start();
    JsonNode line = EngagementJson.parse(new String(encoder.encode(error), StandardCharsets.UTF_8).strip());
    assertEquals("req-42", line.at("/mdc/requestId").asText(), line.toString());
    assertEquals("ERROR", line.get("level").asText());
    assertTrue(line.get("message").asText().contains("not recorded"), line.toString());
  }

  @Test
  void requestWithoutASensibleId_getsOneMadeUp() throws Exception {
    HttpResponse<String> answered =
        post("{\"id\": \"y\", \"kind\": \"PATROL\", \"borough\": \"Waverley\"}", "not a sensible id\u00e9");

    String id = answered.headers().firstValue("X-Request-Id").orElse("");
    assertTrue(id.matches("[0-9a-f-]{36}"), id);
  }

  @Test
  void clientErrors_logNothingAtWarningOrAbove() throws Exception {
    for (String body : List.of("{not json", "[1, 2", "{\"id\": \"z\", \"kind\": \"PARADE\"}", "\"text\"")) {
      int status = post(body, "client-error").statusCode();
      assertTrue(status == 400 || status == 422, body + " got " + status);
    }

    assertEquals(List.of(),
        captured.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).map(ILoggingEvent::getMessage)
            .toList());
  }

  private HttpResponse<String> post(String body, String requestId) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve("decisions")).timeout(TIMEOUT).header("Content-Type", "application/json")
            .header("X-Request-Id", requestId).POST(BodyPublishers.ofString(body)).build(),
        BodyHandlers.ofString());
  }
}

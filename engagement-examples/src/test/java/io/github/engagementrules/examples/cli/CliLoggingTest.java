package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.model.EngagementJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool's logs: warnings as plain lines by default; {@code serve}'s each line a JSON object (logback's {@code JsonEncoder}) carrying the request's id, taken from
 * {@code X-Request-Id} when the client sends a sensible one and echoed in the response; a client's error logs nothing
 * at warning level or above, so no stack trace.
 */
class CliLoggingTest {
  private static final String PATROL = "{\"id\": \"x\", \"kind\": \"PATROL\", \"borough\": \"Waverley\"}";

  @TempDir Path directory;

  private ServiceUnderTest.LogCapture logged;
  private ServiceUnderTest service;

  @BeforeEach
  void start() throws Exception {
    service = ServiceUnderTest.start(directory, "--record", directory.resolve("r.jsonl").toString());
    // what requests log, from here on: the start warns of the built-in edition's overdue review
    logged = new ServiceUnderTest.LogCapture();
  }

  @AfterEach
  void stop() {
    service.close();
    logged.close();
  }

  @Test
  void commands_logWarningsAndAbove_asPlainLinesOnStandardError() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's slf4j provider gives the context it makes
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      CliLogging logging = new CliLogging();
      logging.setContext(context);
      assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, logging.configure(context));
      context.getLogger("a.b").info("not shown");
      context.getLogger("org.drools.c").info("progress");
      context.getLogger("a.b").warn("shown {}", 1);
    } finally {
      System.setErr(original);
      context.stop();
    }

    assertEquals("[" + Thread.currentThread().getName() + "] WARN a.b - shown 1" + System.lineSeparator(),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void logLines_carryTheClientsRequestId_asJson() throws Exception {
    service.running().recording().sink().close(); // the service logs an error for the next decision

    HttpResponse<String> refused = service.post(PATROL, "application/json", "X-Request-Id", "req-42");

    assertEquals(503, refused.statusCode());
    assertEquals("req-42", refused.headers().firstValue("X-Request-Id").orElse(""));
    ILoggingEvent error = logged.events().stream().filter(e -> e.getLevel() == Level.ERROR).findFirst().orElseThrow();
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(logged.context());
    encoder.start();
    JsonNode line = EngagementJson.parse(new String(encoder.encode(error), StandardCharsets.UTF_8).strip());
    assertEquals("req-42", line.at("/mdc/requestId").asText(), line.toString());
    assertEquals("ERROR", line.get("level").asText());
    assertTrue(line.get("message").asText().contains("not recorded"), line.toString());
  }

  @Test
  void requestWithoutASensibleId_getsOneMadeUp() throws Exception {
    HttpResponse<String> answered =
        service.post(PATROL, "application/json", "X-Request-Id", "not a sensible id\u00e9");

    String id = answered.headers().firstValue("X-Request-Id").orElse("");
    assertTrue(id.matches("[0-9a-f-]{36}"), id);
  }

  @Test
  void clientErrors_logNothingAtWarningOrAbove() throws Exception {
    for (String body : List.of("{not json", "[1, 2", "{\"id\": \"z\", \"kind\": \"PARADE\"}", "\"text\"")) {
      int status = service.post(body, "application/json", "X-Request-Id", "client-error").statusCode();
      assertTrue(status == 400 || status == 422, body + " got " + status);
    }

    assertEquals(List.of(), logged.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .map(ILoggingEvent::getFormattedMessage).toList());
  }
}

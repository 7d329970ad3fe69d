package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.model.EngagementJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers that match the contract, over raw sockets: a body labelled gzip that is not, content codings the service
 * does not read, requests cut off by shutdown; each a JSON problem without a Java class name, saying {@code
 * Connection: close} when the connection closes after it.
 */
class ServeContractTest {
  private static final String MEETING = ServiceUnderTest.MEETING;
  private static final Duration TIMEOUT = ServiceUnderTest.TIMEOUT;

  @TempDir Path directory;

  private ServiceUnderTest.LogCapture logged;
  private ServiceUnderTest service;
  private ServeCommand.Running running;

  @BeforeEach
  void start() throws Exception {
    service = ServiceUnderTest.start(directory, "--shutdown-grace", "30");
    // what requests log, from here on: the start warns of the built-in edition's overdue review
    logged = new ServiceUnderTest.LogCapture();
    running = service.running();
  }

  @AfterEach
  void stop() {
    service.close();
    logged.close();
  }

  @Test
  void bodyLabelledGzip_thatIsNotGzip_is400_withoutAClassNameOrAStackTrace() throws Exception {
    byte[] body = MEETING.getBytes(StandardCharsets.UTF_8);
    try (RawHttp client = new RawHttp(running.server().port())) {
      client.send(RawHttp.postHead("/decisions", "application/json", body.length)
          .replace("\r\n\r\n", "\r\nContent-Encoding: gzip\r\n\r\n")).send(body);
      RawHttp.Response response = client.read();

      assertEquals(400, response.status(), response.body());
      Schemas.assertProblem(400, EngagementJson.parse(response.body()));
      assertTrue(response.body().contains("not gzip"), response.body());
      assertNoClassName(response.body());
      assertEquals("close", response.headers().get("connection"));
      assertTrue(client.closedByServer());
    }
    assertEquals(List.of(), logged.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .map(ILoggingEvent::getFormattedMessage).toList(), "a client's error is not logged as a warning");
  }

  @Test
  void brotliOrDeflateBody_is415_notReadAsIfUncompressed() throws Exception {
    for (String coding : List.of("br", "deflate", "gzip, br")) {
      byte[] body = MEETING.getBytes(StandardCharsets.UTF_8);
      try (RawHttp client = new RawHttp(running.server().port())) {
        client.send(RawHttp.postHead("/decisions", "application/json", body.length)
            .replace("\r\n\r\n", "\r\nContent-Encoding: " + coding + "\r\n\r\n")).send(body);
        RawHttp.Response response = client.read();

        assertEquals(415, response.status(), coding + ": " + response.body());
        Schemas.assertProblem(415, EngagementJson.parse(response.body()));
        assertTrue(response.body().contains("Content-Encoding '" + coding.replace("gzip, ", "") + "'"),
            response.body());
        assertEquals("close", response.headers().get("connection"));
      }
    }
  }

  @Test
  void requestOnAKeptAliveConnection_duringShutdown_is503WithRetryAfter() throws Exception {
    byte[] body = MEETING.getBytes(StandardCharsets.UTF_8);
    try (RawHttp kept = new RawHttp(running.server().port());
        RawHttp inFlight = new RawHttp(running.server().port())) {
      kept.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
      assertEquals(200, kept.read().status());
      inFlight.send(RawHttp.postHead("/decisions", "application/json", body.length)
          .replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"));
      assertEquals(100, inFlight.read().status()); // in progress: the shutdown waits for it
      inFlight.send(java.util.Arrays.copyOf(body, body.length / 2));

      CompletableFuture<Void> stopping = CompletableFuture.runAsync(running::stop);
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (!running.server().shuttingDown()) {
        assertTrue(System.nanoTime() < deadline, "the shutdown never began");
        Thread.sleep(10);
      }
      kept.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
      RawHttp.Response refused = kept.read();

      assertEquals(503, refused.status(), refused.body());
      Schemas.assertProblem(503, EngagementJson.parse(refused.body()));
      assertNoClassName(refused.body());
      assertEquals("5", refused.headers().get("retry-after"));
      inFlight.send(java.util.Arrays.copyOfRange(body, body.length / 2, body.length));
      assertEquals(200, inFlight.read().status(), "the request in progress finishes");
      stopping.get();
    }
  }

  private static void assertNoClassName(String body) {
    assertFalse(body.matches("(?s).*\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*.*"), body);
    assertFalse(body.contains("Exception"), body);
  }
}

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} against clients that misbehave or say more than a client library lets them: slow clients while others
 * are served, kept-alive connections, arrays with a bad element, bytes that are not UTF-8, gzip, oversized bodies,
 * HEAD, security headers and the access log. No assertion is about time.
 */
class ServiceRobustnessTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private static final String MEETING = Samples.text("opportunities.jsonl").lines().findFirst().orElseThrow();

  @TempDir static Path directory;
  private static ServeCommand.Running running;
  private static int port;
  private static Path accessLog;

  @BeforeAll
  static void start() throws Exception {
    accessLog = directory.resolve("access.log");
    running =
        ServeCommand.start(
            List.of("--port", "0", "--roster", CliTestSupport.ROSTER, "--threads", "2", "--access-log",
                accessLog.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    port = running.server().port();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static HttpResponse<String> post(byte[] body, String contentType, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/decisions"))
            .timeout(TIMEOUT)
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return post(body.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  @Test
  void sixteenSlowClients_doNotKeepOthersFromBeingServed() throws Exception {
    // Two worker threads; eight clients drip their headers a byte at a time, eight send half a body and stall.
    List<RawHttp> slow = new ArrayList<>();
    ExecutorService drippers = Executors.newFixedThreadPool(8);
    try {
      String head = "POST /decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
      for (int i = 0; i < 8; i++) {
        RawHttp dripping = new RawHttp(port);
        slow.add(dripping);
        drippers.submit(() -> {
          for (byte b : head.getBytes(StandardCharsets.US_ASCII)) {
            dripping.send(new byte[] {b});
            Thread.sleep(250);
          }
          return null;
        });
        byte[] body = MEETING.getBytes(StandardCharsets.UTF_8);
        RawHttp halfSent = new RawHttp(port).send(RawHttp.postHead("/decisions", "application/json", body.length));
        halfSent.send(java.util.Arrays.copyOf(body, body.length / 2));
        slow.add(halfSent);
      }
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> decided = post(MEETING);
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals(200, CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(TIMEOUT).build(), BodyHandlers.ofString()).statusCode());
      }
    } finally {
      drippers.shutdownNow();
      for (RawHttp client : slow) {
        client.close();
      }
    }
  }

  @Test
  void keptAliveConnection_answersRequestAfterRequest() throws Exception {
    try (RawHttp connection = new RawHttp(port)) {
      for (int i = 0; i < 5; i++) {
        byte[] body = MEETING.getBytes(StandardCharsets.UTF_8);
        connection.send(RawHttp.postHead("/decisions", "application/json", body.length)).send(body);
        RawHttp.Response response = connection.read();
        assertEquals(200, response.status(), response.body());
        assertFalse("close".equalsIgnoreCase(response.headers().get("connection")), response.headers().toString());
        connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(200, connection.read().status());
      }
    }
  }

  @Test
  void arrayWithADuplicatedFieldAndATooDeepElement_getsAnErrorForThoseElementsOnly() throws Exception {
    String duplicated = MEETING.replaceFirst("\\{", "{\"kind\": \"PATROL\", ");
    String tooDeep = "{\"id\": \"deep\", \"x\": " + "[".repeat(32) + "]".repeat(32) + "}";
    String other = MEETING.replaceFirst("\"id\": ?\"[^\"]+\"", "\"id\": \"other\"");
    HttpResponse<String> response = post("[" + MEETING + ", " + duplicated + ", " + tooDeep + ", " + other + "]");

    assertEquals(200, response.statusCode(), response.body());
    JsonNode results = EngagementJson.parse(response.body());
    assertEquals(4, results.size());
    assertTrue(results.get(0).has("attendance"), results.get(0).toString());
    assertEquals("ENG-101", results.get(1).get("code").asText(), results.get(1).toString());
    assertTrue(results.get(1).get("error").asText().contains("'kind'"), results.get(1).toString());
    assertEquals("ENG-101", results.get(2).get("code").asText(), results.get(2).toString());
    assertTrue(results.get(2).get("error").asText().contains("deeper than the limit of 32"), results.get(2).toString());
    assertEquals("other", results.get(3).get("opportunityId").asText(), results.get(3).toString());
  }

  @Test
  void bytesThatAreNotUtf8_are400NamingTheOffset_andOtherCharsetsAre415() throws Exception {
    byte[] body = ("{\"id\": \"caf" + "\u00e9" + "\"}").getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> invalid = post(body, "application/json");
    assertEquals(400, invalid.statusCode());
    Schemas.assertProblem(400, EngagementJson.parse(invalid.body()));
    assertTrue(invalid.body().contains("invalid UTF-8 at byte offset 11 (byte 0xE9)"), invalid.body());

    HttpResponse<String> latin1 = post(body, "application/json; charset=ISO-8859-1");
    assertEquals(415, latin1.statusCode());
    assertTrue(latin1.body().contains("ISO-8859-1"), latin1.body());
    assertEquals(200, post(MEETING.getBytes(StandardCharsets.UTF_8), "application/json; charset=\"UTF-8\"").statusCode());
  }

  @Test
  void leadingByteOrderMark_isAccepted() throws Exception {
    byte[] text = MEETING.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[text.length + 3];
    body[0] = (byte) 0xEF;
    body[1] = (byte) 0xBB;
    body[2] = (byte) 0xBF;
    System.arraycopy(text, 0, body, 3, text.length);
    assertEquals(200, post(body, "application/json").statusCode());
    assertEquals(200, post(body, "application/x-ndjson").statusCode());
  }

  @Test
  void gzippedBody_isInflatedAndDecided() throws Exception {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write(("[" + MEETING + "]").getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = post(gzipped.toByteArray(), "application/json", "Content-Encoding", "gzip");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(EngagementJson.parse(response.body()).get(0).has("attendance"), response.body());
  }

  @Test
  void gzipBomb_isRefusedWith413_countingInflatedBytes() throws Exception {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write(("[" + " ".repeat(5_000_000) + "]").getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = post(gzipped.toByteArray(), "application/json", "Content-Encoding", "gzip");
    assertEquals(413, response.statusCode(), response.body());
  }

  @Test
  void twentyMebibyteBody_getsAReadable413() throws Exception {
    byte[] body = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    HttpResponse<String> response = post(body, "application/json");
    assertEquals(413, response.statusCode());
    Schemas.assertProblem(413, EngagementJson.parse(response.body()));

    try (RawHttp raw = new RawHttp(port)) {
      raw.send(RawHttp.postHead("/decisions", "application/json", body.length));
      RawHttp.Response answer = raw.read(); // answered on the headers alone, before the body is sent
      assertEquals(413, answer.status());
      assertEquals("close", answer.headers().get("connection"));
      assertTrue(answer.body().contains("larger than the limit of 1000000 bytes"), answer.body());
    }
  }

  @Test
  void headIsAnsweredWhereGetIs_withoutABody() throws Exception {
    for (String path : List.of("/health", "/rules", "/openapi.json", "/schemas/decision-record.schema.json", "/",
        "/places")) {
      HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(TIMEOUT).method("HEAD", BodyPublishers.noBody()).build(), BodyHandlers.ofString());
      HttpResponse<String> get = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(TIMEOUT).build(), BodyHandlers.ofString());
      assertEquals(200, head.statusCode(), path);
      assertEquals("", head.body(), path);
      assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
    }
  }

  @Test
  void everyResponse_carriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/health", "/", "/no/such/thing", "//decisions")) {
      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(TIMEOUT).build(), BodyHandlers.ofString());
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(
          path.equals("/") ? "text/html" : "application/json"), path);
    }
  }

  @Test
  void decisionOutput_escapesLineAndParagraphSeparators() throws Exception {
    String record = MEETING.replaceFirst("\"id\": ?\"[^\"]+\"", "\"id\": \"a\u2028b\u2029c\"");
    HttpResponse<String> response = post(record);
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("\u2028") || response.body().contains("\u2029"));
    assertTrue(response.body().contains("a\\u2028b\\u2029c"), response.body());
    assertEquals("a\u2028b\u2029c", EngagementJson.parse(response.body()).get("opportunityId").asText());
  }

  @Test
  void accessLog_namesRequestsButNoPerson() throws Exception {
    String named = Samples.text("opportunities.jsonl").lines().skip(1).findFirst().orElseThrow(); // names a councillor
    assertEquals(200, post(named).statusCode());
    String log = "";
    for (int i = 0; i < 100 && !log.contains("POST /decisions"); i++) {
      Thread.sleep(50); // the log is written after the response
      log = Files.exists(accessLog) ? Files.readString(accessLog) : "";
    }
    assertTrue(log.contains("\"POST /decisions HTTP/1.1\" 200"), log);
    assertFalse(log.contains("Cllr") || log.contains("Fox"), log);
  }

  @Test
  void pendingRequests_doNotBlockEachOther_onTwoThreads() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        statuses.add(clients.submit(() -> post(MEETING).statusCode()));
      }
      for (Future<Integer> status : statuses) {
        assertEquals(200, status.get(60, TimeUnit.SECONDS));
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void stalledClient_isCutOffByTheIdleTimeout_notServedForever() throws IOException {
    // The server under test waits 30 s; this one, started for the test, 1 s.
    try (ServeCommand.Running quick = startQuick();
        RawHttp stalled = new RawHttp(quick.server().port())) {
      stalled.send("POST /decisions HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{\"id\":");
      try {
        RawHttp.Response answer = stalled.read();
        assertTrue(answer.status() >= 400, answer.toString());
      } catch (java.net.SocketTimeoutException e) {
        throw new AssertionError("the stalled connection was still open after 30 s", e);
      } catch (IOException closed) {
        // closed without an answer: cut off all the same
      }
    }
  }

  private static ServeCommand.Running startQuick() {
    try {
      return ServeCommand.start(List.of("--port", "0", "--roster", CliTestSupport.ROSTER, "--idle-timeout", "1"),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

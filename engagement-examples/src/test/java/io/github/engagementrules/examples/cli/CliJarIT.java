package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.EngagementJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged engagement-cli.jar as a user would, with {@code java -jar}, after {@code mvn package}. */
class CliJarIT {
  private static final Path JAR = Path.of("target/engagement-cli.jar");

  private record Result(int status, String out) {}

  private static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("engagement-cli", ".out");
    Process process =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the jar finished");
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new Result(process.exitValue(), printed);
  }

  /** {@code java -jar engagement-cli.jar serve} on a free port with the sample roster, and {@code more} options. */
  private static Process serveSampleRoster(String... more) throws IOException {
    List<String> command =
        new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
            JAR.toString(), "serve", "--port", "0", "--roster", "src/main/resources/samples/roster.json"));
    command.addAll(List.of(more));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** The port {@code serve} says it listens on, in the first line it prints. */
  private static int listeningPort(Process serve) throws IOException {
    String listening =
        new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    java.util.regex.Matcher port = java.util.regex.Pattern.compile(":(\\d+)/").matcher(String.valueOf(listening));
    assertTrue(port.find(), "serve prints where it listens: " + listening);
    return Integer.parseInt(port.group(1));
  }

  @Test
  void packagedServe_onSigterm_finishesTheRequestInProgress_thenStops() throws Exception {
    Process serve = serveSampleRoster();
    try {
      int port = listeningPort(serve);
      byte[] body = Files.readAllLines(Path.of("src/main/resources/samples/opportunities.jsonl")).get(0)
          .getBytes(StandardCharsets.UTF_8);
      try (RawHttp inFlight = new RawHttp(port)) {
        // Expect: 100-continue makes the server say when its handler starts reading the body: the request is then
        // in progress, whatever the timing.
        inFlight.send(RawHttp.postHead("/decisions", "application/json", body.length)
            .replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"));
        assertEquals(100, inFlight.read().status());
        inFlight.send(java.util.Arrays.copyOf(body, body.length / 2));
        serve.destroy(); // SIGTERM, while the request is half sent
        Thread.sleep(500); // let the shutdown begin before the rest of the body arrives
        inFlight.send(java.util.Arrays.copyOfRange(body, body.length / 2, body.length));
        RawHttp.Response response = inFlight.read();
        assertEquals(200, response.status(), response.body());
        assertTrue(response.body().contains("\"attendance\""), response.body());
      }
      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stopped after the request");
    } finally {
      serve.destroyForcibly();
    }
  }

  @Test
  void packagedServe_onSighup_readsTheRosterAgain_andKeepsServing() throws Exception {
    Process serve = serveSampleRoster();
    try {
      int port = listeningPort(serve);
      java.net.URI status = java.net.URI.create("http://127.0.0.1:" + port + "/status");
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

      Process hangup = new ProcessBuilder("kill", "-HUP", Long.toString(serve.pid())).inheritIO().start();
      assertEquals(0, hangup.waitFor(), "kill -HUP");

      String body = "";
      for (int attempt = 0; attempt < 300 && !body.contains("\"UNCHANGED\""); attempt++) {
        Thread.sleep(100);
        assertTrue(serve.isAlive(), "SIGHUP does not stop the service");
        body = client.send(java.net.http.HttpRequest.newBuilder(status).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      }
      assertTrue(body.contains("\"roster\":{\"outcome\":\"UNCHANGED\""), "the roster was read again: " + body);
      assertTrue(serve.isAlive());
    } finally {
      serve.destroyForcibly();
    }
  }

  @Test
  void packagedServe_killedUnderLoad_hasARecordOfEveryDecisionItAnswered() throws Exception {
    Path records = Files.createTempDirectory("engagement-records").resolve("records.jsonl");
    Set<String> answered = ConcurrentHashMap.newKeySet();
    Process serve = serveSampleRoster("--record", records.toString());
    try {
      URI decisions = URI.create("http://127.0.0.1:" + listeningPort(serve) + "/decisions");
      HttpClient client = HttpClient.newHttpClient();
      ExecutorService clients = Executors.newFixedThreadPool(4);
      try {
        for (int c = 0; c < 4; c++) {
          int clientNumber = c;
          clients.submit(() -> {
            for (int i = 0; ; i++) {
              String id = "c" + clientNumber + "-" + i;
              HttpResponse<String> response = client.send(
                  HttpRequest.newBuilder(decisions).header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + id + "\", \"kind\": \"PATROL\","
                          + " \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
              if (response.statusCode() == 200) {
                answered.add(id);
              }
            }
          });
        }
        while (answered.size() < 400) {
          Thread.sleep(10);
        }
        serve.destroyForcibly(); // kill -9, while the four clients keep sending
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
      } finally {
        clients.shutdownNow();
      }
    } finally {
      serve.destroyForcibly();
    }
    Set<String> killedAfter = Set.copyOf(answered);

    Process restarted = serveSampleRoster("--record", records.toString()); // repairs a torn last line
    try {
      listeningPort(restarted);
    } finally {
      restarted.destroy();
      assertTrue(restarted.waitFor(60, TimeUnit.SECONDS));
    }

    Set<String> recorded = new HashSet<>();
    for (String line : Files.readAllLines(records, StandardCharsets.UTF_8)) {
      recorded.add(EngagementJson.parse(line).at("/opportunity/id").asText()); // every line parses
    }
    Set<String> missing = new TreeSet<>(killedAfter);
    missing.removeAll(recorded);
    assertEquals(Set.of(), missing, "answered 200 but not recorded");
  }

  @Test
  void packagedJar_runsTheDemo() throws Exception {
    Result demo = java("demo");

    assertEquals(0, demo.status());
    assertTrue(demo.out().contains("opp-017"), demo.out());
  }

  @Test
  void packagedJar_decidesTheSamplesWithAnErrorLinePerBadRecord() throws Exception {
    Result decide =
        java("decide", "--roster", "src/main/resources/samples/roster.json",
            "src/main/resources/samples/bad-opportunities.jsonl");

    assertEquals(1, decide.status());
    assertEquals(6, decide.out().split("\n").length, decide.out());
  }
}

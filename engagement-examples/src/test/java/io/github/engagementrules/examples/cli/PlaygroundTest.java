package io.github.engagementrules.examples.cli;

import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.examples.Schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Priority;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The playground's server side over real HTTP on loopback: the page's files, {@code GET /places}, and that nothing
 * outside the page's folder can be reached. The page itself is tested in a browser by {@code PlaygroundBrowserIT}.
 */
class PlaygroundTest {
  private static final String ROSTER = "src/main/resources/samples/roster.json";

  private static ServeCommand.Running server;
  private static HttpClient client;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    server =
        ServeCommand.start(
            List.of("--port", "0", "--roster", ROSTER),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    base = "http://127.0.0.1:" + server.server().port();
    client = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void root_servesThePage_asHtml() throws Exception {
    HttpResponse<String> response = send("GET", "/");
    assertEquals(200, response.statusCode());
    assertEquals("text/html; charset=utf-8", contentType(response));
    assertTrue(response.body().contains("<title>Community engagement playground</title>"), response.body());
  }

  @Test
  void everyFileThePageLinks_isServed_withItsContentType() throws Exception {
    String page = send("GET", "/").body();
    Matcher links = Pattern.compile("(?:href|src)=\"(/playground/[^\"]+)\"").matcher(page);
    List<String> linked = new ArrayList<>();
    while (links.find()) {
      linked.add(links.group(1));
    }
    assertEquals(
        List.of("/playground/favicon.svg", "/playground/playground.css", "/playground/playground.js"), linked);
    assertEquals("image/svg+xml", contentType(send("GET", linked.get(0))));
    assertEquals("text/css; charset=utf-8", contentType(send("GET", linked.get(1))));
    HttpResponse<String> script = send("GET", linked.get(2));
    assertEquals(200, script.statusCode());
    assertEquals("text/javascript; charset=utf-8", contentType(script));
    assertTrue(script.body().contains("'/decisions'"), "the page decides through POST /decisions");
  }

  @Test
  void head_answersWithoutBody() throws Exception {
    HttpResponse<String> response = send("HEAD", "/playground/playground.css");
    assertEquals(200, response.statusCode());
    assertEquals("", response.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/playground/../pom.xml",
        "/playground/..%2Fpom.xml",
        "/playground/%2e%2e/%2e%2e/pom.xml",
        "/playground/sub/playground.js",
        "/playground/",
        "/playground/missing.js",
        "/playground/Playground.class",
        "/playground/.hidden.js",
        "/samples/roster.json",
        "/io/github/engagementrules/examples/Playground.class",
        "/index.html.bak"
      })
  void pathsOutsideThePagesFiles_areNotFound(String path) throws Exception {
    HttpResponse<String> response = send("GET", path);
    // Jetty refuses encoded dots and slashes as ambiguous (400) before any handler sees them.
    assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " got " + response.statusCode());
    assertEquals("application/json", contentType(response));
    Schemas.assertProblem(response.statusCode(), EngagementJson.parse(response.body()));
    assertFalse(response.body().contains("\"boroughs\""), "no roster data leaks");
  }

  @Test
  void writingToThePage_isNotAllowed() throws Exception {
    HttpResponse<String> response = send("POST", "/");
    assertEquals(405, response.statusCode());
    Schemas.assertProblem(405, EngagementJson.parse(response.body()));
    assertTrue(response.body().contains("GET, HEAD"), response.body());
  }

  @Test
  void places_listsEveryBoroughAndWardOfTheRoster_byNameOnly() throws Exception {
    HttpResponse<String> response = send("GET", "/places");
    assertEquals(200, response.statusCode());
    assertEquals("application/json", contentType(response));
    Roster roster = CliSupport.roster(ROSTER);
    JsonNode places = EngagementJson.parse(response.body());
    Schemas.assertValid(Schemas.component("Places"), places);
    JsonNode boroughs = places.get("boroughs");
    assertEquals(roster.boroughs().size(), boroughs.size());
    for (int b = 0; b < boroughs.size(); b++) {
      var borough = roster.boroughs().get(b);
      assertEquals(borough.name(), boroughs.get(b).get("name").asText());
      List<String> wards = new ArrayList<>();
      boroughs.get(b).get("wards").forEach(w -> wards.add(w.asText()));
      assertEquals(borough.wards().stream().map(w -> w.name()).toList(), wards);
      // Officers are personal data the choices do not need.
      borough.wards().forEach(w -> w.pcso().ifPresent(o -> assertFalse(response.body().contains(o.name()))));
      assertFalse(response.body().contains(borough.boroughInspector().name()));
    }
  }

  @Test
  void thePageHasALabel_forEveryValueOfTheJsonContract() throws Exception {
    String script = send("GET", "/playground/playground.js").body();
    Stream.of(
            OpportunityKind.values(), PolicingPurpose.values(), Request.values(), Risk.values(), Topic.values(),
            StakeholderType.values(), Attendance.values(), Role.values(), Remit.values(), Priority.values(),
            Action.values(), Channel.values())
        .flatMap(Stream::of)
        .forEach(
            value ->
                assertTrue(
                    script.contains("    " + value.name() + ": '"),
                    value.getDeclaringClass().getSimpleName() + "." + value.name() + " has no label in playground.js"));
  }
}

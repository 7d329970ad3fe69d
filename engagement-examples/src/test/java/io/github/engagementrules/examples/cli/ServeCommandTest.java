package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.examples.http.EngagementService;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.JsonLinesDecisionSink;
import io.github.engagementrules.authoring.InputDomain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over real HTTP on the loopback interface, with the JDK's {@link HttpClient}: the endpoints, their
 * status codes and content types, the responses against the OpenAPI document and the JSON Schemas, concurrent
 * clients, decision records and shutdown.
 */
class ServeCommandTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir static Path directory;

  private static ServeCommand.Running running;
  private static URI base;
  private static Path records;
  private static EngagementDecider reference;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  @BeforeAll
  static void startServer() throws Exception {
    Path roster = directory.resolve("roster.json");
    Files.writeString(roster, Samples.text("roster.json"));
    records = directory.resolve("records.jsonl");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    running =
        ServeCommand.start(
            List.of("--port", "0", "--roster", roster.toString(), "--threads", "3", "--record", records.toString(),
                "--mask-names"),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    Matcher listening =
        Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+)/)").matcher(printed.toString(StandardCharsets.UTF_8));
    assertTrue(listening.find(), "the bound port is printed: " + printed);
    assertEquals(running.server().port(), Integer.parseInt(listening.group(2)));
    base = URI.create(listening.group(1));
    reference = EngagementRules.builder().roster(EngagementJson.readRoster(Samples.text("roster.json"))).build();
  }

  @AfterAll
  static void stopServer() {
    if (running != null) {
      running.close();
    }
  }

  @Test
  void health_isUpWithTheRuleBaseVersion() throws Exception {
    HttpResponse<String> response = get("health");
    assertEquals(200, response.statusCode());
    assertJson(response);
    JsonNode health = EngagementJson.parse(response.body());
    Schemas.assertValid(Schemas.HEALTH, health);
    assertEquals(reference.ruleBase().version(), health.get("ruleBaseVersion").asText());
  }

  @Test
  void oneOpportunity_getsTheLibrarysDecision() throws Exception {
    String meeting = sampleLines("opportunities.jsonl").get(0);
    HttpResponse<String> response = post(meeting, "application/json; charset=utf-8");
    assertEquals(200, response.statusCode());
    assertJson(response);
    JsonNode decision = EngagementJson.parse(response.body());
    Schemas.assertValid(Schemas.DECISION, decision);
    assertEquals(EngagementJson.toJson(reference.decide(EngagementJson.readOpportunity(meeting))), decision);
  }

  @Test
  void oneInvalidOpportunity_is422WithTheFieldAndValue() throws Exception {
    HttpResponse<String> response =
        post("{\"id\": \"p-1\", \"kind\": \"PARADE\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\"}");
    assertEquals(422, response.statusCode());
    assertJson(response);
    JsonNode error = EngagementJson.parse(response.body());
    Schemas.assertValid(Schemas.RECORD_ERROR, error);
    assertEquals("p-1", error.get("opportunityId").asText());
    assertEquals("ENG-100", error.get("code").asText());
    assertTrue(error.get("error").asText().startsWith("kind: unknown value \"PARADE\""), error.toString());
  }

  @Test
  void array_getsEachRecordsDecisionOrError_inOrder() throws Exception {
    List<String> records = new ArrayList<>(sampleLines("opportunities.jsonl"));
    records.add(1, "{\"id\": \"bad-ward\", \"kind\": \"SCHOOL\", \"borough\": \"Waverley\", \"ward\": \"Atlantis\"}");
    records.add(3, "42");
    records.add(records.get(0)); // a duplicate id
    HttpResponse<String> response = post("[" + String.join(",\n", records) + "]");
    assertEquals(200, response.statusCode());
    JsonNode results = EngagementJson.parse(response.body());
    assertEquals(records.size(), results.size());
    for (JsonNode result : results) {
      Schemas.assertDecisionOrError(result);
    }
    assertEquals("ENG-102", results.get(1).get("code").asText());
    assertEquals(3, results.get(3).get("index").asInt());
    assertEquals("ENG-100", results.get(3).get("code").asText());
    assertEquals("ENG-103", results.get(records.size() - 1).get("code").asText());
    assertEquals(
        EngagementJson.toJson(reference.decide(EngagementJson.readOpportunity(records.get(2)))), results.get(2));
  }

  @Test
  void jsonLines_getTheSameLinesAsTheCommandLine() throws Exception {
    String batch = Samples.text("bad-opportunities.jsonl") + Samples.text("opportunities.jsonl");
    HttpResponse<String> response = post(batch, EngagementService.JSON_LINES);
    assertEquals(200, response.statusCode());
    assertEquals(EngagementService.JSON_LINES, response.headers().firstValue("Content-Type").orElse(""));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path roster = directory.resolve("roster.json");
    int status =
        new EngagementCli()
            .run(
                new String[] {"decide", "--roster", roster.toString()},
                new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(EngagementCli.SOME_FAILED, status);
    assertEquals(out.toString(StandardCharsets.UTF_8), response.body());
    for (String line : response.body().split("\n")) {
      Schemas.assertDecisionOrError(EngagementJson.parse(line));
    }
  }

  @Test
  void malformedBodies_are400() throws Exception {
    for (String body : List.of("{\"id\": \"x\", ", "", "[1, 2", "\"just text\"", "true")) {
      HttpResponse<String> response = post(body);
      assertEquals(400, response.statusCode(), body);
      assertJson(response);
      Schemas.assertProblem(400, EngagementJson.parse(response.body()));
    }
  }

  @Test
  void oversizedBody_is413() throws Exception {
    String body = "[" + " ".repeat(EngagementJson.MAX_DOCUMENT_LENGTH) + "]";
    HttpResponse<String> response = post(body);
    assertEquals(413, response.statusCode());
    Schemas.assertProblem(413, EngagementJson.parse(response.body()));
  }

  @Test
  void oversizedBodyOfUnknownLength_is413() throws Exception {
    // Sent chunked, without Content-Length: the limit must hold while the body is read.
    byte[] body = ("[" + " ".repeat(EngagementJson.MAX_DOCUMENT_LENGTH) + "]").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(base.resolve("decisions"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(),
            BodyHandlers.ofString());
    assertEquals(413, response.statusCode());
    Schemas.assertProblem(413, EngagementJson.parse(response.body()));
  }

  @Test
  void wrongContentType_is415() throws Exception {
    for (String type : List.of("text/plain", "application/xml")) {
      HttpResponse<String> response = post("{}", type);
      assertEquals(415, response.statusCode(), type);
      Schemas.assertProblem(415, EngagementJson.parse(response.body()));
    }
  }

  @Test
  void wrongMethod_is405WithAllow_andUnknownPath_is404() throws Exception {
    HttpResponse<String> put =
        CLIENT.send(
            HttpRequest.newBuilder(base.resolve("decisions")).timeout(TIMEOUT).PUT(BodyPublishers.ofString("{}")).build(),
            BodyHandlers.ofString());
    assertEquals(405, put.statusCode());
    assertEquals("POST", put.headers().firstValue("Allow").orElse(""));
    Schemas.assertProblem(405, EngagementJson.parse(put.body()));
    assertEquals(405, get("decisions").statusCode());

    HttpResponse<String> missing = get("no/such/thing");
    assertEquals(404, missing.statusCode());
    assertJson(missing);
    Schemas.assertProblem(404, EngagementJson.parse(missing.body()));
  }

  @Test
  void rules_listEverySectionWithItsRules() throws Exception {
    HttpResponse<String> response = get("rules");
    assertEquals(200, response.statusCode());
    JsonNode rules = EngagementJson.parse(response.body());
    Schemas.assertValid(Schemas.RULE_BASE, rules);
    assertEquals(reference.ruleBase().version(), rules.get("version").asText());
    assertEquals(reference.ruleBase().rules().size(), rules.get("rules").size());
    rules.get("rules").forEach(r -> assertEquals(
        reference.ruleBase().rule(r.get("name").asText()).orElseThrow().publicWording().orElse(null),
        r.hasNonNull("publicWording") ? r.get("publicWording").asText() : null, r.get("name").asText()));
    Map<String, String> sectionOfRule = new TreeMap<>();
    rules.get("sections").forEach(s -> s.get("rules").forEach(r -> sectionOfRule.put(r.asText(), s.get("id").asText())));
    reference.ruleBase().rules().forEach(r -> assertEquals(r.section(), sectionOfRule.get(r.name()), r.name()));
  }

  @Test
  void openApi_describesExactlyTheRoutesServed_andItsSchemaReferencesResolve() throws Exception {
    HttpResponse<String> response = get("openapi.json");
    assertEquals(200, response.statusCode());
    assertJson(response);
    JsonNode openApi = EngagementJson.parse(response.body());
    assertTrue(openApi.get("openapi").asText().startsWith("3."));

    Map<String, Set<String>> documented = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      Set<String> methods = new TreeSet<>();
      path.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(java.util.Locale.ROOT)));
      documented.put(path.getKey(), methods);
    }
    assertEquals(running.server().routes(), documented);
    Set<String> operationIds = new TreeSet<>();
    openApi.get("paths").forEach(
        path -> path.forEach(
            operation -> {
              assertTrue(operationIds.add(operation.get("operationId").asText()), operation.toString());
              assertTrue(operation.get("responses").size() > 0, operation.toString());
              operation.get("responses").forEach(r -> assertTrue(resolve(openApi, r).hasNonNull("description"), r.toString()));
              operation.get("responses").fieldNames().forEachRemaining(
                  status -> assertTrue(status.startsWith("2") || resolve(openApi, operation.get("responses").get(status))
                      .at("/content/application~1json/schema/$ref").asText().equals("#/components/schemas/Problem")
                      || status.equals("422") || isReadinessAnswer(operation, status),
                      status + " of " + operation.get("operationId") + " is a Problem"));
              assertTrue(operation.get("responses").has("400") && operation.get("responses").has("500"),
                  operation.get("operationId") + " documents 4xx and 5xx");
            }));

    Set<String> references = new TreeSet<>();
    collectExternalReferences(openApi, references);
    assertEquals(
        Set.of("schemas/decision.schema.json", "schemas/opportunity.schema.json", "schemas/public-answer.schema.json"),
        references);
    for (String reference : references) {
      HttpResponse<String> schema = get(reference);
      assertEquals(200, schema.statusCode(), reference);
      assertEquals(Schemas.shippedText(reference.substring("schemas/".length())), schema.body());
    }
  }

  @Test
  void concurrentClients_eachGetTheirOwnDecision() throws Exception {
    List<Opportunity> sample =
        InputDomain.of(reference.roster()).randomSample(7L, 48).stream()
            .filter(o -> isDecidable(o))
            .toList();
    ExecutorService clients = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> failures = new ArrayList<>();
      for (Opportunity opportunity : sample) {
        failures.add(
            clients.submit(
                () -> {
                  HttpResponse<String> response = post(EngagementJson.write(EngagementJson.toJson(opportunity)));
                  JsonNode expected = EngagementJson.toJson(reference.decide(opportunity));
                  return response.statusCode() == 200 && expected.equals(EngagementJson.parse(response.body()))
                      ? null
                      : opportunity.id() + " got " + response.statusCode() + " " + response.body();
                }));
      }
      List<String> wrong = new ArrayList<>();
      for (Future<String> failure : failures) {
        String message = failure.get(60, TimeUnit.SECONDS);
        if (message != null) {
          wrong.add(message);
        }
      }
      assertTrue(sample.size() > 30, "too few decidable samples: " + sample.size());
      assertEquals(List.of(), wrong);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void decisionsAreRecorded_withNamesMasked() throws Exception {
    String meeting = sampleLines("opportunities.jsonl").get(1); // names a councillor and a PCSO
    assertEquals(200, post(meeting).statusCode());
    List<String> lines = Files.readAllLines(records);
    assertFalse(lines.isEmpty());
    JsonNode last =
        lines.stream()
            .map(EngagementJson::parse)
            .filter(r -> r.at("/opportunity/id").asText().equals("opp-002"))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertEquals(JsonLinesDecisionSink.MASK, last.at("/opportunity/stakeholders/0/name").asText());
    assertEquals(JsonLinesDecisionSink.MASK, last.at("/decision/pointOfContact/name").asText());
    assertFalse(String.join("\n", lines).contains("Cllr Jamie Fox"));
    assertTrue(last.has("recordedAt"));
    for (String line : lines) {
      Schemas.assertValid(Schemas.DECISION_RECORD, EngagementJson.parse(line));
    }
  }

  @Test
  void stoppedServer_refusesConnections() throws Exception {
    Path roster = directory.resolve("roster.json");
    ServeCommand.Running other =
        ServeCommand.start(
            List.of("--port", "0", "--roster", roster.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    URI otherBase = URI.create("http://127.0.0.1:" + other.server().port() + "/");
    assertEquals(
        200,
        CLIENT.send(HttpRequest.newBuilder(otherBase.resolve("health")).timeout(TIMEOUT).build(), BodyHandlers.ofString())
            .statusCode());
    other.stop();
    assertThrows(
        IOException.class,
        () -> CLIENT.send(HttpRequest.newBuilder(otherBase.resolve("health")).timeout(TIMEOUT).build(), BodyHandlers.ofString()));
  }

  @Test
  void badArguments_areUsageErrors_inAFewLines() {
    for (List<String> args :
        List.of(
            List.of("serve", "--port", "0"),
            List.of("serve", "--port", "70000", "--roster", CliTestSupport.ROSTER),
            List.of("serve", "--port", "0", "--roster", CliTestSupport.ROSTER, "--mask-names"),
            List.of("serve", "--port", "0", "--roster", CliTestSupport.ROSTER, "--tls-keystore", "k.p12"))) {
      CliTestSupport.Run run = CliTestSupport.run("", args.toArray(String[]::new));
      assertEquals(EngagementCli.USAGE_OR_RULES, run.status(), args.toString());
      assertTrue(run.err().lines().count() <= 4, run.err());
    }
  }

  @Test
  void nonLoopbackAddress_withoutTlsAndToken_isRefused_inOneLine() {
    CliTestSupport.Run run = CliTestSupport.run("", "serve", "--port", "0", "--host", "0.0.0.0", "--roster",
        CliTestSupport.ROSTER);

    assertEquals(EngagementCli.USAGE_OR_RULES, run.status());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("refusing to listen on 0.0.0.0 (not a loopback address)"), run.err());
  }

  private static boolean isDecidable(Opportunity opportunity) {
    try {
      reference.decide(opportunity);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A response, or the component it refers to. */
  private static JsonNode resolve(JsonNode openApi, JsonNode response) {
    return response.has("$ref") ? openApi.at(response.get("$ref").asText().substring(1)) : response;
  }

  /** {@code GET /ready} answers 503 with its readiness, not a problem: the service is fine, just not ready. */
  private static boolean isReadinessAnswer(JsonNode operation, String status) {
    return operation.get("operationId").asText().equals("ready") && status.equals("503")
        && operation.at("/responses/503/content/application~1json/schema/$ref").asText()
            .equals("#/components/schemas/Readiness");
  }

  private static void collectExternalReferences(JsonNode node, Set<String> references) {
    if (node.isObject() && node.has("$ref") && !node.get("$ref").asText().startsWith("#")) {
      references.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectExternalReferences(child, references));
  }

  private static void assertJson(HttpResponse<String> response) {
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
  }

  private static List<String> sampleLines(String name) {
    return List.of(Samples.text(name).split("\n")).stream().filter(l -> !l.isBlank()).toList();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(), BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
    return post(body, "application/json");
  }

  private static HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve("decisions"))
            .timeout(TIMEOUT)
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }
}

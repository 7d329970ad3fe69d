package io.github.engagementrules.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.examples.http.EngagementServer.Problem;
import io.github.engagementrules.examples.http.EngagementServer.Request;
import io.github.engagementrules.examples.http.EngagementServer.Response;
import io.github.engagementrules.examples.records.BatchDecider;
import io.github.engagementrules.examples.records.RecordReader;
import io.github.engagementrules.examples.records.Utf8;
import io.github.engagementrules.authoring.PolicyBook;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.DecisionNotRecordedException;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.JsonLinesDecisionSink;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engagement JSON API, registered on an {@link EngagementServer}: {@code POST /decisions}, {@code POST
 * /public-answers}, {@code GET /health}, {@code GET /ready}, {@code GET /metrics} (see {@link ServiceMetrics}), {@code GET /status} (what is in use and how the last reloads went, see {@link LiveDecider#status()}), {@code GET
 * /rules}, {@code GET /openapi.json} and the JSON Schemas it refers to under {@code /schemas/}. Requests
 * are decided exactly as {@code decide} does on the command line ({@link BatchDecider}), with the same per-record
 * errors, also for each element of a JSON array.
 */
public final class EngagementService {
  /** JSON Lines, for batches sent and answered one record per line. */
  public static final String JSON_LINES = "application/x-ndjson";

  /** The JSON Schemas served under {@code /schemas/}, by file name; they are resources of the model jar. */
  public static final List<String> SCHEMAS =
      List.of("opportunity.schema.json", "roster.schema.json", "decision.schema.json", "decision-record.schema.json",
          "public-answer.schema.json");

  private static final String OPENAPI = "openapi.json";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final byte[] BOOK_CSS = PolicyBook.css().getBytes(StandardCharsets.UTF_8);

  private final LiveDecider live;
  private final Optional<JsonLinesDecisionSink> records;
  private final ServiceMetrics metrics;
  /** The policy book of the rules in use, made on first request and again when the rules or the day change. */
  private final AtomicReference<Book> book = new AtomicReference<>();

  private record Book(String version, LocalDate madeOn, byte[] html) {}

  /**
   * The API of {@code live}'s decider, whichever roster and rules it has at the time of each request.
   *
   * @param live the decider that follows the roster and rule files
   * @param records the sink every decision is recorded in, if any, whose health {@code /ready} and {@code /status}
   *     report
   * @param metrics what {@code GET /metrics} shows
   */
  public EngagementService(LiveDecider live, Optional<JsonLinesDecisionSink> records, ServiceMetrics metrics) {
    this.live = live;
    this.records = records;
    this.metrics = metrics;
  }

  /** Registers the API's endpoints on {@code server}. */
  public void registerOn(EngagementServer server) {
    server
        .route("POST", "/decisions", request -> decisions(request, new BatchDecider(live.current())))
        .route("POST", "/public-answers", request -> decisions(request, BatchDecider.forPublic(live.current())))
        .route("GET", "/health", request -> Response.json(200, health()))
        .route("GET", "/ready", request -> ready())
        .route("GET", "/status", request -> Response.json(200, status()))
        .route("GET", "/metrics", request -> new Response(200, ServiceMetrics.PROMETHEUS_TEXT, metrics.scrape()))
        .route("GET", "/rules", request -> Response.json(200, rules(live.current().ruleBase(), today())))
        .route("GET", "/book", request -> book(live.current().ruleBase()))
        .route("GET", "/book.css", request -> new Response(200, "text/css; charset=utf-8", BOOK_CSS))
        .route("GET", "/" + OPENAPI, resource(EngagementService.class, OPENAPI));
    for (String schema : SCHEMAS) {
      server.route("GET", "/schemas/" + schema, resource(Opportunity.class, "schema/" + schema));
    }
  }

  /**
   * {@code POST /decisions}: one opportunity object (answered with its decision, or 422 and its error), an array of
   * them (answered with an array holding each record's decision or error, in order), or JSON Lines (answered in
   * JSON Lines, line for line). The body must be UTF-8. {@code POST /public-answers} takes the same bodies and answers
   * each decided record with its public answer ({@link io.github.engagementrules.rules.PublicAnswers}) instead.
   */
  private static Response decisions(Request request, BatchDecider batch) {
    try {
      return decide(request, batch);
    } catch (DecisionNotRecordedException e) {
      // Logged with the file and the cause by the sink; the client learns only that nothing was decided.
      throw new Problem(503, "the decision could not be recorded, so none is given: try again later");
    }
  }

  private static Response decide(Request request, BatchDecider batch) {
    String[] parts = request.contentType().split(";");
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals(JSON_LINES) && !mediaType.equals(EngagementServer.JSON)) {
      throw new Problem(
          415, "send opportunities as " + EngagementServer.JSON + " or " + JSON_LINES + ", not '" + mediaType + "'");
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset") && parameter.length == 2) {
        String charset = parameter[1].strip().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8")) {
          throw new Problem(415, "send opportunities in UTF-8, not charset '" + charset + "'");
        }
      }
    }
    String text;
    try {
      text = Utf8.decode(request.body());
    } catch (Utf8.InvalidException e) {
      throw new Problem(400, "the body is not UTF-8: " + e.getMessage(), io.github.engagementrules.model.ErrorCode.MALFORMED_JSON.code());
    }
    if (mediaType.equals(JSON_LINES)) {
      ByteArrayOutputStream lines = new ByteArrayOutputStream();
      read(request.body()).forEach(record -> {
        lines.writeBytes(batch.decide(record).utf8());
        lines.write('\n');
      });
      return new Response(200, JSON_LINES, lines.toByteArray());
    }
    if (startsWithArray(text)) {
      // Written as an ArrayNode of the outcomes would be, without building it: [a,b,...]
      ByteArrayOutputStream results = new ByteArrayOutputStream();
      results.write('[');
      for (RecordReader.Input record : read(request.body())) {
        if (record.fatal()) {
          throw new Problem(400, record.error().getMessage(), record.error().code().code());
        }
        if (results.size() > 1) {
          results.write(',');
        }
        results.writeBytes(batch.decide(record).utf8());
      }
      results.write(']');
      return new Response(200, EngagementServer.JSON, results.toByteArray());
    }
    JsonNode body;
    try {
      body = EngagementJson.parse(text);
    } catch (EngagementException e) {
      throw new Problem(400, e.getMessage(), e.code().code());
    }
    if (!body.isObject()) {
      throw new Problem(400, "the body must be an opportunity object or an array of them, got " + body.getNodeType());
    }
    BatchDecider.Outcome outcome = batch.decide(RecordReader.Input.of(0, body));
    return new Response(outcome.failed() ? 422 : 200, EngagementServer.JSON, outcome.utf8());
  }

  /** Whether the first character but white space is {@code [}, without {@code strip()}'s copy of the whole body. */
  private static boolean startsWithArray(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i) == '[';
      }
    }
    return false;
  }

  private static List<RecordReader.Input> read(byte[] body) {
    List<RecordReader.Input> records = new ArrayList<>();
    try {
      RecordReader.read(new ByteArrayInputStream(body), records::add);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes in memory cannot fail", e);
    }
    return records;
  }

  private ObjectNode health() {
    EngagementDecider decider = live.current();
    return NODES.objectNode()
        .put("status", "UP")
        .put("ruleBaseVersion", decider.ruleBase().version())
        .put("rules", decider.ruleBase().rules().size())
        .put("rosterVersion", decider.rosterVersion());
  }

  /**
   * {@code GET /ready}: 200 when the service can decide and record ({@code {"status": "READY"}}), else 503 with the
   * problems ({@code {"status": "NOT_READY", "problems": [...]}}), without details (they are on {@code /status}).
   */
  private Response ready() {
    ArrayNode problems = NODES.arrayNode();
    records.flatMap(JsonLinesDecisionSink::recover).ifPresent(failure -> problems.add("decision records cannot be written"));
    ObjectNode body = NODES.objectNode().put("status", problems.isEmpty() ? "READY" : "NOT_READY");
    if (!problems.isEmpty()) {
      body.set("problems", problems);
    }
    return Response.json(problems.isEmpty() ? 200 : 503, body);
  }

  /** {@code GET /status}: {@link LiveDecider#status()}, and the decision records' state when recording. */
  private ObjectNode status() {
    ObjectNode status = live.status();
    records.ifPresent(
        sink -> {
          ObjectNode node = status.putObject("records").put("writable", sink.failure().isEmpty());
          sink.failure().ifPresent(failure -> node.put("problem", failure));
        });
    return status;
  }

  /**
   * The rule base as {@code GET /rules} shows it: version, edition and its review, guide sections with their rules,
   * the rules with their approval, and the interpretations awaiting approval.
   */
  static ObjectNode rules(RuleBaseInfo ruleBase, LocalDate today) {
    ObjectNode out = NODES.objectNode().put("version", ruleBase.version());
    ruleBase.edition().ifPresent(e -> out.putObject("edition")
        .put("label", e.label())
        .put("force", e.force())
        .put("guide", e.guide())
        .put("edition", e.edition())
        .put("inForceFrom", e.inForceFrom().toString())
        .put("reviewDue", e.reviewDue().toString())
        .put("policyOwner", e.policyOwner()));
    ruleBase.reviewNotice(today).ifPresent(notice -> out.put("review", notice));
    ArrayNode sections = out.putArray("sections");
    for (GuideSection section : ruleBase.sections()) {
      ObjectNode node =
          sections.addObject()
              .put("id", section.id())
              .put("title", section.title())
              .put("source", section.source())
              .put("document", section.document())
              .put("informational", section.informational())
              .put("text", section.text());
      ArrayNode names = node.putArray("rules");
      ruleBase.rules().stream().filter(r -> r.section().equals(section.id())).forEach(r -> names.add(r.name()));
    }
    ArrayNode rules = out.putArray("rules");
    for (RuleDescription rule : ruleBase.rules()) {
      ObjectNode node =
          rules.addObject()
              .put("name", rule.name())
              .put("section", rule.section())
              .put("reason", rule.reason())
              .put("quote", rule.quote())
              .put("interpretation", rule.interpretation().isPresent());
      rule.interpretation().ifPresent(note -> node.put("interpretationNote", note));
      rule.tier().ifPresent(tier -> node.put("tier", tier));
      if (rule.interpretation().isPresent()) {
        node.put("approval", ruleBase.approvalState(rule.name()).name());
      }
      rule.publicWording().ifPresent(wording -> node.put("publicWording", wording));
    }
    ArrayNode unimplemented = out.putArray("unimplementedSections");
    ruleBase.unimplementedSections().forEach(s -> unimplemented.add(s.id()));
    ArrayNode awaiting = out.putArray("unapprovedInterpretations");
    ruleBase.unapprovedInterpretations().forEach(awaiting::add);
    return out;
  }

  /** The policy book of the rules in use, its styles linked to {@code /book.css} as the page policy requires. */
  private Response book(RuleBaseInfo ruleBase) {
    LocalDate today = today();
    Book made = book.get();
    if (made == null || !made.version().equals(ruleBase.version()) || !made.madeOn().equals(today)) {
      made = new Book(ruleBase.version(), today, PolicyBook.of(ruleBase).on(today).build().linkedHtml("/book.css")
          .getBytes(StandardCharsets.UTF_8));
      book.set(made); // a race only makes the same book twice
    }
    return new Response(200, "text/html; charset=utf-8", made.html());
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** An endpoint answering with a JSON resource, read once now so that a missing resource fails at start-up. */
  private static EngagementServer.Endpoint resource(Class<?> anchor, String name) {
    byte[] bytes;
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar of " + anchor.getName());
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return request -> new Response(200, EngagementServer.JSON, bytes);
  }
}

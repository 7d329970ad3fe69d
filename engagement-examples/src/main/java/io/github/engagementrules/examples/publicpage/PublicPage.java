package io.github.engagementrules.examples.publicpage;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.engagementrules.examples.http.EngagementServer;
import io.github.engagementrules.examples.http.EngagementServer.Request;
import io.github.engagementrules.examples.http.EngagementServer.Response;
import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.PublicAnswer;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.PublicAnswers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The page for the public, "Inviting the police to your meeting or event?", registered on an {@link EngagementServer}
 * by {@code serve --public-page}: {@code GET /public} asks plain questions ({@link PublicForm}), {@code POST /public}
 * answers with the public answer ({@link PublicAnswers}) of the decision the rules make, and {@code GET
 * /public/style.css} serves GOV.UK Frontend's styles from its WebJar without the GOV.UK brand (no GDS Transport font:
 * a system font instead, and no font files; no crown). Server-rendered from Mustache templates, it works without
 * JavaScript and has none.
 *
 * <p>It stores nothing and logs nothing of what is sent; the answer names no one but the people the roster names to
 * the public. A form body over {@link #MAX_FORM_BYTES} is refused (413), and each client may post {@link
 * #POSTS_PER_MINUTE} forms a minute (429 beyond). Safe to use from any thread.
 */
public final class PublicPage {
  /** The page's path. */
  public static final String PATH = "/public";
  /** The path of its styles. */
  static final String STYLE_PATH = "/public/style.css";
  /** The largest form body accepted, in bytes: the questions' answers fit in far less. */
  static final int MAX_FORM_BYTES = 4 * 1024;
  /** How many forms each client may post in a minute. */
  static final int POSTS_PER_MINUTE = 30;

  private static final String HTML = "text/html; charset=utf-8";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String WEBJAR_CSS = "/META-INF/resources/webjars/govuk-frontend/";
  private static final String GOVUK_CSS = "/dist/govuk/govuk-frontend.min.css";
  /** GOV.UK Frontend's font declarations: GDS Transport is reserved to GOV.UK, so none is served. */
  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");
  private static final String SYSTEM_FONTS =
      "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";

  private final Supplier<EngagementDecider> decider;
  private final ClientRateLimit posts;
  private final Mustache form;
  private final Mustache answer;
  private final Mustache problem;
  private final byte[] style;

  /**
   * A page answering with the decider in use at the time of each request (it may be reloaded).
   *
   * @param decider the decider in use
   * @param nanoTime the clock the rate limit counts with, such as {@code System::nanoTime}
   */
  public PublicPage(Supplier<EngagementDecider> decider, LongSupplier nanoTime) {
    this.decider = decider;
    this.posts = new ClientRateLimit(POSTS_PER_MINUTE, TimeUnit.MINUTES.toNanos(1), nanoTime);
    DefaultMustacheFactory templates = new DefaultMustacheFactory("publicpage");
    this.form = templates.compile("form.mustache");
    this.answer = templates.compile("answer.mustache");
    this.problem = templates.compile("problem.mustache");
    this.style = style();
  }

  /** The paths that answer without a token when the page is served. */
  public static Set<String> paths() {
    return Set.of(PATH, STYLE_PATH);
  }

  /** Registers the page, its answer and its styles on {@code server}. */
  public void registerOn(EngagementServer server) {
    server
        .route("GET", PATH, request -> page(200, form, formScope(PublicForm.empty(), Map.of())))
        .route("POST", PATH, this::answer)
        .route("GET", STYLE_PATH, request -> new Response(200, "text/css; charset=utf-8", style))
        .formPage(PATH);
  }

  private Response answer(Request request) {
    if (!posts.allow(request.client())) {
      return problem(429, "Too many requests", "You have sent a lot of questions in a short time. Wait a minute,"
          + " then try again.");
    }
    if (request.body().length > MAX_FORM_BYTES) {
      return problem(413, "Your answers are too long", "Your answers are longer than this page accepts. Go back and"
          + " try again.");
    }
    if (!request.contentType().toLowerCase(java.util.Locale.ROOT).startsWith(FORM)) {
      return problem(415, "This page only takes its own form", "Send your answers with the form on this page.");
    }
    PublicForm sent = PublicForm.read(new String(request.body(), StandardCharsets.UTF_8));
    EngagementDecider current = decider.get();
    Map<String, String> problems = sent.problems(current.roster());
    if (!problems.isEmpty()) {
      return page(400, form, formScope(sent, problems));
    }
    Opportunity opportunity = sent.opportunity(current.roster());
    PublicAnswer reply = PublicAnswers.of(current, opportunity, current.decide(opportunity));
    return page(200, answer, answerScope(reply, sent.organisation()));
  }

  private Response problem(int status, String title, String message) {
    return page(status, problem, Map.of("title", title, "message", message));
  }

  /** What the form shows: the questions with their choices, what was chosen, and the problems to fix. */
  private Map<String, Object> formScope(PublicForm sent, Map<String, String> problems) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("title", "Questions");
    scope.put("hasErrors", !problems.isEmpty());
    List<Map<String, String>> errors = new ArrayList<>();
    problems.forEach((field, message) -> errors.add(Map.of("anchor", anchor(field), "message", message)));
    scope.put("errors", errors);
    problems.forEach((field, message) -> scope.put(field + "Error", message));
    scope.put("kinds", choices("kind", PublicForm.KINDS, List.of(sent.kind())));
    scope.put("issues", choices("issue", PublicForm.ISSUES, List.of(sent.issue())));
    scope.put("checkboxes", List.of(
        Map.of("name", "help", "question", "What would you like the police to do?",
            "choices", choices("help", PublicForm.HELP, sent.help()), "error", problems.getOrDefault("help", "")),
        Map.of("name", "concern", "question", "Are you worried about any of these?",
            "choices", choices("concern", PublicForm.CONCERNS, sent.concerns()),
            "error", problems.getOrDefault("concern", ""))));
    scope.put("boroughs", places(decider.get().roster(), sent.place()));
    scope.put("organisation", sent.organisation());
    return scope;
  }

  /** The id of the first control of a question, which the error summary links to. */
  private static String anchor(String field) {
    return switch (field) {
      case "kind" -> "kind-" + PublicForm.KINDS.get(0).value();
      case "help" -> "help-" + PublicForm.HELP.get(0).value();
      case "concern" -> "concern-" + PublicForm.CONCERNS.get(0).value();
      default -> field;
    };
  }

  private static List<Map<String, Object>> choices(String name, List<PublicForm.Choice> choices, List<String> chosen) {
    return choices.stream()
        .<Map<String, Object>>map(c -> Map.of("id", name + "-" + c.value(), "value", c.value(), "label", c.label(),
            "checked", chosen.contains(c.value())))
        .toList();
  }

  /** The boroughs, each with its wards and the whole borough, by name only: officers are not shown here. */
  private static List<Map<String, Object>> places(Roster roster, String chosen) {
    List<Map<String, Object>> boroughs = new ArrayList<>();
    for (Borough borough : roster.boroughs()) {
      List<Map<String, Object>> places = new ArrayList<>();
      for (Ward ward : borough.wards()) {
        String value = borough.name() + "|" + ward.name();
        places.add(Map.of("value", value, "label", ward.name(), "selected", value.equals(chosen)));
      }
      String whole = borough.name() + "|";
      places.add(Map.of("value", whole, "label", "The whole of " + borough.name(), "selected", whole.equals(chosen)));
      boroughs.add(Map.of("name", borough.name(), "places", places));
    }
    return boroughs;
  }

  private static Map<String, Object> answerScope(PublicAnswer reply, String organisation) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("title", reply.emergency() ? "Call 999 now" : "Our answer");
    scope.put("emergency", reply.emergency());
    scope.put("summary", reply.summary());
    scope.put("details", reply.details());
    scope.put("contacts", reply.contacts().stream()
        .map(c -> Map.of("description", c.description(), "name", c.name().orElse(""), "how", c.how()))
        .toList());
    scope.put("emergencyAdvice", reply.emergencyAdvice());
    scope.put("organisation", organisation);
    return scope;
  }

  private static Response page(int status, Mustache template, Map<String, Object> scope) {
    ByteArrayOutputStream html = new ByteArrayOutputStream(16 * 1024);
    try (Writer writer = new OutputStreamWriter(html, StandardCharsets.UTF_8)) {
      template.execute(writer, scope);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return new Response(status, HTML, html.toByteArray());
  }

  /**
   * GOV.UK Frontend's styles from its WebJar, without its font declarations and with a system font where it names GDS
   * Transport, then the page's own rules ({@code publicpage/app.css}).
   */
  private static byte[] style() {
    String govuk = FONT_FACE.matcher(resource(WEBJAR_CSS + webjarVersion() + GOVUK_CSS)).replaceAll("")
        .replace("GDS Transport,arial,sans-serif", SYSTEM_FONTS)
        .replace("url(/assets/images/govuk-crest.svg)", "none");
    if (govuk.contains("GDS Transport") || govuk.contains("/assets/")) {
      throw new IllegalStateException("GOV.UK Frontend's styles still name its font or its assets");
    }
    return (govuk + "\n" + resource("/publicpage/app.css")).getBytes(StandardCharsets.UTF_8);
  }

  /** The version of the GOV.UK Frontend WebJar on the class path, from its Maven properties. */
  private static String webjarVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (InputStream in = PublicPage.class.getResourceAsStream(
        "/META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the GOV.UK Frontend WebJar is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static String resource(String name) {
    try (InputStream in = PublicPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.model.EngagementJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;

/**
 * {@code serve --public-page}: the page for the public answers without a token while every other endpoint keeps
 * asking for one; without the flag there is no page. Its bodies are bounded, its posts limited per client, and the
 * organisation's name never reaches a log.
 */
class PublicPageServeTest {
  private static final String TOKEN = "a-token-of-sixteen-or-more-characters";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String ORGANISATION = "Zebra Crossing Residents 7781";
  private static final String MEETING_FOR_FIGURES =
      "kind=meeting&place=Waverley%7CFarnham+Castle&help=figures&organisation=" + ORGANISATION.replace(' ', '+');
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir Path directory;

  private ServiceUnderTest serve(String... args) throws Exception {
    Files.writeString(directory.resolve("tokens.txt"), TOKEN + "\n");
    List<String> all = new java.util.ArrayList<>(List.of("--auth-token-file", directory.resolve("tokens.txt").toString()));
    all.addAll(List.of(args));
    return ServiceUnderTest.start(directory, all.toArray(String[]::new));
  }

  private static HttpResponse<String> get(ServiceUnderTest service, String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path)).timeout(ServiceUnderTest.TIMEOUT);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.GET().build(), BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(ServiceUnderTest service, String path, String contentType, String body)
      throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(uri(service, path)).timeout(ServiceUnderTest.TIMEOUT)
        .header("Content-Type", contentType).POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
  }

  private static URI uri(ServiceUnderTest service, String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }

  @Test
  void withThePublicPage_itAnswersWithoutAToken_whileEveryOtherEndpointStillAsksForOne() throws Exception {
    try (ServiceUnderTest service = serve("--public-page")) {
      HttpResponse<String> page = get(service, "/public", null);
      HttpResponse<String> answer = post(service, "/public", FORM, MEETING_FOR_FIGURES);
      HttpResponse<String> style = get(service, "/public/style.css", null);

      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("Inviting the police to your meeting or event?"));
      assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("form-action 'self'"));
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains("We will not come just to present crime figures."), answer.body());
      assertTrue(answer.body().contains("PCSO Sam Reid"), answer.body());
      assertFalse(answer.body().contains("Cal Whitfield"), "the volunteer is not named to the public");
      assertEquals(200, style.statusCode());
      assertFalse(style.body().contains("GDS Transport") || style.body().contains("@font-face"));
      for (String path : List.of("/rules", "/status", "/places", "/openapi.json")) {
        assertEquals(401, get(service, path, null).statusCode(), path);
        assertEquals(200, get(service, path, TOKEN).statusCode(), path);
      }
      assertEquals(401, post(service, "/decisions", "application/json", ServiceUnderTest.MEETING).statusCode());
      assertEquals(401, post(service, "/public-answers", "application/json", ServiceUnderTest.MEETING).statusCode());
    }
  }

  @Test
  void withoutThePublicPage_thereIsNone() throws Exception {
    try (ServiceUnderTest service = serve()) {
      assertEquals(404, get(service, "/public", null).statusCode());
      assertEquals(404, get(service, "/public", TOKEN).statusCode());
      assertEquals(404, post(service, "/public", FORM, MEETING_FOR_FIGURES).statusCode());
    }
  }

  @Test
  void publicAnswersEndpoint_givesTheSchemasAnswer_withAToken() throws Exception {
    try (ServiceUnderTest service = serve()) {
      HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(uri(service, "/public-answers"))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
          .POST(BodyPublishers.ofString(ServiceUnderTest.MEETING)).build(), BodyHandlers.ofString());

      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(List.of(), Schemas.PUBLIC_ANSWER.validate(EngagementJson.parse(answer.body())).stream()
          .map(Object::toString).toList());
      assertFalse(answer.body().contains("Cal Whitfield"), answer.body());
    }
  }

  @Test
  void unansweredQuestions_areShownAgainWithWhatToFix() throws Exception {
    try (ServiceUnderTest service = serve("--public-page")) {
      HttpResponse<String> answer = post(service, "/public", FORM, "help=talk&organisation=" + ORGANISATION);

      assertEquals(400, answer.statusCode());
      assertTrue(answer.body().contains("There is a problem"), answer.body());
      assertTrue(answer.body().contains("<a href=\"#kind-meeting\">Select what kind of meeting or event it is</a>"));
      assertTrue(answer.body().contains("value=\"talk\" checked"), "what was chosen stays chosen");
    }
  }

  @Test
  void oversizedBody_is413_andAnotherMediaType_is415() throws Exception {
    try (ServiceUnderTest service = serve("--public-page")) {
      HttpResponse<String> large = post(service, "/public", FORM, MEETING_FOR_FIGURES + "&x=" + "y".repeat(5000));
      HttpResponse<String> json = post(service, "/public", "application/json", ServiceUnderTest.MEETING);

      assertEquals(413, large.statusCode());
      assertTrue(large.body().contains("Your answers are too long"), large.body());
      assertEquals(415, json.statusCode());
    }
  }

  @Test
  void eachClient_mayPostThirtyFormsAMinute() throws Exception {
    try (ServiceUnderTest service = serve("--public-page")) {
      for (int i = 0; i < 30; i++) {
        assertEquals(200, post(service, "/public", FORM, MEETING_FOR_FIGURES).statusCode(), "post " + i);
      }
      HttpResponse<String> limited = post(service, "/public", FORM, MEETING_FOR_FIGURES);

      assertEquals(429, limited.statusCode());
      assertTrue(limited.body().contains("Wait a minute, then try again."), limited.body());
      assertEquals(200, get(service, "/public", null).statusCode(), "reading the questions is not limited");
    }
  }

  @Test
  void organisationsName_andTheAnswer_areNeverLogged() throws Exception {
    Path accessLog = directory.resolve("access.log");
    try (ServiceUnderTest.LogCapture logged = new ServiceUnderTest.LogCapture()) {
      try (ServiceUnderTest service = serve("--public-page", "--access-log", accessLog.toString())) {
        assertEquals(200, post(service, "/public", FORM, MEETING_FOR_FIGURES).statusCode());
        assertEquals(400, post(service, "/public", FORM, "organisation=" + ORGANISATION).statusCode());
      }

      List<String> messages = logged.events().stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertTrue(messages.stream().noneMatch(m -> m.contains("Zebra") || m.contains("crime figures")), messages::toString);
      String access = Files.readString(accessLog);
      assertTrue(access.contains("POST /public"), access);
      assertFalse(access.contains("Zebra"), access);
    }
  }

  @Test
  void publicPage_withDecisionRecords_isRefused() {
    ParameterException refused = assertThrows(ParameterException.class,
        () -> serve("--public-page", "--record", directory.resolve("records.jsonl").toString()));

    assertTrue(refused.getMessage().contains("--public-page stores nothing"), refused.getMessage());
  }
}

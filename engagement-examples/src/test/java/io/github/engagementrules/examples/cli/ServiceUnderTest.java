package io.github.engagementrules.examples.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.engagementrules.examples.Samples;
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
import org.slf4j.LoggerFactory;

/**
 * {@code serve} started in this JVM for a test, on a free port, with the sample roster copied into a folder of the
 * test's, and a client for it. Close it to stop the service.
 */
final class ServiceUnderTest implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** The first sample: a meeting asking for statistics, redirected to the borough's Community Engagement Volunteer. */
  static final String MEETING = Samples.text("opportunities.jsonl").lines().findFirst().orElseThrow();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  private final ServeCommand.Running running;
  private final URI base;

  private ServiceUnderTest(ServeCommand.Running running) {
    this.running = running;
    this.base = URI.create("http://127.0.0.1:" + running.server().port() + "/");
  }

  /** Starts {@code serve --port 0 --roster DIRECTORY/roster.json ARGS}, the sample roster written there first. */
  static ServiceUnderTest start(Path directory, String... args) throws Exception {
    Path roster = directory.resolve("roster.json");
    if (!Files.exists(roster)) {
      Files.writeString(roster, Samples.text("roster.json"));
    }
    List<String> all = new ArrayList<>(List.of("--port", "0", "--roster", roster.toString()));
    all.addAll(List.of(args));
    return new ServiceUnderTest(
        ServeCommand.start(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
  }

  ServeCommand.Running running() {
    return running;
  }

  int port() {
    return running.server().port();
  }

  /** {@code GET path}, with {@code headers} given as name, value, name, value... */
  HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
  }

  /** {@code POST /decisions} of {@code body} as {@code contentType}, with more {@code headers} (name, value...). */
  HttpResponse<String> post(String body, String contentType, String... headers)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(base.resolve("decisions")).header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body)),
        headers);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String... headers)
      throws IOException, InterruptedException {
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.timeout(TIMEOUT).build(), BodyHandlers.ofString());
  }

  @Override
  public void close() {
    running.close();
  }

  /** The log events of this JVM while it is open, as logback hands them to its appenders. */
  static final class LogCapture implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root =
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    LogCapture() {
      appender.start();
      root.addAppender(appender);
    }

    List<ILoggingEvent> events() {
      return appender.list;
    }

    LoggerContext context() {
      return root.getLoggerContext();
    }

    @Override
    public void close() {
      root.detachAppender(appender);
    }
  }
}

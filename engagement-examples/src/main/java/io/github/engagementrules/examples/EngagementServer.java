package io.github.engagementrules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.engagementrules.model.EngagementJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP server on the JDK's own {@code com.sun.net.httpserver}: a registry of endpoints by method and exact
 * path, a fallback for every other path (404 unless replaced, e.g. by static files at {@code /}), JSON problem
 * responses, request-size limits, a bounded thread pool and graceful shutdown. The engagement endpoints themselves are
 * registered by {@link EngagementService}.
 *
 * <p>Endpoints may be registered until {@link #start()}; after that the server is safe to use from any thread.
 */
final class EngagementServer implements AutoCloseable {
  /** The JSON media type, in requests and responses. */
  static final String JSON = "application/json";

  private static final Logger LOG = LoggerFactory.getLogger(EngagementServer.class);
  private static final int QUEUED_REQUESTS_PER_THREAD = 16;
  /** The most bytes of an oversized request body read (and discarded) so that the client can read the 413. */
  private static final long DRAINED_BYTES = 16L * 1024 * 1024;

  /** Handles one request. */
  @FunctionalInterface
  interface Endpoint {
    /**
     * Answers a request.
     *
     * @throws Problem for a request the endpoint refuses, with its status
     * @throws IOException when the request cannot be read
     */
    Response handle(Request request) throws IOException;
  }

  /**
   * A request as endpoints see it.
   *
   * @param method the HTTP method, upper case
   * @param path the decoded path, without the query
   * @param headers the request headers
   * @param body the request body, not yet read
   * @param maxBodyBytes the most body bytes {@link #bodyText()} accepts
   */
  record Request(String method, String path, Headers headers, InputStream body, int maxBodyBytes) {
    /** The media type of the body, lower case and without parameters; empty when none was given. */
    String mediaType() {
      String type = headers.getFirst("Content-Type");
      return type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the whole body as UTF-8 text.
     *
     * @throws Problem 413 when the body is longer than {@link #maxBodyBytes()}
     */
    String bodyText() throws IOException {
      String length = headers.getFirst("Content-Length");
      if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
        throw tooLarge(Long.parseLong(length) <= DRAINED_BYTES);
      }
      byte[] bytes = body.readNBytes(maxBodyBytes + 1);
      if (bytes.length > maxBodyBytes) {
        throw tooLarge(true);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The 413 problem. A client still sending its body reads a reset connection rather than the answer, so a body of
     * moderate size is read and discarded first; a larger one is cut off.
     */
    private Problem tooLarge(boolean drain) throws IOException {
      if (drain) {
        long skipped = 0;
        byte[] discard = new byte[8192];
        for (int n = body.read(discard); n >= 0 && skipped < DRAINED_BYTES; n = body.read(discard)) {
          skipped += n;
        }
      }
      return new Problem(413, "the request body is larger than the limit of " + maxBodyBytes + " bytes");
    }
  }

  /**
   * A response.
   *
   * @param status the HTTP status
   * @param contentType the body's media type
   * @param body the body
   */
  record Response(int status, String contentType, byte[] body) {
    /** A JSON response. */
    static Response json(int status, JsonNode json) {
      return new Response(status, JSON, EngagementJson.write(json).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A request refused with an HTTP status and a plain-language reason, sent as a JSON problem. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    Problem(int status, String message) {
      this(status, message, null);
    }

    /** A problem carrying a library error code such as {@code ENG-101}. */
    Problem(int status, String message, String code) {
      super(message);
      this.status = status;
      this.code = code;
    }

    Response toResponse() {
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", status).put("error", getMessage());
      if (code != null) {
        body.put("code", code);
      }
      return Response.json(status, body);
    }
  }

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final int maxBodyBytes;
  private final Map<String, Map<String, Endpoint>> routes = new ConcurrentHashMap<>();
  private volatile Endpoint fallback =
      request -> {
        throw new Problem(404, "no resource at " + request.path());
      };

  /**
   * Binds a server; it serves nothing until {@link #start()}.
   *
   * @param address where to listen; port 0 picks a free port (see {@link #port()})
   * @param threads how many requests are handled at once; more wait in a bounded queue
   * @param maxBodyBytes the largest request body accepted
   * @throws IOException when the address cannot be bound
   */
  EngagementServer(InetSocketAddress address, int threads, int maxBodyBytes) throws IOException {
    this.maxBodyBytes = maxBodyBytes;
    this.server = HttpServer.create(address, 0);
    AtomicInteger count = new AtomicInteger();
    // When every thread is busy and the queue is full, the accepting thread handles the request itself: that slows
    // accepting down (back-pressure) instead of dropping the connection.
    this.executor =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * QUEUED_REQUESTS_PER_THREAD),
            r -> new Thread(r, "engagement-http-" + count.incrementAndGet()), new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
  }

  /**
   * Registers an endpoint for a method and an exact path; another method on that path gets 405.
   *
   * @throws IllegalStateException when the method and path already have an endpoint
   */
  EngagementServer route(String method, String path, Endpoint endpoint) {
    Endpoint previous =
        routes.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).putIfAbsent(method.toUpperCase(Locale.ROOT), endpoint);
    if (previous != null) {
      throw new IllegalStateException(method + " " + path + " is already registered");
    }
    return this;
  }

  /** Replaces what answers paths no route matches (by default 404), for example a static file handler. */
  EngagementServer fallback(Endpoint endpoint) {
    this.fallback = endpoint;
    return this;
  }

  /** The registered paths and, for each, its methods, sorted. */
  Map<String, Set<String>> routes() {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    new TreeSet<>(routes.keySet()).forEach(p -> copy.put(p, new TreeSet<>(routes.get(p).keySet())));
    return copy;
  }

  /** Starts serving. */
  void start() {
    server.start();
  }

  /** The port the server listens on (the one picked when it was bound to port 0). */
  int port() {
    return server.getAddress().getPort();
  }

  /**
   * Stops accepting connections, lets requests in progress finish for up to {@code delaySeconds}, then stops.
   *
   * @param delaySeconds the longest wait for requests in progress
   */
  void stop(int delaySeconds) {
    server.stop(delaySeconds);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(delaySeconds, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Stops at once, for tests and try-with-resources. */
  @Override
  public void close() {
    stop(0);
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    Response response;
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String path = exchange.getRequestURI().getPath();
      Request request = new Request(method, path, exchange.getRequestHeaders(), exchange.getRequestBody(), maxBodyBytes);
      try {
        response = endpoint(method, path, exchange.getResponseHeaders()).handle(request);
      } catch (Problem problem) {
        response = problem.toResponse();
      } catch (RuntimeException e) {
        LOG.error("{} {} failed", method, path, e);
        response = new Problem(500, "internal error: " + e.getClass().getSimpleName()).toResponse();
      }
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (response.status() == 413) {
        // The rest of an oversized body is not read; tell the client not to reuse the connection.
        exchange.getResponseHeaders().set("Connection", "close");
      }
      boolean hasBody = !method.equals("HEAD") && response.body().length > 0;
      exchange.sendResponseHeaders(response.status(), hasBody ? response.body().length : -1);
      if (hasBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response.body());
        }
      }
    }
  }

  private Endpoint endpoint(String method, String path, Headers responseHeaders) {
    Map<String, Endpoint> byMethod = routes.get(path);
    if (byMethod == null) {
      return fallback;
    }
    Endpoint endpoint = byMethod.get(method);
    if (endpoint == null) {
      String allowed = String.join(", ", new TreeSet<>(byMethod.keySet()));
      responseHeaders.set("Allow", allowed);
      return request -> {
        throw new Problem(405, method + " is not allowed on " + path + "; allowed: " + allowed);
      };
    }
    return endpoint;
  }
}

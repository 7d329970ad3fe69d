package io.github.engagementrules.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.examples.records.BatchDecider;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The HTTP server of {@code serve}, on Jetty 12: a registry of endpoints by method and exact path, a fallback for
 * every other path (404 unless replaced, e.g. by static files), JSON problem responses for every error (Jetty's own
 * included), bearer tokens, TLS, security headers and an access log without personal data.
 *
 * <p>Slow clients hold no thread: request bodies are read asynchronously, an idle connection is closed after {@link
 * Config#idleTimeout()}, and a body sent slower than {@link Config#minRequestBytesPerSecond()} is cut off. A body over
 * {@link Config#maxBodyBytes()} (after gzip inflation) is answered with a readable 413. {@link #stop()} is graceful:
 * the server stops accepting, and requests in progress finish for up to {@link Config#stopTimeout()}. HEAD is answered
 * wherever GET is.
 *
 * <p>Endpoints may be registered until {@link #start()}; after that the server is safe to use from any thread.
 */
public final class EngagementServer implements AutoCloseable {
  /** The JSON media type, in requests and responses. */
  public static final String JSON = "application/json";

  private static final Logger LOG = LoggerFactory.getLogger(EngagementServer.class);
  /** The security policy of every response but the playground's page: nothing may be loaded, nor framed. */
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  /** The security policy of HTML pages: their own scripts, styles and images, and calls to this server only. */
  private static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
          + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
  /** The security policy of the HTML pages registered with {@link #formPage}: as {@link #PAGE_POLICY}, but forms post here. */
  private static final String FORM_PAGE_POLICY = PAGE_POLICY.replace("form-action 'none'", "form-action 'self'");
  // The headers of every response, encoded once rather than looked up and encoded on each.
  private static final HttpField NO_SNIFFING = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
  private static final HttpField API_POLICY_HEADER = new PreEncodedHttpField("Content-Security-Policy", API_POLICY);
  private static final HttpField PAGE_POLICY_HEADER = new PreEncodedHttpField("Content-Security-Policy", PAGE_POLICY);
  private static final HttpField FORM_PAGE_POLICY_HEADER =
      new PreEncodedHttpField("Content-Security-Policy", FORM_PAGE_POLICY);
  private static final HttpField NO_FRAMING = new PreEncodedHttpField("X-Frame-Options", "DENY");
  private static final HttpField NO_REFERRER = new PreEncodedHttpField("Referrer-Policy", "no-referrer");
  private static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
  private static final HttpField JSON_CONTENT_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, JSON);
  /** The paths that answer without a token: load balancers and monitors probe them. */
  private static final Set<String> PROBES = Set.of("/health", "/ready");
  /** The request attribute naming the route a request took, for metrics. */
  private static final String ROUTE = EngagementServer.class.getName() + ".route";
  /** The route of every request no endpoint is registered for (so that clients cannot make up metric series). */
  private static final String OTHER_ROUTE = "other";
  /** The header carrying a request's id, from the client or made up, echoed in the response and the logs. */
  public static final String REQUEST_ID = "X-Request-Id";
  /** The key of the request's id in the logging context (slf4j's MDC), so in each JSON log line's {@code mdc}. */
  public static final String REQUEST_ID_KEY = "requestId";
  private static final java.util.regex.Pattern SENSIBLE_REQUEST_ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  /** The request attribute set once its body was read to its end. */
  private static final String BODY_READ = EngagementServer.class.getName() + ".bodyRead";
  /** A Java class name in a message (java.util.zip.ZipException), which an answer must never show. */
  private static final java.util.regex.Pattern CLASS_NAME =
      java.util.regex.Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*");
  /** What a 503 tells a client to wait before it tries again, in seconds. */
  private static final String RETRY_AFTER_SECONDS = "5";
  /** How long a request body may take before its rate is checked: the first packets may lag behind the headers. */
  private static final long RATE_GRACE_NANOS = 2_000_000_000L;

  /**
   * How the server listens and what it allows.
   *
   * @param host the address to listen on
   * @param port the port; 0 picks a free one (see {@link #port()})
   * @param threads how many requests are worked on at once
   * @param maxBodyBytes the largest request body accepted, after inflation
   * @param idleTimeout how long a connection may stay silent
   * @param minRequestBytesPerSecond the slowest a request body may be sent
   * @param stopTimeout how long requests in progress may take to finish when the server stops
   * @param tokens the bearer tokens accepted; none means no authentication
   * @param tls the key store to serve HTTPS with; empty for plain HTTP
   * @param accessLog the file to append the access log to, if any
   * @param maxConnections the most connections open at once; further clients wait until one closes
   * @param publicPaths paths that answer without a token besides {@code /health} and {@code /ready} (for example
   *     {@code /metrics} on a network where the metrics are not sensitive)
   */
  public record Config(
      String host,
      int port,
      int threads,
      int maxBodyBytes,
      Duration idleTimeout,
      long minRequestBytesPerSecond,
      Duration stopTimeout,
      BearerTokens tokens,
      Optional<Tls> tls,
      Optional<Path> accessLog,
      int maxConnections,
      Set<String> publicPaths) {}

  /**
   * A PKCS#12 key store holding the server's key and certificate.
   *
   * @param keyStore the {@code .p12} file
   * @param password its password
   */
  public record Tls(Path keyStore, String password) {
    @Override
    public String toString() {
      return "Tls[keyStore=" + keyStore + "]"; // never the password
    }
  }

  /** Handles one request. */
  @FunctionalInterface
  public interface Endpoint {
    /**
     * Answers a request.
     *
     * @param request the request, its body read
     * @return the response
     * @throws Problem for a request the endpoint refuses, with its status
     */
    Response handle(Request request);
  }

  /**
   * A request as endpoints see it.
   *
   * @param method the HTTP method, upper case
   * @param path the decoded path, without the query
   * @param contentType the {@code Content-Type} header, or {@code ""}
   * @param body the request body, inflated when it was sent gzipped; empty for GET and HEAD
   * @param client the client's address, for limits per client (never logged by an endpoint)
   */
  public record Request(String method, String path, String contentType, byte[] body, String client) {}

  /**
   * A response.
   *
   * @param status the HTTP status
   * @param contentType the body's media type
   * @param body the body
   */
  public record Response(int status, String contentType, byte[] body) {
    /** A JSON response; U+2028 and U+2029 are escaped, as everywhere this tool writes JSON. */
    public static Response json(int status, JsonNode json) {
      return new Response(status, JSON, BatchDecider.write(json).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A request refused with an HTTP status and a plain-language reason, sent as a JSON problem. */
  public static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    /** A problem with an HTTP status and a reason. */
    public Problem(int status, String message) {
      this(status, message, null);
    }

    /** A problem carrying a library error code such as {@code ENG-101}. */
    public Problem(int status, String message, String code) {
      super(message);
      this.status = status;
      this.code = code;
    }

    /** The HTTP status. */
    public int status() {
      return status;
    }

    Response toResponse() {
      return Response.json(status, body(status, getMessage(), code));
    }

    static ObjectNode body(int status, String message, String code) {
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", status).put("error", message);
      if (code != null) {
        body.put("code", code);
      }
      return body;
    }
  }

  private final Config config;
  private final Server server;
  private final ServerConnector connector;
  /** Lets requests in progress finish on {@link #stop()}, and answers new ones 503 meanwhile. */
  private final GracefulHandler graceful;
  /**
   * The access log: address, method, path without the query, status, bytes and time. Never a header or a body, so no
   * officer's or stakeholder's name, nor a token, is ever logged.
   */
  private final Optional<RequestLogWriter> accessLogWriter;
  private final Map<String, Map<String, Endpoint>> routes = new ConcurrentHashMap<>();
  /** The paths whose HTML pages hold forms that post to this server. */
  private final Set<String> formPages = ConcurrentHashMap.newKeySet();
  private volatile ServiceMetrics metrics;
  private volatile Endpoint fallback =
      request -> {
        throw new Problem(404, "no resource at " + request.path());
      };

  /**
   * Configures a server; it binds and serves nothing until {@link #start()}.
   *
   * @param config how to listen and what to allow
   */
  public EngagementServer(Config config) {
    this.config = config;
    // Jetty needs a thread to accept and one to select, besides those that work on requests.
    QueuedThreadPool threads = new QueuedThreadPool(config.threads() + 2, Math.min(config.threads() + 2, 4));
    threads.setName("engagement-http");
    threads.setReservedThreads(0);
    this.server = new Server(threads);

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(8 * 1024);
    HttpConnectionFactory plain = new HttpConnectionFactory(http);
    if (config.tls().isPresent()) {
      SecureRequestCustomizer secure = new SecureRequestCustomizer();
      secure.setSniHostCheck(false); // clients reach the service by address as often as by name
      secure.setStsMaxAge(Duration.ofDays(365).toSeconds());
      http.addCustomizer(secure);
      SslContextFactory.Server tls = new SslContextFactory.Server();
      tls.setKeyStorePath(config.tls().get().keyStore().toString());
      tls.setKeyStorePassword(config.tls().get().password());
      tls.setKeyStoreType("PKCS12");
      this.connector = new ServerConnector(server, 1, 1, new SslConnectionFactory(tls, "http/1.1"), plain);
    } else {
      this.connector = new ServerConnector(server, 1, 1, plain);
    }
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(config.idleTimeout().toMillis());
    connector.setAcceptedTcpNoDelay(true);
    server.addConnector(connector);
    // Past the limit the connector stops accepting; the kernel's backlog holds further clients until one closes.
    server.addBean(new NetworkConnectionLimit(config.maxConnections(), connector));

    GzipHandler gzip = new GzipHandler(new Router());
    gzip.setInflateBufferSize(8 * 1024); // accept Content-Encoding: gzip request bodies
    gzip.setMinGzipSize(Integer.MAX_VALUE); // and leave responses as they are
    this.graceful = new GracefulHandler(gzip);
    server.setHandler(graceful);
    server.setStopTimeout(config.stopTimeout().toMillis());
    server.setErrorHandler(new ProblemErrorHandler());
    this.accessLogWriter = config.accessLog().map(file -> new RequestLogWriter(file.toString()));
    accessLogWriter.ifPresent(
        writer -> {
          writer.setAppend(true);
          server.setRequestLog(new CustomRequestLog(writer, "%{client}a - %t \"%m %U %H\" %s %O %{ms}T ms %{X-Request-Id}o"));
        });
  }

  /**
   * Closes the access log and opens its path again (creating the file when it was moved away), as SIGHUP does for
   * tools that rotate logs by moving them; lines of requests meanwhile go to one file or the other, whole.
   */
  public void reopenAccessLog() {
    accessLogWriter.ifPresent(
        writer -> {
          try {
            writer.stop();
            writer.start();
          } catch (Exception e) {
            LOG.error("cannot reopen the access log {}: {}", writer.getFileName(), e.getMessage());
          }
        });
  }

  /**
   * Registers an endpoint for a method and an exact path; another method on that path gets 405, HEAD is answered
   * where GET is.
   *
   * @throws IllegalStateException when the method and path already have an endpoint
   */
  public EngagementServer route(String method, String path, Endpoint endpoint) {
    Endpoint previous =
        routes.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).putIfAbsent(method.toUpperCase(Locale.ROOT), endpoint);
    if (previous != null) {
      throw new IllegalStateException(method + " " + path + " is already registered");
    }
    return this;
  }

  /**
   * Lets the HTML pages at {@code path} (a registered route) hold forms that post to this server: their
   * Content-Security-Policy says {@code form-action 'self'} rather than {@code 'none'}.
   */
  public EngagementServer formPage(String path) {
    formPages.add(path);
    return this;
  }

  /**
   * Replaces what answers paths no route matches (by default 404), for example a static file handler; it answers
   * without a token, so it must serve nothing but public files.
   */
  public EngagementServer fallback(Endpoint endpoint) {
    this.fallback = endpoint;
    return this;
  }

  /**
   * Counts every request answered in {@code metrics} (latency, status, rejections) and reports the open connections;
   * call before {@link #start()}.
   */
  public EngagementServer metrics(ServiceMetrics metrics) {
    this.metrics = metrics;
    metrics.connections(() -> connector.getConnectedEndPoints().size());
    return this;
  }

  /** The registered paths and, for each, its methods (HEAD not listed), sorted. */
  public Map<String, Set<String>> routes() {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    new TreeSet<>(routes.keySet()).forEach(p -> copy.put(p, new TreeSet<>(routes.get(p).keySet())));
    return copy;
  }

  /**
   * Binds the address and starts serving.
   *
   * @throws Exception when the address cannot be bound or the key store cannot be read
   */
  public void start() throws Exception {
    server.start();
  }

  /** The port the server listens on (the one picked when it was bound to port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Whether the server is shutting down: new requests are answered 503, those in progress finish. */
  public boolean shuttingDown() {
    return graceful.isShutdown();
  }

  /** Whether the server accepts new connections now: not while {@link Config#maxConnections()} are open. */
  public boolean accepting() {
    return connector.isAccepting();
  }

  /** The scheme clients use: {@code https} with TLS, else {@code http}. */
  public String scheme() {
    return config.tls().isPresent() ? "https" : "http";
  }

  /**
   * Stops gracefully: stops accepting connections, lets requests in progress finish for up to {@link
   * Config#stopTimeout()}, then closes every connection.
   */
  public void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("the HTTP server did not stop cleanly: {}", e.toString());
    }
  }

  /** Stops, as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Routes each request to its endpoint, after checking its token, with its body read without holding a thread. */
  private final class Router extends Handler.Abstract {
    @Override
    public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
        Callback callback) {
      HttpFields.Mutable headers = response.getHeaders();
      String method = request.getMethod().toUpperCase(Locale.ROOT);
      String path = org.eclipse.jetty.server.Request.getPathInContext(request);
      Map<String, Endpoint> byMethod = routes.get(path);
      request.setAttribute(ROUTE, byMethod == null ? OTHER_ROUTE : path);
      String requestId = requestId(request.getHeaders().get(REQUEST_ID));
      request.setAttribute(REQUEST_ID, requestId);
      headers.put(REQUEST_ID, requestId);
      Endpoint endpoint;
      if (byMethod == null) {
        endpoint = fallback;
      } else {
        endpoint = byMethod.get(method.equals("HEAD") && !byMethod.containsKey("HEAD") ? "GET" : method);
        if (endpoint == null) {
          Set<String> allowed = new TreeSet<>(byMethod.keySet());
          if (allowed.contains("GET")) {
            allowed.add("HEAD");
          }
          String allow = String.join(", ", allowed);
          headers.put(HttpHeader.ALLOW, allow);
          endpoint = r -> {
            throw new Problem(405, method + " is not allowed on " + path + "; allowed: " + allow);
          };
        }
        if (!PROBES.contains(path) && !config.publicPaths().contains(path) && !config.tokens().isEmpty()) {
          Optional<String> refusal = config.tokens().refusal(request.getHeaders().get(HttpHeader.AUTHORIZATION));
          if (refusal.isPresent()) {
            headers.put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"engagement\"");
            send(request, response, callback, new Problem(401, refusal.get()).toResponse());
            return true;
          }
        }
      }
      String contentType = Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).orElse("");
      Endpoint chosen = endpoint;
      long length = request.getLength();
      Optional<String> encoding = unsupportedEncoding(request.getHeaders().getValuesList(HttpHeader.CONTENT_ENCODING));
      if (encoding.isPresent() && length != 0) {
        send(request, response, callback, new Problem(415, "Content-Encoding '" + encoding.get() + "' is not"
            + " supported: send the body uncompressed or as gzip").toResponse());
      } else if (length > config.maxBodyBytes()) {
        send(request, response, callback, tooLarge());
      } else if (length == 0 || method.equals("GET") || method.equals("HEAD")) {
        send(request, response, callback,
            answer(chosen, new Request(method, path, contentType, new byte[0], client(request)), requestId));
      } else {
        new BodyReader(request, response, callback,
            body -> answer(chosen, new Request(method, path, contentType, body, client(request)), requestId)).run();
      }
      return true;
    }
  }

  private static String client(org.eclipse.jetty.server.Request request) {
    return org.eclipse.jetty.server.Request.getRemoteAddr(request);
  }

  /**
   * The first content coding other than gzip (which Jetty inflates) and identity, if any: an unknown coding must not be
   * read as if it were none.
   */
  private static Optional<String> unsupportedEncoding(List<String> headerValues) {
    if (headerValues.isEmpty()) {
      return Optional.empty(); // nearly every request: no stream pipeline for it
    }
    return headerValues.stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(coding -> coding.strip().toLowerCase(Locale.ROOT))
        .filter(coding -> !coding.isEmpty() && !coding.equals("gzip") && !coding.equals("x-gzip")
            && !coding.equals("identity"))
        .findFirst();
  }

  /** The most of an oversized body read and discarded after its 413, so that the client reads the answer. */
  private static final long DISCARD_LIMIT_BYTES = 64L * 1024 * 1024;

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static Response shutdownProblem() {
    return new Problem(503, "the service is shutting down: send the request again").toResponse();
  }

  private Response tooLarge() {
    return new Problem(413, "the request body is larger than the limit of " + config.maxBodyBytes() + " bytes")
        .toResponse();
  }

  /** The endpoint's answer, with the request's id in the logging context of whatever it logs. */
  private static Response answer(Endpoint endpoint, Request request, String requestId) {
    MDC.put(REQUEST_ID_KEY, requestId);
    try {
      return endpoint.handle(request);
    } catch (Problem problem) {
      return problem.toResponse();
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", request.method(), request.path(), e); // a bug: its stack trace is for us
      return new Problem(500, "internal error (request " + requestId + ")").toResponse();
    } finally {
      MDC.remove(REQUEST_ID_KEY);
    }
  }

  /** The client's {@code X-Request-Id} when it is a sensible id (letters, digits, {@code .:_-}, 1 to 128), else a new one. */
  private static String requestId(String sent) {
    return sent != null && SENSIBLE_REQUEST_ID.matcher(sent).matches() ? sent : randomUuid().toString();
  }

  /**
   * A random (version 4) UUID from {@link ThreadLocalRandom}: an id to find a request by, which need not be
   * unguessable, so without {@link UUID#randomUUID()}'s {@code SecureRandom} and its lock on every request.
   */
  private static UUID randomUuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long version4 = (random.nextLong() & ~0xF000L) | 0x4000L;
    long variant2 = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(version4, variant2);
  }

  /** Reads a request body chunk by chunk as it arrives, without holding a thread while waiting for the client. */
  private final class BodyReader implements Runnable {
    private final org.eclipse.jetty.server.Request request;
    private final org.eclipse.jetty.server.Response response;
    private final Callback callback;
    private final java.util.function.Function<byte[], Response> then;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    BodyReader(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response, Callback callback,
        java.util.function.Function<byte[], Response> then) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.then = then;
    }

    /** Whether the body, {@code received} bytes so far, comes slower than the minimum rate, after a grace second. */
    private boolean tooSlow(long received) {
      long nanos = System.nanoTime() - request.getHeadersNanoTime();
      return nanos > RATE_GRACE_NANOS && received * 1_000_000_000.0 / nanos < config.minRequestBytesPerSecond();
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk;
        try {
          chunk = request.read();
        } catch (RuntimeException e) {
          failed(e); // Jetty's gzip decoder throws on bytes that are not gzip
          return;
        }
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          failed(chunk.getFailure());
          return;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        if (body.size() + bytes.remaining() > config.maxBodyBytes()) {
          chunk.release();
          send(request, response, callback, tooLarge());
          return;
        }
        if (tooSlow(body.size() + bytes.remaining())) {
          chunk.release();
          send(request, response, callback, new Problem(408, "the request body arrives slower than "
              + config.minRequestBytesPerSecond() + " bytes per second").toResponse());
          return;
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        body.write(copy, 0, copy.length);
        chunk.release();
        if (chunk.isLast()) {
          request.setAttribute(BODY_READ, Boolean.TRUE);
          send(request, response, callback, then.apply(body.toByteArray()));
          return;
        }
      }
    }

    /**
     * The body could not be read: a body labelled gzip that is not is the client's error (400); a body cut off by
     * the server's shutdown is 503; otherwise the client is too slow or gone, and the connection is closed with the
     * failure (nothing more can be sent).
     */
    private void failed(Throwable failure) {
      if (causedBy(failure, ZipException.class)) {
        send(request, response, callback, new Problem(400, "the body is labelled 'Content-Encoding: gzip' but is not"
            + " gzip data").toResponse());
      } else if (server.isStopping()) {
        send(request, response, callback, shutdownProblem());
      } else {
        callback.failed(failure);
      }
    }
  }

  private void send(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
      Callback callback, Response answer) {
    count(request, answer.status());
    response.setStatus(answer.status());
    HttpFields.Mutable headers = response.getHeaders();
    securityHeaders(headers, answer.contentType(), formPages.contains(String.valueOf(request.getAttribute(ROUTE))));
    headers.put(contentType(answer.contentType()));
    headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
    boolean head = request.getMethod().equalsIgnoreCase("HEAD");
    if (answer.status() == 503) {
      headers.put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    if (answer.status() == 413) {
      // Staged close (RFC 9112 section 9.6): answer first, then read and discard the rest of the body, up to a
      // bound, before the connection closes. Closing with the client's data unread makes the kernel reset the
      // connection, and the client could lose the answer it was sent.
      headers.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
      writeThenDiscard(request, response, callback, answer);
      return;
    }
    if (answer.status() == 401 && request.getLength() != 0 && !head && !request.getMethod().equalsIgnoreCase("GET")) {
      // The body of a refused request is not wanted, but left unread it would make Jetty close the connection
      // under a client that goes on to reuse it: answer, then read and discard it, and the connection stays open.
      writeThenDiscard(request, response, callback, answer);
      return;
    }
    if (answer.status() >= 400 && bodyLeftUnread(request)) {
      // The rest of the body is not read (too slow to wait for, not gzip, an encoding refused, shutting down):
      // Jetty closes the connection after the answer, and the answer says so.
      headers.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
    response.write(true, head ? null : ByteBuffer.wrap(answer.body()), callback);
  }

  private static void writeThenDiscard(org.eclipse.jetty.server.Request request,
      org.eclipse.jetty.server.Response response, Callback callback, Response answer) {
    response.write(true, ByteBuffer.wrap(answer.body()),
        Callback.from(() -> new Discarder(request, DISCARD_LIMIT_BYTES, callback).run(), callback::failed));
  }

  /** Reads and discards what is left of a request body, at most {@code limit} bytes, then completes the request. */
  private static final class Discarder implements Runnable {
    private final Content.Source source;
    private final long limit;
    private final Callback callback;
    private long discarded;

    Discarder(Content.Source source, long limit, Callback callback) {
      this.source = source;
      this.limit = limit;
      this.callback = callback;
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk = source.read();
        if (chunk == null) {
          source.demand(this);
          return;
        }
        boolean done = chunk.isLast() || Content.Chunk.isFailure(chunk);
        discarded += chunk.remaining();
        chunk.release();
        if (done || discarded > limit) {
          callback.succeeded(); // the connection closes now (Connection: close)
          return;
        }
      }
    }
  }

  /** Whether the request has a body that was not read to its end. */
  private static boolean bodyLeftUnread(org.eclipse.jetty.server.Request request) {
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    return request.getLength() != 0 && !method.equals("GET") && !method.equals("HEAD")
        && request.getAttribute(BODY_READ) == null;
  }

  private void count(org.eclipse.jetty.server.Request request, int status) {
    ServiceMetrics counting = metrics;
    if (counting != null) {
      Object route = request.getAttribute(ROUTE);
      counting.answered(request.getMethod(), route == null ? OTHER_ROUTE : route.toString(), status,
          Duration.ofNanos(System.nanoTime() - request.getHeadersNanoTime()));
    }
  }

  private void securityHeaders(HttpFields.Mutable headers, String contentType, boolean formPage) {
    headers.put(NO_SNIFFING);
    headers.put(!contentType.startsWith("text/html") ? API_POLICY_HEADER
        : formPage ? FORM_PAGE_POLICY_HEADER : PAGE_POLICY_HEADER);
    headers.put(NO_FRAMING);
    headers.put(NO_REFERRER);
    headers.put(NO_STORE);
  }

  /** The content type of a response: JSON's pre-encoded, as nearly every response is JSON. */
  private static HttpField contentType(String contentType) {
    return contentType.equals(JSON) ? JSON_CONTENT_TYPE : new HttpField(HttpHeader.CONTENT_TYPE, contentType);
  }

  /** Jetty's own errors (a malformed request line, headers too large, a bad URI) as JSON problems too. */
  private final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(org.eclipse.jetty.server.Request request,
        org.eclipse.jetty.server.Response response, int code, String message, Throwable cause, Callback callback) {
      // Jetty's message may name a Java exception (a failure's toString()): never shown, the status's reason is.
      String reason = message == null || message.isBlank() || code >= 500 || CLASS_NAME.matcher(message).find()
          ? org.eclipse.jetty.http.HttpStatus.getMessage(code)
          : message;
      Response answer = Response.json(code, Problem.body(code, reason, null));
      count(request, code);
      securityHeaders(response.getHeaders(), JSON, false);
      if (code == 503) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
      }
      if (code >= 400 && bodyLeftUnread(request)) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
      }
      response.getHeaders().put(JSON_CONTENT_TYPE);
      response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
  }
}

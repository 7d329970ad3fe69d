package io.github.engagementrules.examples.playground;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.examples.http.EngagementServer.Problem;
import io.github.engagementrules.examples.http.EngagementServer.Request;
import io.github.engagementrules.examples.http.EngagementServer.Response;
import io.github.engagementrules.examples.http.EngagementServer;
import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy playground, registered on an {@link EngagementServer}: the web page at {@code /} with its files under
 * {@code /playground/} (resources of this jar, {@code playground/*}), and {@code GET /places}, the roster's boroughs
 * and wards by name for the page's choices. The page decides through {@code POST /decisions} and reads the guide
 * through {@code GET /rules}, both of {@link io.github.engagementrules.examples.http.EngagementService}.
 */
public final class Playground {
  /** The page's folder among this jar's resources, and its path prefix over HTTP. */
  static final String FOLDER = "/playground/";

  /**
   * The only file names served: one level, no dots but the extension's, so no path can leave the folder.
   */
  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|css|js|svg)");

  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml");

  private final Supplier<Roster> roster;

  /** A playground offering the wards of the roster in use at the time of each request (it may be reloaded). */
  public Playground(Supplier<Roster> roster) {
    this.roster = roster;
  }

  /** Registers {@code GET /places} and the page's files, which answer every path no other endpoint claims. */
  public void registerOn(EngagementServer server) {
    server.route("GET", "/places", request -> Response.json(200, places(roster.get()))).fallback(this::file);
  }

  /**
   * The boroughs and their wards, names only: officers' names are personal data the page does not need to offer
   * choices (decisions name the officers they concern).
   */
  static ObjectNode places(Roster roster) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    ArrayNode boroughs = out.putArray("boroughs");
    for (Borough borough : roster.boroughs()) {
      ObjectNode node = boroughs.addObject().put("name", borough.name());
      ArrayNode wards = node.putArray("wards");
      borough.wards().stream().map(Ward::name).forEach(wards::add);
    }
    return out;
  }

  /** {@code GET /} and {@code GET /playground/NAME}: a file of the page, or 404. */
  private Response file(Request request) {
    String path = request.path();
    String name = path.equals("/") ? "index.html" : path.startsWith(FOLDER) ? path.substring(FOLDER.length()) : null;
    Matcher matcher = name == null ? null : FILE_NAME.matcher(name);
    if (matcher == null || !matcher.matches()) {
      throw new Problem(404, "no resource at " + path);
    }
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      throw new Problem(405, request.method() + " is not allowed on " + path + "; allowed: GET, HEAD");
    }
    try (InputStream in = Playground.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new Problem(404, "no resource at " + path);
      }
      return new Response(200, CONTENT_TYPES.get(matcher.group(1)), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.engagementrules.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.authoring.Scenario;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads scenario files: one scenario object, or an array of them, per {@code .json} file. */
public final class ScenarioFiles {
  private static final Set<String> FIELDS = Set.of("name", "description", "roster", "opportunity", "expect");

  private final Roster defaultRoster;
  private final Map<Path, Roster> rosters = new HashMap<>();

  /** A reader whose scenarios without a {@code roster} field use {@code defaultRoster}. */
  public ScenarioFiles(Roster defaultRoster) {
    this.defaultRoster = defaultRoster;
  }

  /**
   * Reads scenario files, and every scenario file under directories (recursively, sorted by path; {@code .json} files
   * that hold a roster are skipped, so rosters may sit beside the scenarios that use them).
   *
   * @throws EngagementException {@link ErrorCode#INVALID_INPUT} naming the file, the scenario and the field
   */
  public List<Scenario> read(List<Path> paths) {
    List<Scenario> scenarios = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path file : jsonFiles(path)) {
          JsonNode json = parse(file);
          if (!(json.isObject() && json.has("boroughs"))) {
            scenarios.addAll(read(file, json));
          }
        }
      } else {
        scenarios.addAll(read(path, parse(path)));
      }
    }
    return scenarios;
  }

  private List<Scenario> read(Path file, JsonNode json) {
    List<Scenario> scenarios = new ArrayList<>();
    if (json.isArray()) {
      for (int i = 0; i < json.size(); i++) {
        scenarios.add(scenario(file, "[" + i + "]", json.get(i), fileName(file) + "[" + i + "]"));
      }
    } else {
      scenarios.add(scenario(file, "", json, fileName(file)));
    }
    return scenarios;
  }

  private Scenario scenario(Path file, String at, JsonNode json, String defaultName) {
    String where = file + ": " + (at.isEmpty() ? "" : at + ".");
    if (!json.isObject()) {
      throw invalid(file + ": " + (at.isEmpty() ? "the file" : at), "a scenario must be a JSON object, got " + json);
    }
    json.fieldNames().forEachRemaining(f -> {
      if (!FIELDS.contains(f)) {
        throw invalid(where + f, "unknown field; known: name, description, roster, "
            + "opportunity, expect");
      }
    });
    String name = json.hasNonNull("name") ? json.get("name").asText() : defaultName;
    Roster roster = json.hasNonNull("roster") ? roster(file, where, json.get("roster").asText()) : defaultRoster;
    if (roster == null) {
      throw invalid(where + "roster", "is required: no default roster was given");
    }
    JsonNode opportunityJson = json.get("opportunity");
    if (opportunityJson == null || !opportunityJson.isObject()) {
      throw invalid(where + "opportunity", "is required: the opportunity to decide, as a JSON object");
    }
    ObjectNode withId = ((ObjectNode) opportunityJson).deepCopy();
    if (!withId.has("id")) {
      withId.put("id", name); // the scenario's name identifies its opportunity unless it says otherwise
    }
    Opportunity opportunity;
    try {
      opportunity = EngagementJson.readOpportunity(withId);
    } catch (EngagementException e) {
      throw invalid(where + e.field().map(f -> "opportunity." + f).orElse("opportunity"), withoutField(e));
    }
    JsonNode expect = json.has("expect") ? json.get("expect") : JsonNodeFactory.instance.objectNode();
    try {
      Expectations.check(expect);
    } catch (EngagementException e) {
      throw invalid(where + e.field().orElse("expect"), withoutField(e));
    }
    return new Scenario(name, file.toString(), roster, opportunity, (ObjectNode) expect);
  }

  private Roster roster(Path file, String where, String reference) {
    Path path = file.toAbsolutePath().getParent().resolve(reference).normalize();
    Roster cached = rosters.get(path);
    if (cached != null) {
      return cached;
    }
    try {
      Roster roster = EngagementJson.readRoster(Files.readString(path, StandardCharsets.UTF_8));
      rosters.put(path, roster);
      return roster;
    } catch (IOException e) {
      throw invalid(where + "roster", "cannot read roster '" + reference + "' (" + path + "): " + e);
    } catch (EngagementException e) {
      throw invalid(where + "roster", "roster '" + reference + "': " + e.getMessage());
    }
  }

  private static JsonNode parse(Path file) {
    try {
      return EngagementJson.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw invalid(file.toString(), "cannot read the scenario file: " + e);
    } catch (EngagementException e) {
      throw invalid(file.toString(), e.getMessage());
    }
  }

  private static List<Path> jsonFiles(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw invalid(directory.toString(), "cannot read the scenario directory: " + e);
    }
  }

  /** The name a scenario of {@code file} without a {@code name} is given (with {@code [i]} in an array). */
  static String fileName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }

  /** The message of an error without its leading {@code field: }, which the caller puts back with more context. */
  private static String withoutField(EngagementException e) {
    return e.getMessage().substring(e.field().map(f -> f.length() + 2).orElse(0));
  }

  private static EngagementException invalid(String where, String message) {
    return new EngagementException(ErrorCode.INVALID_INPUT, null, where + ": " + message);
  }
}

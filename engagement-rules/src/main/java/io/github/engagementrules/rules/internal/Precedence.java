package io.github.engagementrules.rules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.rules.RuleProblem.Severity;
import io.github.engagementrules.rules.RuleProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The precedence a rule base declares, as data ({@code precedence.json} beside the rule files): the attendance tiers,
 * highest first, and the point-of-contact order, most specific first. The one resolver of findings
 * ({@link DecisionRecorder}) applies it. Immutable and thread-safe.
 *
 * @param tiers the attendance tiers, highest first, each with what it means
 * @param contactOrder the roles that may be a point of contact, most specific first, each with why it ranks there
 * @param source where it was declared
 */
public record Precedence(Map<String, String> tiers, Map<Role, String> contactOrder, String source) {
  /** The file name a rule folder declares its precedence in. */
  public static final String FILE_NAME = "precedence.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** A precedence, keeping the declared orders. */
  public Precedence {
    tiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
    contactOrder = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contactOrder));
  }

  /** Whether {@code source} is a precedence declaration rather than a DRL file. */
  public static boolean declares(RuleFile source) {
    return EditionFiles.named(source, FILE_NAME);
  }

  /** The precedence of the built-in guide, used by rule folders that declare none of their own. */
  public static Precedence builtIn() {
    String resource = RuleFiles.BUILT_IN_FOLDER + FILE_NAME;
    try (InputStream in = Precedence.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the engagement-rules jar");
      }
      List<RuleProblem> problems = new ArrayList<>();
      Precedence precedence =
          parse(RuleFile.of(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)), problems);
      if (precedence == null) {
        throw new IllegalStateException("the built-in " + resource + " is invalid: " + problems);
      }
      return precedence;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a declaration, adding every problem (with its line) to {@code problems}.
   *
   * @return the precedence, or {@code null} when it has errors
   */
  public static Precedence parse(RuleFile source, List<RuleProblem> problems) {
    int before = problems.size();
    JsonNode root;
    try {
      root = JSON.readTree(source.content());
    } catch (IOException e) {
      JsonLocation at = e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getLocation() : null;
      problems.add(problem(source, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
          "not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
      return null;
    }
    if (root == null || !root.isObject()) {
      problems.add(problem(source, 1, 1, "must be a JSON object with attendanceTiers and pointOfContactOrder"));
      return null;
    }
    Map<String, String> tiers = new LinkedHashMap<>();
    for (JsonNode tier : entries(source, root, "attendanceTiers", problems)) {
      String name = tier.path("tier").asText("");
      if (!name.matches("[a-z][a-z0-9-]*")) {
        problems.add(problem(source, EditionFiles.line(source, name), 1,
            "attendanceTiers: tier '" + name + "' must be a lower-case name such as \"emergency\""));
      } else if (tiers.putIfAbsent(name, tier.path("meaning").asText("")) != null) {
        problems.add(problem(source, EditionFiles.line(source, name), 1,
            "attendanceTiers: tier '" + name + "' is declared twice"));
      }
    }
    Map<Role, String> order = new LinkedHashMap<>();
    for (JsonNode entry : entries(source, root, "pointOfContactOrder", problems)) {
      String name = entry.path("role").asText("");
      Optional<Role> role = java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
      if (role.isEmpty()) {
        problems.add(problem(source, EditionFiles.line(source, name), 1,
            "pointOfContactOrder: '" + name + "' is not a role (known: " + java.util.Arrays.toString(Role.values()) + ")"));
      } else if (order.putIfAbsent(role.get(), entry.path("why").asText("")) != null) {
        problems.add(problem(source, EditionFiles.line(source, name), 1,
            "pointOfContactOrder: '" + name + "' is listed twice"));
      }
    }
    return problems.size() == before ? new Precedence(tiers, order, source.name()) : null;
  }

  /** The rank of a tier, 0 for the highest; empty for a tier not declared. */
  public Optional<Integer> rank(String tier) {
    int rank = 0;
    for (String declared : tiers.keySet()) {
      if (declared.equals(tier)) {
        return Optional.of(rank);
      }
      rank++;
    }
    return Optional.empty();
  }

  /** The rank of a role in the point-of-contact order, 0 for the most specific; empty for a role not listed. */
  public Optional<Integer> contactRank(Role role) {
    int rank = 0;
    for (Role declared : contactOrder.keySet()) {
      if (declared == role) {
        return Optional.of(rank);
      }
      rank++;
    }
    return Optional.empty();
  }

  private static List<JsonNode> entries(RuleFile source, JsonNode root, String field, List<RuleProblem> problems) {
    JsonNode array = root.get(field);
    if (array == null || !array.isArray() || array.isEmpty()) {
      problems.add(problem(source, 1, 1, field + ": must be a non-empty array"));
      return List.of();
    }
    List<JsonNode> entries = new ArrayList<>();
    array.forEach(entries::add);
    return entries;
  }

  private static RuleProblem problem(RuleFile source, int line, int column, String message) {
    return RuleProblem.builder()
        .file(source.name())
        .line(line)
        .column(column)
        .message(message)
        .severity(Severity.ERROR)
        .build();
  }
}

package io.github.engagementrules.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.authoring.ContactAgreement;
import io.github.engagementrules.authoring.DecisionInvariants;
import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Priority;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Suggestions;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code expect} object of a scenario: checked when the file is read (unknown fields and values are errors naming
 * the field), then compared with a decision, yielding one readable line per field that does not match.
 *
 * <p>Fields: {@code attendance}, {@code attendee} (equal; {@code null} for none); {@code pointOfContact} ({@code null}
 * or an object whose given fields must match); {@code contacts}, {@code escalations} (the same number of entries,
 * each matching one actual entry on its given fields, in any order); {@code actions}, {@code channels} (exactly
 * these, in any order); {@code firedRules}, {@code sections} (each of these decided or stands, others may too);
 * {@code notFiredRules} (none of these fired: its finding neither stands nor was overridden); {@code overriddenRules} (each of these found something that
 * a finding of higher precedence overrode); {@code error}
 * (the decision fails with this code, such as {@code ENG-201}); {@code invariants} ({@code true}: the decision keeps
 * every {@link DecisionInvariants} property).
 */
public final class Expectations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, Class<? extends Enum<?>>> CONTACT_FIELDS =
      Map.of("role", Role.class, "remit", Remit.class, "id", None.class, "name", None.class);
  private static final Map<String, Class<? extends Enum<?>>> ESCALATION_FIELDS =
      Map.of("to", Role.class, "priority", Priority.class, "reason", None.class);

  /** Marks a text field that takes any value. */
  private enum None {}

  private Expectations() {}

  /**
   * Checks an {@code expect} object.
   *
   * @throws EngagementException {@link ErrorCode#INVALID_INPUT} naming the field ({@code expect.attendance}) and value
   */
  static void check(JsonNode expect) {
    if (!expect.isObject()) {
      throw invalid("expect", "must be an object of expected decision fields, got " + expect);
    }
    for (Map.Entry<String, JsonNode> field : expect.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      String path = "expect." + name;
      switch (name) {
        case "attendance" -> enumValue(path, value, Attendance.class, false);
        case "attendee" -> enumValue(path, value, Role.class, true);
        case "pointOfContact" -> {
          if (!value.isNull()) {
            object(path, value, CONTACT_FIELDS);
          }
        }
        case "contacts" -> objects(path, value, CONTACT_FIELDS);
        case "escalations" -> objects(path, value, ESCALATION_FIELDS);
        case "actions" -> texts(path, value, Action.class);
        case "channels" -> texts(path, value, Channel.class);
        case "firedRules", "notFiredRules", "sections", "overriddenRules" -> texts(path, value, None.class);
        case "error" -> {
          if (!value.isTextual() || Arrays.stream(ErrorCode.values()).noneMatch(c -> c.code().equals(value.asText()))) {
            throw invalid(path, "must be an error code such as \"ENG-201\", got " + value);
          }
        }
        case "invariants" -> {
          if (!value.isBoolean() || !value.asBoolean()) {
            throw invalid(path, "may only be true (the decision keeps every invariant), got " + value);
          }
        }
        default -> throw invalid(path, "unknown expected field; known: attendance, attendee, pointOfContact, "
            + "contacts, escalations, actions, channels, firedRules, notFiredRules, overriddenRules, sections, error, "
            + "invariants");
      }
    }
  }

  /** The expected fields that name rules, by name or by {@code @id}. */
  static final List<String> RULE_FIELDS = List.of("firedRules", "notFiredRules", "overriddenRules");

  /**
   * The expectations with every rule they name by {@code @id} named by its name, and a mismatch for every rule or
   * section they name that the rule base does not have: such an expectation would check nothing (a rule that does
   * not exist never fires), so it fails the scenario instead of passing vacuously.
   *
   * @param expect the expectations as written
   * @param ruleBase the rule base the scenario runs against
   * @param mismatches where a line per unknown rule or section is added, naming it and the nearest known name
   * @return the expectations to compare with a decision
   */
  static ObjectNode resolved(ObjectNode expect, RuleBaseInfo ruleBase, List<String> mismatches) {
    ObjectNode resolved = expect.deepCopy();
    List<String> known = new ArrayList<>();
    ruleBase.rules().forEach(r -> {
      known.add(r.name());
      r.id().ifPresent(known::add);
    });
    for (String field : RULE_FIELDS) {
      JsonNode named = expect.get(field);
      if (named == null) {
        continue;
      }
      ArrayNode names = resolved.putArray(field);
      for (JsonNode reference : named) {
        Optional<RuleDescription> rule = ruleBase.rule(reference.asText());
        if (rule.isPresent()) {
          names.add(rule.get().name());
        } else {
          mismatches.add(field + ": the rule base has no rule named (or with @id) \"" + reference.asText() + "\""
              + Suggestions.closest(reference.asText(), known).map(n -> "; nearest: \"" + n + "\"").orElse("")
              + " (an expectation about a rule that does not exist checks nothing)");
        }
      }
    }
    JsonNode sections = expect.get("sections");
    if (sections != null) {
      Set<String> implemented = new LinkedHashSet<>();
      ruleBase.rules().forEach(r -> implemented.add(r.section()));
      ArrayNode sectionsKnown = resolved.putArray("sections");
      for (JsonNode section : sections) {
        if (implemented.contains(section.asText())) {
          sectionsKnown.add(section);
        } else {
          mismatches.add("sections: no rule of the rule base implements section '" + section.asText() + "'"
              + Suggestions.closest(section.asText(), implemented).map(n -> "; nearest: '" + n + "'").orElse(""));
        }
      }
    }
    return resolved;
  }

  /**
   * Compares a decision, or the error that kept it from being made, with the expectations, after checking that every
   * rule and section they name is in {@code ruleBase} (see {@link #resolved}).
   *
   * @return one line per field that does not match, then one per unknown name
   */
  public static List<String> mismatches(ObjectNode expect, RuleBaseInfo ruleBase, Opportunity opportunity,
      Decision decision, EngagementException error) {
    List<String> unknown = new ArrayList<>();
    ObjectNode resolved = resolved(expect, ruleBase, unknown);
    List<String> mismatches = new ArrayList<>(mismatches(resolved, opportunity, decision, error));
    mismatches.addAll(unknown);
    return mismatches;
  }

  /**
   * Compares a decision, or the error that kept it from being made, with the expectations.
   *
   * @return one line per field that does not match, such as {@code attendance: expected "ATTEND", actual "DECLINE"}
   */
  public static List<String> mismatches(
      ObjectNode expect, Opportunity opportunity, Decision decision, EngagementException error) {
    List<String> mismatches = new ArrayList<>();
    JsonNode expectedError = expect.get("error");
    if (error != null) {
      if (expectedError == null || !expectedError.asText().equals(error.code().code())) {
        mismatches.add("decision failed: " + error.code().code() + " " + error.getMessage()
            + (expectedError == null ? "" : " (expected " + expectedError.asText() + ")"));
      }
      return mismatches;
    }
    if (expectedError != null) {
      mismatches.add("error: expected " + expectedError.asText() + ", but the decision was made");
    }
    ObjectNode actual = actual(decision);
    for (Map.Entry<String, JsonNode> field : expect.properties()) {
      String name = field.getKey();
      JsonNode expected = field.getValue();
      JsonNode value = actual.get(name);
      switch (name) {
        case "error" -> { }
        case "invariants" -> {
          DecisionInvariants.violations(opportunity, decision).forEach(v -> mismatches.add("invariants: " + v));
          ContactAgreement.violations(opportunity, decision).forEach(v -> mismatches.add("invariants: " + v));
        }
        case "contacts", "escalations" -> objectsMatch(name, expected, value, mismatches);
        case "actions", "channels" -> sameSet(name, expected, value, mismatches);
        case "firedRules", "sections", "overriddenRules" -> includes(name, expected, value, mismatches);
        case "notFiredRules" -> excludes(expected, actual, mismatches);
        default -> {
          if (!partialMatch(expected, value)) {
            mismatches.add(name + ": expected " + expected + ", actual " + value);
          }
        }
      }
    }
    return mismatches;
  }

  /** The fields a contact or escalation is written with when the expectation it replaces gave none. */
  private static final Map<String, List<String>> ENTRY_FIELDS = Map.of(
      "pointOfContact", List.of("role", "id"), "contacts", List.of("role", "remit", "id"),
      "escalations", List.of("to", "priority"));

  /**
   * The expectations rewritten to what the rules decide now, field by field, for the fields that do not match: the
   * other fields stay as written. A field that compares partially keeps the parts it gave (a point of contact given by
   * {@code role} and {@code id} stays so); {@code notFiredRules} loses the rules that now fire or no longer exist;
   * {@code invariants} is never accepted (a broken invariant is a defect, not an intended change).
   *
   * @param expect the expectations as written
   * @param ruleBase the rule base the decision was made with
   * @param opportunity the opportunity decided
   * @param decision the decision, or {@code null} when it failed
   * @param error the error that kept the decision from being made, or {@code null}
   * @return a new expectation object
   */
  public static ObjectNode accepted(ObjectNode expect, RuleBaseInfo ruleBase, Opportunity opportunity,
      Decision decision, EngagementException error) {
    ObjectNode accepted = expect.deepCopy();
    if (error != null) {
      accepted.put("error", error.code().code());
      return accepted;
    }
    accepted.remove("error");
    ObjectNode actual = actual(decision);
    for (Map.Entry<String, JsonNode> field : expect.properties()) {
      String name = field.getKey();
      if (name.equals("error") || name.equals("invariants")) {
        continue;
      }
      ObjectNode alone = NODES.objectNode().set(name, field.getValue());
      if (!mismatches(alone, ruleBase, opportunity, decision, null).isEmpty()) {
        accepted.set(name, acceptedValue(name, field.getValue(), actual, ruleBase));
      }
    }
    return accepted;
  }

  private static JsonNode acceptedValue(String name, JsonNode expected, ObjectNode actual, RuleBaseInfo ruleBase) {
    JsonNode now = actual.hasNonNull(name) ? actual.get(name) : NullNode.getInstance();
    switch (name) {
      case "notFiredRules" -> {
        Set<String> fired = texts(actual.get("firedRules"));
        fired.addAll(texts(actual.get("overriddenRules")));
        ArrayNode silent = NODES.arrayNode();
        expected.forEach(r -> ruleBase.rule(r.asText())
            .filter(rule -> !fired.contains(rule.name()))
            .ifPresent(rule -> silent.add(r)));
        return silent;
      }
      case "pointOfContact" -> {
        return now.isNull() ? now : projected(now, fieldsOf(List.of(expected), name));
      }
      case "contacts", "escalations" -> {
        List<JsonNode> entries = new ArrayList<>();
        expected.forEach(entries::add);
        List<String> fields = fieldsOf(entries, name);
        ArrayNode projected = NODES.arrayNode();
        now.forEach(entry -> projected.add(projected(entry, fields)));
        return projected;
      }
      default -> {
        return now.deepCopy();
      }
    }
  }

  /** The fields the expected entries give (all of them, in order of first use), or the usual ones when none. */
  private static List<String> fieldsOf(List<JsonNode> entries, String field) {
    Set<String> fields = new LinkedHashSet<>();
    entries.stream().filter(JsonNode::isObject).forEach(e -> e.fieldNames().forEachRemaining(fields::add));
    return fields.isEmpty() ? ENTRY_FIELDS.get(field) : List.copyOf(fields);
  }

  private static ObjectNode projected(JsonNode entry, List<String> fields) {
    ObjectNode projected = NODES.objectNode();
    fields.stream().filter(entry::has).forEach(f -> projected.set(f, entry.get(f)));
    return projected;
  }

  /** The decision as JSON, with the names of the rules that fired and their sections added for matching. */
  static ObjectNode actual(Decision decision) {
    ObjectNode actual = EngagementJson.toJson(decision);
    ArrayNode fired = actual.putArray("firedRules");
    decision.reasons().stream().map(Reason::rule).distinct().forEach(fired::add);
    ArrayNode overridden = actual.putArray("overriddenRules");
    decision.overridden().stream().map(o -> o.reason().rule()).distinct().forEach(overridden::add);
    ArrayNode sections = actual.putArray("sections");
    decision.sections().forEach(sections::add);
    return actual;
  }

  private static boolean partialMatch(JsonNode expected, JsonNode actual) {
    JsonNode value = actual == null ? NullNode.getInstance() : actual;
    if (expected.isObject()) {
      if (!value.isObject()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        if (!partialMatch(field.getValue(), value.get(field.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return expected.equals(value);
  }

  private static void objectsMatch(String name, JsonNode expected, JsonNode actual, List<String> mismatches) {
    List<JsonNode> unmatched = new ArrayList<>();
    actual.forEach(unmatched::add);
    List<JsonNode> missing = new ArrayList<>();
    for (JsonNode wanted : expected) {
      JsonNode found = unmatched.stream().filter(a -> partialMatch(wanted, a)).findFirst().orElse(null);
      if (found == null) {
        missing.add(wanted);
      } else {
        unmatched.remove(found);
      }
    }
    if (!missing.isEmpty() || !unmatched.isEmpty()) {
      mismatches.add(name + ": expected " + expected + ", actual " + actual
          + (missing.isEmpty() ? "" : "; missing " + missing)
          + (unmatched.isEmpty() ? "" : "; unexpected " + unmatched));
    }
  }

  private static void sameSet(String name, JsonNode expected, JsonNode actual, List<String> mismatches) {
    Set<String> wanted = texts(expected);
    Set<String> got = texts(actual);
    if (!wanted.equals(got)) {
      Set<String> missing = new LinkedHashSet<>(wanted);
      missing.removeAll(got);
      Set<String> unexpected = new LinkedHashSet<>(got);
      unexpected.removeAll(wanted);
      mismatches.add(name + ": expected " + wanted + ", actual " + got
          + (missing.isEmpty() ? "" : "; missing " + missing)
          + (unexpected.isEmpty() ? "" : "; unexpected " + unexpected));
    }
  }

  private static void includes(String name, JsonNode expected, JsonNode actual, List<String> mismatches) {
    Set<String> got = texts(actual);
    List<String> missing = texts(expected).stream().filter(t -> !got.contains(t)).toList();
    if (!missing.isEmpty()) {
      mismatches.add(name + ": expected to include " + missing.stream().map(m -> "\"" + m + "\"")
          .collect(Collectors.joining(", ")) + "; actual " + got);
    }
  }

  private static void excludes(JsonNode unwanted, ObjectNode actual, List<String> mismatches) {
    Set<String> got = texts(actual.get("firedRules"));
    got.addAll(texts(actual.get("overriddenRules")));
    List<String> present = texts(unwanted).stream().filter(got::contains).toList();
    if (!present.isEmpty()) {
      mismatches.add("notFiredRules: expected none of " + present.stream().map(m -> "\"" + m + "\"")
          .collect(Collectors.joining(", ")) + " to fire; actual " + got);
    }
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> texts = new LinkedHashSet<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static void enumValue(String path, JsonNode value, Class<? extends Enum<?>> type, boolean nullable) {
    if (nullable && value.isNull()) {
      return;
    }
    if (!value.isTextual()) {
      throw invalid(path, "must be text, got " + value);
    }
    if (type == None.class) {
      return;
    }
    if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(value.asText()))) {
      throw invalid(path, "unknown value '" + value.asText() + "'; known: "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  private static void object(String path, JsonNode value, Map<String, Class<? extends Enum<?>>> fields) {
    if (!value.isObject()) {
      throw invalid(path, "must be an object, got " + value);
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      Class<? extends Enum<?>> type = fields.get(field.getKey());
      if (type == null) {
        throw invalid(path + "." + field.getKey(), "unknown field; known: " + String.join(", ", fields.keySet()));
      }
      enumValue(path + "." + field.getKey(), field.getValue(), type, true);
    }
  }

  private static void objects(String path, JsonNode value, Map<String, Class<? extends Enum<?>>> fields) {
    array(path, value);
    for (int i = 0; i < value.size(); i++) {
      object(path + "[" + i + "]", value.get(i), fields);
    }
  }

  private static void texts(String path, JsonNode value, Class<? extends Enum<?>> type) {
    array(path, value);
    for (int i = 0; i < value.size(); i++) {
      enumValue(path + "[" + i + "]", value.get(i), type, false);
    }
  }

  private static void array(String path, JsonNode value) {
    if (!value.isArray()) {
      throw invalid(path, "must be an array, got " + value);
    }
  }

  private static EngagementException invalid(String path, String message) {
    return new EngagementException(ErrorCode.INVALID_INPUT, path, message);
  }

  /** An empty expectation object, for counterexamples that only ask for a sound decision. */
  static ObjectNode soundDecision() {
    return NODES.objectNode().put("invariants", true);
  }
}

package io.github.engagementrules.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opportunities near the scenarios, where a mutant of a rule is likely to decide differently: each scenario's
 * opportunity in every place of its roster's domain, with each constant the rule mentions added, removed or alone in
 * its field, and with each flag flipped.
 */
final class Probes {
  /** The opportunity field (in the JSON contract) each enum of the model fills. */
  private static final Map<Class<?>, String> FIELDS = Map.of(
      OpportunityKind.class, "kind",
      PolicingPurpose.class, "purposes",
      Request.class, "requests",
      Risk.class, "risks",
      Topic.class, "topics",
      StakeholderType.class, "stakeholders");

  private Probes() {}

  static List<Scenario> near(List<Scenario> scenarios, Set<Enum<?>> constants) {
    Map<Roster, List<InputDomain.Place>> places = new IdentityHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    List<Scenario> probes = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      List<InputDomain.Place> rosterPlaces =
          places.computeIfAbsent(scenario.roster(), r -> InputDomain.of(r).places());
      ObjectNode original = EngagementJson.toJson(scenario.opportunity());
      List<ObjectNode> variants = new ArrayList<>();
      variants.add(original);
      for (Iterator<Map.Entry<String, JsonNode>> fields = original.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isBoolean()) {
          variants.add(original.deepCopy().put(field.getKey(), !field.getValue().asBoolean()));
        }
      }
      for (Enum<?> constant : constants) {
        String field = FIELDS.get(constant.getDeclaringClass());
        if (field == null) {
          continue;
        }
        if (field.equals("kind")) {
          variants.add(original.deepCopy().put("kind", constant.name()));
          continue;
        }
        JsonNode value = value(field, constant);
        ArrayNode values = original.has(field) ? (ArrayNode) original.get(field) : JsonNodeFactory.instance.arrayNode();
        ArrayNode added = values.deepCopy().add(value);
        ArrayNode removed = JsonNodeFactory.instance.arrayNode();
        values.forEach(v -> {
          if (!v.equals(value) && !(v.isObject() && v.path("type").asText().equals(constant.name()))) {
            removed.add(v);
          }
        });
        ObjectNode withIt = original.deepCopy();
        withIt.set(field, added);
        ObjectNode without = original.deepCopy();
        without.set(field, removed);
        ObjectNode alone = original.deepCopy();
        alone.set(field, JsonNodeFactory.instance.arrayNode().add(value));
        variants.add(withIt);
        variants.add(without);
        variants.add(alone);
      }
      for (ObjectNode variant : variants) {
        for (InputDomain.Place place : rosterPlaces) {
          ObjectNode placed = variant.deepCopy().put("borough", place.borough()).put("ward", place.ward());
          placed.put("id", "probe-" + seen.size());
          String key = System.identityHashCode(scenario.roster()) + key(placed);
          if (seen.add(key)) {
            try {
              probes.add(new Scenario(placed.get("id").asText(), scenario.source(), scenario.roster(),
                  EngagementJson.readOpportunity(placed), JsonNodeFactory.instance.objectNode()));
            } catch (EngagementException e) {
              seen.remove(key); // a variant the contract rejects (too many stakeholders, ...) is no probe
            }
          }
        }
      }
    }
    return probes;
  }

  private static JsonNode value(String field, Enum<?> constant) {
    return field.equals("stakeholders")
        ? JsonNodeFactory.instance.objectNode().put("type", constant.name())
        : JsonNodeFactory.instance.textNode(constant.name());
  }

  /** The probe without its id, so that the same opportunity is probed once. */
  private static String key(ObjectNode probe) {
    ObjectNode copy = probe.deepCopy();
    copy.remove("id");
    return EngagementJson.write(copy);
  }
}

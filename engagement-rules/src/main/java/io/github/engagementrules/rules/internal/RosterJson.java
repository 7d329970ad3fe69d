package io.github.engagementrules.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.Institution;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import java.util.List;
import java.util.Optional;

/**
 * A roster in the JSON contract ({@code {"boroughs": [...]}}), written field by field from the accessors of
 * {@link Borough} and {@link Ward}, whose names are the contract's field names; absent optional posts are left out.
 */
public final class RosterJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private RosterJson() {}

  /** The roster as JSON, which {@code EngagementJson.readRoster} reads back as an equal roster. */
  public static ObjectNode toJson(Roster roster) {
    ObjectNode json = JSON.objectNode();
    ArrayNode boroughs = json.putArray("boroughs");
    roster.boroughs().forEach(b -> boroughs.add(object(b, Borough.class)));
    return json;
  }

  private static ObjectNode object(Object value, Class<?> type) {
    ObjectNode json = JSON.objectNode();
    for (String name : ModelShape.accessorNames(type)) {
      JsonNode field = node(ModelShape.get(value, name));
      if (field != null) {
        json.set(name, field);
      }
    }
    return json;
  }

  private static JsonNode node(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(RosterJson::node).orElse(null);
    } else if (value instanceof Officer officer) {
      return JSON.objectNode().put("id", officer.id()).put("name", officer.name());
    } else if (value instanceof List<?> list) {
      ArrayNode array = JSON.arrayNode();
      list.forEach(item -> array.add(object(item, item instanceof Ward ? Ward.class : Institution.class)));
      return array;
    } else if (value instanceof Boolean flag) {
      return JSON.booleanNode(flag);
    }
    return JSON.textNode(String.valueOf(value));
  }
}

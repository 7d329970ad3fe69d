package io.github.engagementrules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Strict reading of one JSON object's fields, with errors that carry the dotted path and the offending value. */
final class JsonFields {
  private static final int QUOTED_VALUE_LIMIT = 60;

  private final JsonNode node;
  private final String path;

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static JsonFields object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw EngagementException.invalid(path.isEmpty() ? "record" : path, "expected an object, got " + describe(node));
    }
    return new JsonFields(node, path);
  }

  void allowOnly(String... names) {
    Set<String> allowed = Set.of(names);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw EngagementException.invalid(
            at(shortened(name)), "unknown field (expected one of " + String.join(", ", Arrays.asList(names)) + ")");
      }
    }
  }

  String requiredText(String name) {
    return optionalText(name).orElseThrow(() -> EngagementException.invalid(at(name), "is required"));
  }

  Optional<String> optionalText(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw EngagementException.invalid(at(name), "expected text, got " + describe(value));
    }
    String text = value.asText();
    Checks.text(at(name), text);
    return Optional.of(text);
  }

  <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw EngagementException.invalid(at(name), "is required");
    }
    return enumValue(at(name), value, type);
  }

  <E extends Enum<E>> List<E> enumList(String name, Class<E> type) {
    List<E> values = new ArrayList<>();
    JsonNode array = node.get(name);
    if (array == null || array.isNull()) {
      return values;
    }
    if (!array.isArray()) {
      throw EngagementException.invalid(at(name), "expected an array, got " + describe(array));
    }
    int limit = type.getEnumConstants().length * 4;
    if (array.size() > limit) {
      throw EngagementException.invalid(
          at(name), "has " + array.size() + " entries, more than the limit of " + limit);
    }
    for (int i = 0; i < array.size(); i++) {
      values.add(enumValue(at(name) + "[" + i + "]", array.get(i), type));
    }
    return values;
  }

  List<JsonFields> objectList(String name, int limit) {
    List<JsonFields> objects = new ArrayList<>();
    JsonNode array = node.get(name);
    if (array == null || array.isNull()) {
      return objects;
    }
    if (!array.isArray()) {
      throw EngagementException.invalid(at(name), "expected an array, got " + describe(array));
    }
    if (array.size() > limit) {
      throw EngagementException.invalid(at(name), "has " + array.size() + " entries, more than the limit of " + limit);
    }
    for (int i = 0; i < array.size(); i++) {
      objects.add(object(array.get(i), at(name) + "[" + i + "]"));
    }
    return objects;
  }

  JsonFields requiredObject(String name) {
    return optionalObject(name).orElseThrow(() -> EngagementException.invalid(at(name), "is required"));
  }

  Optional<JsonFields> optionalObject(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(object(value, at(name)));
  }

  Optional<Boolean> optionalBoolean(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw EngagementException.invalid(at(name), "expected true or false, got " + describe(value));
    }
    return Optional.of(value.booleanValue());
  }

  boolean requiredBoolean(String name) {
    return optionalBoolean(name).orElseThrow(() -> EngagementException.invalid(at(name), "is required"));
  }

  /** Builds a value, re-homing a structural check's error (field relative to the value) under this object's path. */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (EngagementException e) {
      if (e.code() != ErrorCode.INVALID_INPUT || path.isEmpty()) {
        throw e;
      }
      String field = e.field().map(this::at).orElse(path);
      String message = e.getMessage().substring(e.field().map(f -> f.length() + 2).orElse(0));
      throw EngagementException.invalid(field, message);
    }
  }

  private String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static <E extends Enum<E>> E enumValue(String field, JsonNode value, Class<E> type) {
    if (!value.isTextual()) {
      throw EngagementException.invalid(field, "expected one of " + constants(type) + ", got " + describe(value));
    }
    try {
      return Enum.valueOf(type, value.asText());
    } catch (IllegalArgumentException e) {
      throw EngagementException.invalid(
          field, "unknown value " + shortened(value) + " (expected one of " + constants(type) + ")");
    }
  }

  private static String constants(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shortened(value);
  }

  /** The value as JSON, cut short: an error line must not echo a megabyte of hostile input. */
  private static String shortened(JsonNode value) {
    return shortened(value.toString());
  }

  /** The text cut short to a length fit for an error message. */
  static String shortened(String text) {
    return shortened(text, QUOTED_VALUE_LIMIT);
  }

  static String shortened(String text, int limit) {
    return text.length() > limit ? text.substring(0, limit) + "..." : text;
  }
}

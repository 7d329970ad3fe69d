package io.github.engagementrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a JSON record for fuzz tests: character flips, insertions and deletions, truncations, type
 * swaps, field deletions and duplications, huge values, deep nesting and unicode. Deterministic for a given seed.
 */
final class JsonMutator {
  private static final String[] ALPHABET = {
    "{", "}", "[", "]", "\"", ":", ",", "\\", "0", "-", "1e999", "null", "true", " ", "\n", "\t", "é", "漢",
    "\uD83D\uDE93", "\uD800", "\u0000", "\u202E", "a", "Z"
  };
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Random random;

  /** A mutator drawing from a random sequence started at {@code seed}. */
  JsonMutator(long seed) {
    this.random = new Random(seed);
  }

  /** One mutation (or, one time in five, two stacked) of {@code json}, a JSON object's text. */
  String mutate(String json) {
    String mutated = mutateOnce(json);
    return random.nextInt(5) == 0 ? mutateOnce(mutated) : mutated;
  }

  /**
   * A mutation that keeps the text well-formed JSON (type swaps, deletions, duplicated fields, huge values), for
   * records inside a JSON array, which cannot be resynchronised after a syntax error.
   */
  String mutateWellFormed(String json) {
    return switch (random.nextInt(5)) {
      case 0 -> withTree(json, this::swapType);
      case 1 -> withTree(json, this::deleteField);
      case 2 -> duplicateFirstField(json);
      case 3 -> withTree(json, this::hugeValue);
      default -> withTree(json, o -> o.set(random.nextBoolean() ? "unexpected" : fieldOf(o), NODES.nullNode()));
    };
  }

  private static String duplicateFirstField(String json) {
    return json.startsWith("{\"") ? "{" + json.substring(1, Math.max(1, json.indexOf(',') + 1)) + json.substring(1)
        : json;
  }

  private String mutateOnce(String json) {
    int at = json.isEmpty() ? 0 : random.nextInt(json.length());
    switch (random.nextInt(11)) {
      case 0: // flip one character
        return json.isEmpty() ? json : json.substring(0, at) + pick() + json.substring(at + 1);
      case 1: // insert
        return json.substring(0, at) + pick() + json.substring(at);
      case 2: // delete a run
        return json.substring(0, at) + json.substring(Math.min(json.length(), at + 1 + random.nextInt(8)));
      case 3: // truncate
        return json.substring(0, at);
      case 4:
        return withTree(json, this::swapType);
      case 5:
        return withTree(json, this::deleteField);
      case 6: // duplicate a field, textually (a tree cannot hold two)
        return duplicateFirstField(json);
      case 7:
        return withTree(json, this::hugeValue);
      case 8: // deep nesting
        int depth = 1 + random.nextInt(random.nextBoolean() ? 40 : 5_000);
        return json.substring(0, at) + "[".repeat(depth) + "1" + "]".repeat(depth) + json.substring(at);
      case 9: // unicode inside the text
        return json.substring(0, at) + pick() + pick() + json.substring(at);
      default: // a field of an unknown name or with a null value
        return withTree(json, o -> o.set(random.nextBoolean() ? "unexpected" : fieldOf(o), NODES.nullNode()));
    }
  }

  private String pick() {
    return ALPHABET[random.nextInt(ALPHABET.length)];
  }

  private interface TreeMutation {
    void apply(ObjectNode record);
  }

  private static String withTree(String json, TreeMutation mutation) {
    JsonNode tree;
    try {
      tree = EngagementJson.parse(json);
    } catch (EngagementException e) {
      return json; // already broken: leave it
    }
    if (!(tree instanceof ObjectNode record) || record.isEmpty()) {
      return json;
    }
    mutation.apply(record);
    return EngagementJson.write(record);
  }

  private String fieldOf(ObjectNode record) {
    List<String> names = new ArrayList<>();
    record.fieldNames().forEachRemaining(names::add);
    return names.get(random.nextInt(names.size()));
  }

  private void swapType(ObjectNode record) {
    String field = fieldOf(record);
    JsonNode value =
        switch (random.nextInt(6)) {
          case 0 -> NODES.numberNode(random.nextInt());
          case 1 -> NODES.booleanNode(random.nextBoolean());
          case 2 -> NODES.nullNode();
          case 3 -> NODES.arrayNode().add(record.get(field));
          case 4 -> NODES.objectNode().set(field, record.get(field));
          default -> NODES.textNode(record.get(field).toString());
        };
    record.set(field, value);
  }

  private void deleteField(ObjectNode record) {
    record.remove(fieldOf(record));
  }

  private void hugeValue(ObjectNode record) {
    String field = fieldOf(record);
    int size = random.nextBoolean() ? 150 + random.nextInt(100) : 1_000 + random.nextInt(30_000);
    if (random.nextBoolean()) {
      record.put(field, "x".repeat(size));
    } else {
      var array = record.putArray(field);
      for (int i = 0; i < size; i++) {
        array.add(random.nextBoolean() ? "CRIME" : "PREVENT");
      }
    }
  }
}

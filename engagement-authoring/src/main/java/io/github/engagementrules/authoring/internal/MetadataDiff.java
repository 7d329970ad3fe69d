package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.authoring.MetadataChange;
import io.github.engagementrules.rules.FunctionInterpretation;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an edit changes in what the rules say about themselves: each rule's quote, interpretation marking, tier and
 * public wording (a rule is matched by its {@code @id} when it has one, so that a rename is one change, else by name),
 * the rules added and removed, and the marked functions' interpretations.
 */
final class MetadataDiff {
  private MetadataDiff() {}

  /** The changes from {@code before} to {@code after}, rules first, in the new rule base's order. */
  static List<MetadataChange> changes(RuleBaseInfo before, RuleBaseInfo after) {
    List<MetadataChange> changes = new ArrayList<>();
    Map<String, RuleDescription> old = byKey(before.rules());
    Map<String, RuleDescription> now = byKey(after.rules());
    for (Map.Entry<String, RuleDescription> entry : now.entrySet()) {
      RuleDescription rule = entry.getValue();
      RuleDescription was = old.get(entry.getKey());
      String subject = "rule \"" + rule.name() + "\"";
      if (was == null) {
        changes.add(new MetadataChange(subject, "added" + marking(rule.interpretation())));
        continue;
      }
      if (!was.name().equals(rule.name())) {
        changes.add(new MetadataChange(subject, "renamed from \"" + was.name() + "\" (same @id)"));
      }
      compare(subject, "@quote", Optional.of(was.quote()), Optional.of(rule.quote()), changes);
      compare(subject, "@interpretation", was.interpretation(), rule.interpretation(), changes);
      compare(subject, "@tier", was.tier(), rule.tier(), changes);
      compare(subject, "@public", was.publicWording(), rule.publicWording(), changes);
    }
    old.forEach((key, rule) -> {
      if (!now.containsKey(key)) {
        changes.add(new MetadataChange("rule \"" + rule.name() + "\"", "removed" + marking(rule.interpretation())));
      }
    });
    Map<String, FunctionInterpretation> oldFunctions = byName(before.functionInterpretations());
    Map<String, FunctionInterpretation> newFunctions = byName(after.functionInterpretations());
    List<String> functions = new ArrayList<>(newFunctions.keySet());
    oldFunctions.keySet().stream().filter(f -> !newFunctions.containsKey(f)).forEach(functions::add);
    for (String function : functions) {
      compare("function " + function, "// @interpretation",
          Optional.ofNullable(oldFunctions.get(function)).map(FunctionInterpretation::interpretation),
          Optional.ofNullable(newFunctions.get(function)).map(FunctionInterpretation::interpretation), changes);
    }
    return changes;
  }

  private static void compare(
      String subject, String field, Optional<String> was, Optional<String> now, List<MetadataChange> changes) {
    if (was.equals(now)) {
      return;
    }
    String change = was.isEmpty() ? field + " added: \"" + now.get() + "\""
        : now.isEmpty() ? field + " removed (was \"" + was.get() + "\")"
        : field + " changed: \"" + was.get() + "\" -> \"" + now.get() + "\"";
    changes.add(new MetadataChange(subject, change));
  }

  private static String marking(Optional<String> interpretation) {
    return interpretation.map(i -> " (marked @interpretation: \"" + i + "\")").orElse("");
  }

  private static Map<String, RuleDescription> byKey(List<RuleDescription> rules) {
    return index(rules, r -> r.id().map(id -> "id:" + id).orElse("name:" + r.name()));
  }

  private static Map<String, FunctionInterpretation> byName(List<FunctionInterpretation> functions) {
    return index(functions, FunctionInterpretation::name);
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
    Map<String, T> indexed = new LinkedHashMap<>();
    values.forEach(v -> indexed.putIfAbsent(key.apply(v), v));
    return indexed;
  }
}

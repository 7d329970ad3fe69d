package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Reason;
import io.github.engagementrules.rules.RuleDescription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records, for one decision, the rules that fired (in order) and the conclusions each rule inserted. One recorder
 * serves one decision on one thread.
 */
final class DecisionRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
  /** A fact a rule inserted, and the rule that inserted it. */
  record Conclusion(String rule, Object fact) {}

  private final Map<String, RuleDescription> rules;
  private final List<Reason> reasons = new ArrayList<>();
  private final List<Conclusion> conclusions = new ArrayList<>();
  private final Map<String, Integer> firings = new HashMap<>();

  DecisionRecorder(Map<String, RuleDescription> rules) {
    this.rules = rules;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    String name = event.getMatch().getRule().getName();
    RuleDescription rule = rules.get(name);
    reasons.add(Reason.of(name, rule.section(), rule.reason()));
    firings.merge(name, 1, Integer::sum);
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (event.getRule() != null) {
      conclusions.add(new Conclusion(event.getRule().getName(), event.getObject()));
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // Conclusions are immutable; an update changes nothing the decision reads.
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    Object deleted = event.getOldObject();
    conclusions.removeIf(c -> c.fact() == deleted);
  }

  List<Reason> reasons() {
    return reasons;
  }

  /** The facts rules inserted and did not delete, in insertion order. */
  List<Conclusion> conclusions() {
    return conclusions;
  }

  /** The rules that fired most often, for a report about a runaway rule base. */
  String busiestRules(int limit) {
    return firings.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> "'" + e.getKey() + "' (" + e.getValue() + " firings)")
        .collect(Collectors.joining(", "));
  }
}

package io.github.engagementrules.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OverriddenFinding;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A scenario that would kill a surviving mutant: the opportunity whose decision the mutant changes, expecting what
 * the original rules decide there (every field a scenario can check, and the rules the mutant adds as {@code
 * notFiredRules}). It records the rules as they are, not the guide: an author checks each one against the guide's
 * sentence named in its title before adding it to the suite.
 */
final class Guards {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Where a proposed scenario comes from, for reports. */
  static final String SOURCE = "proposed by the mutation analysis";
  private static final String GUARDS = " (guards ";

  private Guards() {}

  /**
   * The guard of a survivor.
   *
   * @param rosters the rosters the example may have been decided against (the domain's first, then the scenarios'):
   *     the guard takes the first on which the two rule bases decide it differently
   */
  static Scenario propose(
      Mutant mutant,
      Opportunity example,
      List<Roster> rosters,
      EngagementDecider original,
      EngagementDecider mutated,
      RuleBaseInfo rules,
      List<String> changedSections) {
    Roster roster = rosters.stream()
        .filter(r -> !outcome(original.withRoster(r), example).equals(outcome(mutated.withRoster(r), example)))
        .findFirst()
        .orElse(rosters.get(0));
    ObjectNode expect = NODES.objectNode();
    String outcome;
    Set<String> originalRules = new LinkedHashSet<>();
    boolean sound = false;
    try {
      Decision decision = original.withRoster(roster).decide(example);
      outcome = expectDecision(decision, expect);
      sound = DecisionInvariants.violations(example, decision).isEmpty();
      decision.reasons().forEach(r -> originalRules.add(r.rule()));
      decision.overridden().forEach(o -> originalRules.add(o.reason().rule()));
    } catch (EngagementException e) {
      expect.put("error", e.code().code());
      outcome = "fails " + e.code().code();
    }
    try {
      Decision changed = mutated.withRoster(roster).decide(example);
      ArrayNode notFired = NODES.arrayNode();
      Stream.concat(changed.reasons().stream().map(Reason::rule),
              changed.overridden().stream().map(OverriddenFinding::reason).map(Reason::rule))
          .distinct()
          .filter(r -> !originalRules.contains(r))
          .forEach(notFired::add);
      if (!notFired.isEmpty() && !expect.has("error")) {
        expect.set("notFiredRules", notFired);
      }
    } catch (EngagementException e) {
      // the mutant fails where the original decides: any expected field already tells them apart
    }
    if (sound) { // a guard passes on the original rules, so it asks for no invariant they break
      expect.put("invariants", true);
    }
    // the mutated rule names the section and the sentence; a function's change goes by the sections it touched
    Optional<RuleDescription> rule =
        rules.rules().stream().filter(r -> mutant.rule().equals("rule \"" + r.name() + "\"")).findFirst();
    String section = rule.map(RuleDescription::section)
        .orElse(changedSections.isEmpty() ? "rules" : changedSections.get(0));
    String quote = rule.map(RuleDescription::quote).orElse("");
    String name = section + ": " + (quote.isEmpty() ? "" : "\"" + quote + "\": ") + summary(example) + ": "
        + outcome + GUARDS + mutant.location() + ")";
    return new Scenario(name, SOURCE, roster, example, expect);
  }

  /** A decision as JSON without its version, or the error code that kept it from being made, to compare. */
  private static String outcome(EngagementDecider decider, Opportunity example) {
    try {
      ObjectNode decision = EngagementJson.toJson(decider.decide(example));
      decision.remove("ruleBaseVersion");
      return decision.toString();
    } catch (EngagementException e) {
      return e.code().code();
    }
  }

  /**
   * The survivors' guards, one per opportunity: the guards proposed on the same opportunity expect the same decision
   * and differ only in the rules each mutant adds, which are merged.
   */
  static List<Scenario> distinct(List<Mutant> survivors) {
    Map<String, Scenario> byOpportunity = new LinkedHashMap<>();
    for (Mutant mutant : survivors) {
      if (mutant.guard().isEmpty()) {
        continue;
      }
      Scenario guard = mutant.guard().get();
      String key = System.identityHashCode(guard.roster()) + EngagementJson.write(toJson(guard).get("opportunity"));
      byOpportunity.merge(key, guard, Guards::merge);
    }
    return List.copyOf(byOpportunity.values());
  }

  private static Scenario merge(Scenario first, Scenario second) {
    ObjectNode expect = first.expected();
    Set<String> notFired = new LinkedHashSet<>();
    Stream.of(first, second).forEach(s -> s.expected().path("notFiredRules").forEach(r -> notFired.add(r.asText())));
    if (!notFired.isEmpty()) {
      ArrayNode merged = expect.putArray("notFiredRules");
      notFired.forEach(merged::add);
    }
    int at = first.name().lastIndexOf(GUARDS) + GUARDS.length();
    Set<String> locations = new LinkedHashSet<>();
    locations.addAll(List.of(first.name().substring(at, first.name().length() - 1).split(", ")));
    String seconds = second.name();
    locations.add(seconds.substring(seconds.lastIndexOf(GUARDS) + GUARDS.length(), seconds.length() - 1));
    String name = first.name().substring(0, at) + String.join(", ", locations) + ")";
    return new Scenario(name, SOURCE, first.roster(), first.opportunity(), expect);
  }

  /** The scenario as it is written in a scenario file: name, the opportunity without defaults, and expect. */
  static ObjectNode toJson(Scenario scenario) {
    ObjectNode opportunity = EngagementJson.toJson(scenario.opportunity());
    opportunity.remove("id");
    for (Iterator<Map.Entry<String, JsonNode>> fields = opportunity.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      boolean isDefault = value.isArray() && value.isEmpty()
          || value.isBoolean() && value.asBoolean() == field.getKey().equals("eventsTeamAvailable");
      if (isDefault) {
        fields.remove();
      }
    }
    // a name is too long to stand for the id, as it does in hand-written scenarios; a stable hash of the opportunity
    String id = "guard-" + Integer.toHexString(opportunity.toString().hashCode());
    ObjectNode identified = NODES.objectNode().put("id", id);
    identified.setAll(opportunity);
    ObjectNode json = NODES.objectNode().put("name", scenario.name());
    json.set("opportunity", identified);
    json.set("expect", scenario.expected());
    return json;
  }

  /** Fills {@code expect} with every field of the decision a scenario can check; returns it in a few words. */
  private static String expectDecision(Decision decision, ObjectNode expect) {
    expect.put("attendance", decision.attendance().name());
    expect.put("attendee", decision.attendee().map(Enum::name).orElse(null));
    if (decision.pointOfContact().isPresent()) {
      expect.set("pointOfContact", contact(decision.pointOfContact().get()));
    } else {
      expect.putNull("pointOfContact");
    }
    ArrayNode contacts = expect.putArray("contacts");
    decision.contacts().forEach(c -> contacts.add(contact(c)));
    ArrayNode escalations = expect.putArray("escalations");
    for (Escalation e : decision.escalations()) {
      escalations.addObject().put("to", e.to().name()).put("priority", e.priority().name());
    }
    ArrayNode actions = expect.putArray("actions");
    decision.actions().forEach(a -> actions.add(a.name()));
    ArrayNode channels = expect.putArray("channels");
    decision.channels().forEach(c -> channels.add(c.name()));
    ArrayNode fired = expect.putArray("firedRules");
    decision.reasons().stream().map(Reason::rule).distinct().forEach(fired::add);
    if (!decision.overridden().isEmpty()) {
      ArrayNode overridden = expect.putArray("overriddenRules");
      decision.overridden().stream().map(o -> o.reason().rule()).distinct().forEach(overridden::add);
    }
    return decision.attendance().name() + decision.attendee().map(a -> " by " + a.name()).orElse("")
        + decision.pointOfContact().map(c -> ", contact " + c.role().name()).orElse("");
  }

  private static ObjectNode contact(Contact contact) {
    ObjectNode node = NODES.objectNode().put("role", contact.role().name()).put("remit", contact.remit().name());
    contact.id().ifPresent(id -> node.put("id", id));
    return node;
  }

  /** The opportunity in a few words: kind, the values it lists, the flags that differ from the default, the place. */
  private static String summary(Opportunity o) {
    List<String> parts = new ArrayList<>();
    parts.add(o.kind().name());
    Stream.of(o.purposes(), o.requests(), o.risks(), o.topics())
        .filter(s -> !s.isEmpty())
        .forEach(s -> parts.add(String.join("+", s.stream().map(Enum::name).sorted().toList())));
    if (!o.stakeholders().isEmpty()) {
      parts.add("with " + String.join("+", o.stakeholders().stream().map(s -> s.type().name()).toList()));
    }
    if (!o.eventsTeamAvailable()) {
      parts.add("events team unavailable");
    }
    if (o.intelligenceLed()) {
      parts.add("intelligence-led");
    }
    if (o.newOrEmergingCommunity()) {
      parts.add("new or emerging community");
    }
    if (o.identifyLocalIssues()) {
      parts.add("to identify local issues");
    }
    parts.add("in " + o.borough() + o.ward().map(w -> "/" + w).orElse(" (whole borough)"));
    return String.join(", ", parts);
  }
}

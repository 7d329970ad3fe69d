package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.authoring.DecisionChange;
import io.github.engagementrules.authoring.DiffReport;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleDescription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongFunction;

/** Decides numbered cases with two rule bases on all processors and tallies how the decisions differ. */
public final class Differ {
  /**
   * One opportunity and the deciders (with its roster) of both rule bases.
   *
   * @param before the decider before the edit
   * @param after the decider after it
   * @param opportunity the opportunity
   */
  public record Case(EngagementDecider before, EngagementDecider after, Opportunity opportunity) {}

  private record Change(List<String> sections, String change) {}

  private Differ() {}

  /** Compares {@code cases.apply(0)} to {@code cases.apply(count - 1)}. */
  public static DiffReport diff(
      EngagementDecider before, EngagementDecider after, LongFunction<Case> cases, long count) {
    Map<String, String> sections = new HashMap<>();
    before.ruleBase().rules().forEach(r -> sections.put(r.name(), r.section()));
    after.ruleBase().rules().forEach(r -> sections.put(r.name(), r.section()));
    Set<String> edited = edited(before, after);
    List<Tally<Change>> parts = Parallel.run(count, (from, to) -> {
      Tally<Change> tally = new Tally<>();
      for (long i = from; i < to; i++) {
        Case c = cases.apply(i);
        Outcome old = Outcome.of(c.before(), c.opportunity());
        Outcome now = Outcome.of(c.after(), c.opportunity());
        String change = describe(old, now);
        if (!change.isEmpty()) {
          tally.add(new Change(attribute(old, now, sections, edited), change), i, c.opportunity(), change);
        }
      }
      return tally;
    });
    List<DecisionChange> changes =
        Tally.merge(parts).results((k, c) -> new DecisionChange(k.sections(), k.change(), c.count, c.example));
    Set<String> beforeRules = names(before);
    Set<String> afterRules = names(after);
    return new DiffReport(
        before.ruleBase().version(),
        after.ruleBase().version(),
        count,
        changes,
        afterRules.stream().filter(r -> !beforeRules.contains(r)).toList(),
        beforeRules.stream().filter(r -> !afterRules.contains(r)).toList(),
        MetadataDiff.changes(before.ruleBase(), after.ruleBase()));
  }

  private static Set<String> names(EngagementDecider decider) {
    Set<String> names = new LinkedHashSet<>();
    decider.ruleBase().rules().stream().map(RuleDescription::name).forEach(names::add);
    return names;
  }

  /** The field-by-field change, or empty when the two outcomes are the same. */
  private static String describe(Outcome old, Outcome now) {
    List<String> parts = new ArrayList<>();
    if (old.decision() == null || now.decision() == null) {
      boolean sameError = old.error() != null && now.error() != null && old.error().code() == now.error().code();
      if (!sameError) {
        parts.add("decision: " + old.summary() + " -> " + now.summary());
      }
      return String.join("; ", parts);
    }
    Decision a = old.decision();
    Decision b = now.decision();
    if (sameFindings(a, b)) {
      return ""; // the common case, without building the fields' views below
    }
    if (!old.summary().equals(now.summary())) {
      parts.add("attendance: " + old.summary() + " -> " + now.summary());
    }
    String contactBefore = a.pointOfContact().map(c -> c.role().name()).orElse("none");
    String contactAfter = b.pointOfContact().map(c -> c.role().name()).orElse("none");
    if (!contactBefore.equals(contactAfter)) {
      parts.add("point of contact: " + contactBefore + " -> " + contactAfter);
    }
    setChange("contacts", a.contacts(), b.contacts(), Differ::contact, parts);
    setChange("escalations", a.escalations(), b.escalations(), e -> e.to() + " (" + e.priority() + ")", parts);
    setChange("actions", a.actions(), b.actions(), Enum::name, parts);
    setChange("channels", a.channels(), b.channels(), Enum::name, parts);
    if (parts.isEmpty()) { // only the explanation changed
      setChange("rules fired", old.firedRules(), now.firedRules(), r -> "\"" + r + "\"", parts);
    }
    return String.join("; ", parts);
  }

  /** Whether two decisions say the same in every field {@link #describe} compares, and give the same reasons. */
  private static boolean sameFindings(Decision a, Decision b) {
    return a.attendance() == b.attendance() && a.attendee().equals(b.attendee())
        && a.pointOfContact().equals(b.pointOfContact()) && a.contacts().equals(b.contacts())
        && a.escalations().equals(b.escalations()) && a.actions().equals(b.actions())
        && a.channels().equals(b.channels()) && a.reasons().equals(b.reasons());
  }

  private static String contact(Contact contact) {
    return contact.role() + " for " + contact.remit();
  }

  private static <T> void setChange(
      String field, Collection<T> before, Collection<T> after, Function<T, String> name, List<String> parts) {
    Set<String> old = new TreeSet<>();
    before.forEach(v -> old.add(name.apply(v)));
    Set<String> now = new TreeSet<>();
    after.forEach(v -> now.add(name.apply(v)));
    Set<String> added = new TreeSet<>(now);
    added.removeAll(old);
    Set<String> removed = new TreeSet<>(old);
    removed.removeAll(now);
    if (!added.isEmpty() || !removed.isEmpty()) {
      parts.add(field + ":" + (added.isEmpty() ? "" : " +" + added) + (removed.isEmpty() ? "" : " -" + removed));
    }
  }

  /** The rules added, removed, or given another section or reason by the edit. */
  private static Set<String> edited(EngagementDecider before, EngagementDecider after) {
    Set<List<String>> old = new HashSet<>(); // the file a rule lives in does not matter, only what it says
    before.ruleBase().rules().forEach(r -> old.add(List.of(r.name(), r.section(), r.reason())));
    Set<List<String>> now = new HashSet<>();
    after.ruleBase().rules().forEach(r -> now.add(List.of(r.name(), r.section(), r.reason())));
    Set<String> edited = new HashSet<>();
    old.stream().filter(r -> !now.contains(r)).forEach(r -> edited.add(r.get(0)));
    now.stream().filter(r -> !old.contains(r)).forEach(r -> edited.add(r.get(0)));
    return edited;
  }

  /**
   * The sections a change is attributed to: of the rules that fire in only one outcome, those the edit touched (added,
   * removed, re-sectioned, re-explained) when there are any, else all of them; when the same rules fire (a rule's
   * consequence changed), the sections of the rules that fired.
   */
  private static List<String> attribute(
      Outcome old, Outcome now, Map<String, String> sections, Set<String> edited) {
    Set<String> differing = new LinkedHashSet<>(old.firedRules());
    differing.addAll(now.firedRules());
    Set<String> both = new LinkedHashSet<>(old.firedRules());
    both.retainAll(now.firedRules());
    differing.removeAll(both);
    Set<String> touched = new LinkedHashSet<>(differing);
    touched.retainAll(edited);
    Set<String> rules = !touched.isEmpty() ? touched : !differing.isEmpty() ? differing : both;
    Set<String> attributed = new TreeSet<>();
    rules.forEach(r -> attributed.add(sections.getOrDefault(r, "unknown")));
    return List.copyOf(attributed);
  }
}

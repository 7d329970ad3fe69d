package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.AttendanceRuling;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OverriddenFinding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Makes one decision in a session and records it: the rules that fired and the findings each inserted. A decision
 * takes two firing passes. The first gathers every rule's findings on the inputs; the {@link Resolver} then resolves
 * the attendance rulings by the declared precedence and inserts the result as an {@code AttendanceOutcome}; the
 * second pass lets the rules that follow from the attendance fire. Neither pass depends on the order rules fire in:
 * rules only add findings, and every choice between findings is the resolver's. A recorder serves one decision at a
 * time on one thread, and is {@link #clear cleared} between decisions.
 */
final class DecisionRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
  /** A fact a rule inserted, the rule that inserted it, and whether it came after the attendance was resolved. */
  record Conclusion(String rule, Object fact, boolean afterAttendance) {}

  private final Resolver resolver;
  private final List<String> fired = new ArrayList<>();
  private final List<Conclusion> conclusions = new ArrayList<>();
  private final List<FactHandle> handles = new ArrayList<>();
  private FactHandle[] deleting = new FactHandle[32];
  private boolean afterAttendance;

  DecisionRecorder(Resolver resolver) {
    this.resolver = resolver;
  }

  /** Forgets the last decision. */
  void clear() {
    fired.clear();
    conclusions.clear();
    handles.clear();
    afterAttendance = false;
  }

  /** Deletes from {@code session} every fact inserted since the last {@link #clear}, and forgets the decision. */
  void deleteFacts(KieSession session) {
    int count = handles.size();
    deleting = handles.toArray(deleting);
    clear(); // the deletions below then find nothing left to forget
    for (int i = 0; i < count; i++) {
      session.delete(deleting[i]);
      deleting[i] = null;
    }
  }

  /**
   * Decides {@code opportunity} in {@code session}, which already holds the place's roster facts and has this
   * recorder attached; the opportunity and every finding stay in the session until {@link #deleteFacts}.
   *
   * @throws EngagementException {@link ErrorCode#FIRING_LIMIT_EXCEEDED} when the rules fire more than {@code
   *     firingLimit} times in all, and the resolver's errors (a gap, a conflict)
   */
  Decision decide(
      KieSession session, Opportunity opportunity, String ruleBaseVersion, String rosterVersion, int firingLimit) {
    session.insert(opportunity);
    int firings = checked(opportunity, session.fireAllRules(firingLimit + 1), firingLimit);
    List<Conclusion> rulings = conclusions.stream().filter(c -> c.fact() instanceof AttendanceRuling).toList();
    if (!opportunity.judgements().isEmpty()) {
      Resolver.checkJudgements(opportunity, rulings);
    }
    Resolver.Attendance attendance = resolver.attendance(opportunity, rulings);
    afterAttendance = true;
    session.insert(attendance.outcome());
    checked(opportunity, firings + session.fireAllRules(firingLimit + 1 - firings), firingLimit);
    return decision(opportunity, ruleBaseVersion, rosterVersion, attendance);
  }

  private int checked(Opportunity opportunity, int firings, int firingLimit) {
    if (firings > firingLimit) {
      throw new EngagementException(
          ErrorCode.FIRING_LIMIT_EXCEEDED,
          null,
          "opportunity '" + opportunity.id() + "': rules fired more than " + firingLimit
              + " times, a loop; busiest rules: " + busiestRules(3));
    }
    return firings;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    fired.add(event.getMatch().getRule().getName());
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    handles.add(event.getFactHandle());
    if (event.getRule() != null) {
      conclusions.add(new Conclusion(event.getRule().getName(), event.getObject(), afterAttendance));
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // Rules may not modify facts (RuleConventions); an update changes nothing the decision reads.
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    Object deleted = event.getOldObject();
    conclusions.removeIf(c -> c.fact() == deleted);
    handles.remove(event.getFactHandle());
  }

  /** The rules that fired most often, for a report about a runaway rule base. */
  String busiestRules(int limit) {
    Map<String, Integer> firings = new HashMap<>();
    fired.forEach(rule -> firings.merge(rule, 1, Integer::sum));
    return firings.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> "'" + e.getKey() + "' (" + e.getValue() + " firings)")
        .collect(Collectors.joining(", "));
  }

  private Decision decision(
      Opportunity opportunity, String ruleBaseVersion, String rosterVersion, Resolver.Attendance attendance) {
    List<Conclusion> candidates = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    Set<Escalation> escalations = new LinkedHashSet<>();
    Set<Action> actions = EnumSet.noneOf(Action.class);
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (Conclusion conclusion : conclusions) {
      Object fact = conclusion.fact();
      if (fact instanceof AttendanceRuling && conclusion.afterAttendance()) {
        throw new EngagementException(
            ErrorCode.CONFLICTING_RULINGS,
            null,
            "opportunity '" + opportunity.id() + "': rule '" + conclusion.rule()
                + "' ruled on attendance after the attendance was resolved");
      } else if (fact instanceof Contact contact) {
        if (Resolver.isCandidate(contact)) {
          candidates.add(conclusion);
        } else {
          contacts.add(contact);
        }
      } else if (fact instanceof Escalation escalation) {
        escalations.add(escalation);
      } else if (fact instanceof Action action) {
        actions.add(action);
      } else if (fact instanceof Channel channel) {
        channels.add(channel);
      }
    }
    Resolver.PointOfContact pointOfContact = resolver.pointOfContact(opportunity, candidates);
    List<OverriddenFinding> overridden = new ArrayList<>(attendance.overridden());
    overridden.addAll(pointOfContact.overridden());
    Set<String> lost = new HashSet<>();
    overridden.forEach(o -> lost.add(o.reason().rule()));
    lost.removeAll(pointOfContact.deciding()); // a rule that proposed the winner elsewhere still stands
    List<String> reasons = new ArrayList<>(resolver.inGuideOrder(attendance.deciding()));
    resolver.inGuideOrder(pointOfContact.deciding()).stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
    resolver.inGuideOrder(fired).stream()
        .filter(r -> !reasons.contains(r) && !lost.contains(r))
        .forEach(reasons::add);
    Resolver.Contacts named = Resolver.merged(pointOfContact.contact(), contacts);
    return Decision.builder()
        .opportunityId(opportunity.id())
        .attendance(attendance.outcome().attendance())
        .attendee(attendance.outcome().attendee())
        .pointOfContact(named.pointOfContact())
        .addAllContacts(named.others())
        .addAllEscalations(Resolver.ordered(escalations))
        .addAllActions(actions)
        .addAllChannels(channels)
        .addAllReasons(reasons.stream().map(resolver::reasonOf).toList())
        .addAllOverridden(overridden)
        .ruleBaseVersion(ruleBaseVersion)
        .rosterVersion(rosterVersion)
        .build();
  }
}

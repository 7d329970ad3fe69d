package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.AttendanceRuling;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.ImmutableDecision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OverriddenFinding;
import io.github.engagementrules.rules.internal.Resolver.RankedRule;
import java.util.ArrayList;
import java.util.Arrays;
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
  record Conclusion(RankedRule rule, Object fact, boolean afterAttendance) {}

  private final Resolver resolver;
  /** How often each rule fired in this decision, by {@link RankedRule#guidePosition()}. */
  private final int[] firings;
  /** Scratch for {@link #addReasons}: whether a rule's reason is given already, by guide position. */
  private final boolean[] given;
  private final List<Conclusion> conclusions = new ArrayList<>();
  private final List<FactHandle> handles = new ArrayList<>();
  private FactHandle[] deleting = new FactHandle[32];
  private boolean afterAttendance;

  DecisionRecorder(Resolver resolver) {
    this.resolver = resolver;
    this.firings = new int[resolver.ruleCount()];
    this.given = new boolean[resolver.ruleCount()];
  }

  /** Forgets the last decision. */
  void clear() {
    Arrays.fill(firings, 0);
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
    int fired = checked(opportunity, session.fireAllRules(firingLimit + 1), firingLimit);
    List<Conclusion> rulings = new ArrayList<>();
    for (Conclusion conclusion : conclusions) {
      if (conclusion.fact() instanceof AttendanceRuling) {
        rulings.add(conclusion);
      }
    }
    if (!opportunity.judgements().isEmpty()) {
      Resolver.checkJudgements(opportunity, rulings);
    }
    Resolver.Attendance attendance = resolver.attendance(opportunity, rulings);
    afterAttendance = true;
    session.insert(attendance.outcome());
    checked(opportunity, fired + session.fireAllRules(firingLimit + 1 - fired), firingLimit);
    return decision(opportunity, ruleBaseVersion, rosterVersion, attendance);
  }

  private int checked(Opportunity opportunity, int fired, int firingLimit) {
    if (fired > firingLimit) {
      throw new EngagementException(
          ErrorCode.FIRING_LIMIT_EXCEEDED,
          null,
          "opportunity '" + opportunity.id() + "': rules fired more than " + firingLimit
              + " times, a loop; busiest rules: " + busiestRules(3));
    }
    return fired;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firings[resolver.rule(event.getMatch().getRule().getName()).guidePosition()]++;
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    handles.add(event.getFactHandle());
    if (event.getRule() != null) {
      conclusions.add(new Conclusion(resolver.rule(event.getRule().getName()), event.getObject(), afterAttendance));
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
    Map<String, Integer> byRule = new HashMap<>();
    for (int position = 0; position < firings.length; position++) {
      if (firings[position] > 0) {
        byRule.put(resolver.ruleAt(position).name(), firings[position]);
      }
    }
    return byRule.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> "'" + e.getKey() + "' (" + e.getValue() + " firings)")
        .collect(Collectors.joining(", "));
  }

  private Decision decision(
      Opportunity opportunity, String ruleBaseVersion, String rosterVersion, Resolver.Attendance attendance) {
    ImmutableDecision.Builder decision = Decision.builder();
    List<Conclusion> candidates = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    List<Escalation> escalations = new ArrayList<>();
    for (Conclusion conclusion : conclusions) {
      Object fact = conclusion.fact();
      if (fact instanceof AttendanceRuling && conclusion.afterAttendance()) {
        throw new EngagementException(
            ErrorCode.CONFLICTING_RULINGS,
            null,
            "opportunity '" + opportunity.id() + "': rule '" + conclusion.rule().name()
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
        decision.addActions(action);
      } else if (fact instanceof Channel channel) {
        decision.addChannels(channel);
      }
    }
    Resolver.PointOfContact pointOfContact = resolver.pointOfContact(opportunity, candidates);
    Resolver.Contacts named = Resolver.merged(pointOfContact.contact(), contacts);
    decision
        .opportunityId(opportunity.id())
        .attendance(attendance.outcome().attendance())
        .attendee(attendance.outcome().attendee())
        .pointOfContact(named.pointOfContact())
        .addAllContacts(named.others())
        .addAllEscalations(Resolver.ordered(escalations));
    addReasons(decision, attendance, pointOfContact);
    return decision
        .addAllOverridden(attendance.overridden())
        .addAllOverridden(pointOfContact.overridden())
        .ruleBaseVersion(ruleBaseVersion)
        .rosterVersion(rosterVersion)
        .edition(resolver.edition())
        .build();
  }

  /**
   * Adds the reasons of the rules whose findings stand: those that decided the attendance, then those that proposed
   * the point of contact, then every other rule that fired and lost nothing, each group in the guide's order.
   */
  private void addReasons(
      ImmutableDecision.Builder decision, Resolver.Attendance attendance, Resolver.PointOfContact pointOfContact) {
    for (RankedRule rule : attendance.deciding()) {
      give(decision, rule);
    }
    for (RankedRule rule : pointOfContact.deciding()) {
      give(decision, rule);
    }
    for (int position = 0; position < firings.length; position++) {
      if (firings[position] > 0 && !given[position] && !lost(resolver.ruleAt(position), attendance, pointOfContact)) {
        give(decision, resolver.ruleAt(position));
      }
    }
    Arrays.fill(given, false);
  }

  /** Adds the reason of {@code rule} unless it is given already. */
  private void give(ImmutableDecision.Builder decision, RankedRule rule) {
    if (!given[rule.guidePosition()]) {
      given[rule.guidePosition()] = true;
      decision.addReasons(rule.reason());
    }
  }

  /** Whether a finding of {@code rule} was overridden, unless the rule also proposed the winning point of contact. */
  private static boolean lost(RankedRule rule, Resolver.Attendance attendance, Resolver.PointOfContact pointOfContact) {
    if (pointOfContact.deciding().contains(rule)) {
      return false;
    }
    for (OverriddenFinding overridden : attendance.overridden()) {
      if (overridden.reason() == rule.reason()) {
        return true;
      }
    }
    for (OverriddenFinding overridden : pointOfContact.overridden()) {
      if (overridden.reason() == rule.reason()) {
        return true;
      }
    }
    return false;
  }
}

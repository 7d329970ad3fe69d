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
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.rules.RuleDescription;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
 * Records, for one decision, the rules that fired (in order) and the conclusions each rule inserted, and turns them
 * into a {@link Decision}. A recorder serves one decision at a time on one thread, and is {@link #clear cleared}
 * between decisions.
 */
final class DecisionRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
  /** A fact a rule inserted, and the rule that inserted it. */
  record Conclusion(String rule, Object fact) {}

  private final Map<String, Reason> reasonsByRule;
  private final List<Reason> reasons = new ArrayList<>();
  private final List<Conclusion> conclusions = new ArrayList<>();
  private final List<FactHandle> handles = new ArrayList<>();
  private FactHandle[] deleting = new FactHandle[32];

  /**
   * Creates a recorder.
   *
   * @param reasonsByRule each rule's reason by rule name, from {@link #reasonsByRule}
   */
  DecisionRecorder(Map<String, Reason> reasonsByRule) {
    this.reasonsByRule = reasonsByRule;
  }

  /** Each rule's reason, built once per rule base: reasons are immutable, so every decision can share them. */
  static Map<String, Reason> reasonsByRule(Map<String, RuleDescription> rulesByName) {
    Map<String, Reason> reasons = new HashMap<>();
    rulesByName.forEach((name, rule) -> reasons.put(name, Reason.of(name, rule.section(), rule.reason())));
    return Map.copyOf(reasons);
  }

  /** Forgets the last decision. */
  void clear() {
    reasons.clear();
    conclusions.clear();
    handles.clear();
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

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    reasons.add(reasonsByRule.get(event.getMatch().getRule().getName()));
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    handles.add(event.getFactHandle());
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
    handles.remove(event.getFactHandle());
  }

  /** The rules that fired most often, for a report about a runaway rule base. */
  String busiestRules(int limit) {
    Map<String, Integer> firings = new HashMap<>();
    reasons.forEach(reason -> firings.merge(reason.rule(), 1, Integer::sum));
    return firings.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> "'" + e.getKey() + "' (" + e.getValue() + " firings)")
        .collect(Collectors.joining(", "));
  }

  /**
   * The decision the recorded conclusions make.
   *
   * @throws EngagementException {@link ErrorCode#NO_ATTENDANCE_DECIDED} when no rule decided the attendance,
   *     {@link ErrorCode#CONFLICTING_RULINGS} when more than one rule decided it or the point of contact
   */
  Decision decision(Opportunity opportunity, String ruleBaseVersion) {
    List<Conclusion> rulings = new ArrayList<>();
    List<Conclusion> pointsOfContact = new ArrayList<>();
    Set<Contact> contacts = new LinkedHashSet<>();
    Set<Escalation> escalations = new LinkedHashSet<>();
    Set<Action> actions = EnumSet.noneOf(Action.class);
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (Conclusion conclusion : conclusions) {
      Object fact = conclusion.fact();
      if (fact instanceof AttendanceRuling) {
        rulings.add(conclusion);
      } else if (fact instanceof Contact contact) {
        if (contact.remit() == Remit.POINT_OF_CONTACT) {
          pointsOfContact.add(conclusion);
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
    if (rulings.isEmpty()) {
      throw new EngagementException(
          ErrorCode.NO_ATTENDANCE_DECIDED,
          null,
          "opportunity '" + opportunity.id() + "' (" + opportunity.kind()
              + "): no rule decided the attendance; the rule base has a gap");
    }
    if (rulings.size() > 1) {
      throw conflict(opportunity, "attendance", rulings);
    }
    if (pointsOfContact.size() > 1) {
      throw conflict(opportunity, "point of contact", pointsOfContact);
    }
    AttendanceRuling ruling = (AttendanceRuling) rulings.get(0).fact();
    ImmutableDecision.Builder decision =
        Decision.builder()
            .opportunityId(opportunity.id())
            .attendance(ruling.attendance())
            .addAllContacts(contacts)
            .addAllEscalations(escalations)
            .addAllActions(actions)
            .addAllChannels(channels)
            .addAllReasons(reasons)
            .ruleBaseVersion(ruleBaseVersion);
    ruling.attendee().ifPresent(decision::attendee);
    if (!pointsOfContact.isEmpty()) {
      decision.pointOfContact((Contact) pointsOfContact.get(0).fact());
    }
    return decision.build();
  }

  private static EngagementException conflict(Opportunity opportunity, String what, List<Conclusion> claims) {
    String detail =
        claims.stream()
            .map(c -> "'" + c.rule() + "' (" + describe(c.fact()) + ")")
            .collect(Collectors.joining(" and "));
    return new EngagementException(
        ErrorCode.CONFLICTING_RULINGS,
        null,
        "opportunity '" + opportunity.id() + "': rules " + detail + " each decided the " + what);
  }

  private static String describe(Object fact) {
    if (fact instanceof AttendanceRuling ruling) {
      return ruling.attendance() + ruling.attendee().map(r -> " by " + r).orElse("");
    }
    if (fact instanceof Contact contact) {
      return contact.role().name();
    }
    return String.valueOf(fact);
  }
}

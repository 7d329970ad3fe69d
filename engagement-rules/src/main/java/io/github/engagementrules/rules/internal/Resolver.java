package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.AttendanceOutcome;
import io.github.engagementrules.model.AttendanceRuling;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OverriddenFinding;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.GuideSections;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.internal.DecisionRecorder.Conclusion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one resolver of findings: applies the rule base's declared {@link Precedence} to what the rules concluded,
 * whatever order they fired in. Attendance: the highest tier present decides; two different findings in that tier are
 * a conflict. Point of contact: the candidate earliest in the point-of-contact order. Everything else (contacts for
 * other remits, escalations, actions, channels) is additive. What lost is kept as an {@link OverriddenFinding}.
 * Immutable and thread-safe.
 */
final class Resolver {
  private final Map<String, RuleDescription> rules;
  private final Precedence precedence;
  private final Map<String, Reason> reasons;
  private final Comparator<String> guideOrder;

  /** The resolved attendance: the fact for the second pass, the rules that decided, and what they overrode. */
  record Attendance(AttendanceOutcome outcome, List<String> deciding, List<OverriddenFinding> overridden) {}

  /** The resolved point of contact, if any, the rules that proposed it, and the candidates it overrode. */
  record PointOfContact(Optional<Contact> contact, List<String> deciding, List<OverriddenFinding> overridden) {}

  Resolver(Map<String, RuleDescription> rules, Precedence precedence) {
    this.rules = Map.copyOf(rules);
    this.precedence = precedence;
    Map<String, Reason> byRule = new HashMap<>();
    rules.forEach((name, rule) -> byRule.put(name, reason(rule)));
    this.reasons = Map.copyOf(byRule);
    Map<String, Integer> sectionIndex = new HashMap<>();
    List<GuideSection> sections = GuideSections.all();
    for (int i = 0; i < sections.size(); i++) {
      sectionIndex.put(sections.get(i).id(), i);
    }
    this.guideOrder =
        Comparator.<String>comparingInt(rule -> sectionIndex.getOrDefault(rules.get(rule).section(), Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder());
  }

  /** Each rule's reason, built once per rule base: reasons are immutable, so every decision shares them. */
  Reason reasonOf(String rule) {
    return reasons.get(rule);
  }

  /**
   * Resolves the attendance rulings of the first pass.
   *
   * @throws EngagementException {@link ErrorCode#NO_ATTENDANCE_DECIDED} when no rule ruled, {@link
   *     ErrorCode#CONFLICTING_RULINGS} when rules of the highest tier present ruled differently
   */
  Attendance attendance(Opportunity opportunity, List<Conclusion> rulings) {
    if (rulings.isEmpty()) {
      throw new EngagementException(
          ErrorCode.NO_ATTENDANCE_DECIDED,
          null,
          "opportunity '" + opportunity.id() + "' (" + opportunity.kind()
              + "): no rule decided the attendance; the rule base has a gap");
    }
    int top = rulings.stream().mapToInt(this::rank).min().orElseThrow();
    List<Conclusion> deciding = rulings.stream().filter(c -> rank(c) == top).sorted(byRule()).toList();
    Map<String, List<String>> rulesByFinding = new LinkedHashMap<>();
    for (Conclusion c : deciding) {
      rulesByFinding.computeIfAbsent(ruling(c).describe(), f -> new ArrayList<>()).add(c.rule());
    }
    String tier = tierOf(deciding.get(0).rule());
    if (rulesByFinding.size() > 1) {
      String claims =
          rulesByFinding.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(e -> "'" + e.getValue().get(0) + "' (" + e.getKey() + ")")
              .collect(Collectors.joining(" and "));
      throw new EngagementException(
          ErrorCode.CONFLICTING_RULINGS,
          null,
          "opportunity '" + opportunity.id() + "': rules " + claims + " each decided the attendance in tier '"
              + tier + "'");
    }
    List<String> deciders = deciding.stream().map(Conclusion::rule).distinct().toList();
    AttendanceRuling ruling = ruling(deciding.get(0));
    List<OverriddenFinding> overridden = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Conclusion c : rulings.stream().filter(c -> rank(c) != top).sorted(byRule()).toList()) {
      if (seen.add(c.rule() + '\u0000' + ruling(c).describe())) {
        overridden.add(overridden(c.rule(), ruling(c).describe(), deciders.get(0),
            "tier " + tier + " above " + tierOf(c.rule())));
      }
    }
    AttendanceOutcome outcome =
        AttendanceOutcome.builder()
            .attendance(ruling.attendance())
            .attendee(ruling.attendee())
            .tier(tier)
            .addAllSections(deciders.stream().map(r -> rules.get(r).section()).collect(Collectors.toCollection(TreeSet::new)))
            .build();
    return new Attendance(outcome, deciders, overridden);
  }

  /**
   * Checks that each judgement the opportunity carries answers a referral of it: the person who judged is one the
   * rules referred the opportunity to (whether or not the referral stands).
   *
   * @throws EngagementException {@link ErrorCode#UNREQUESTED_JUDGEMENT} naming the judgement's {@code by} field
   */
  static void checkJudgements(Opportunity opportunity, List<Conclusion> rulings) {
    Set<Role> referredTo = new TreeSet<>();
    for (Conclusion c : rulings) {
      AttendanceRuling ruling = ruling(c);
      if (ruling.attendance() == io.github.engagementrules.model.Attendance.REFER) {
        ruling.attendee().ifPresent(referredTo::add);
      }
    }
    for (int i = 0; i < opportunity.judgements().size(); i++) {
      Role by = opportunity.judgements().get(i).by();
      if (!referredTo.contains(by)) {
        throw new EngagementException(
            ErrorCode.UNREQUESTED_JUDGEMENT,
            "judgements[" + i + "].by",
            "'" + by + "' is not asked to judge this opportunity: "
                + (referredTo.isEmpty()
                    ? "the guide leaves no judgement about it to anyone"
                    : "the guide leaves it to " + referredTo.stream().map(Enum::name).collect(Collectors.joining(" and ")))
                + " (opportunity '" + opportunity.id() + "')");
      }
    }
  }

  /**
   * Resolves the point-of-contact candidates: the one whose role comes first in the declared order.
   *
   * @throws EngagementException {@link ErrorCode#RULE_EVALUATION} for a candidate whose role the order does not list
   */
  PointOfContact pointOfContact(Opportunity opportunity, List<Conclusion> candidates) {
    if (candidates.isEmpty()) {
      return new PointOfContact(Optional.empty(), List.of(), List.of());
    }
    for (Conclusion c : candidates) {
      if (precedence.contactRank(contact(c).role()).isEmpty()) {
        throw new EngagementException(
            ErrorCode.RULE_EVALUATION,
            null,
            "opportunity '" + opportunity.id() + "': rule '" + c.rule() + "' proposes " + contact(c).role()
                + " as point of contact, which the point-of-contact order of " + precedence.source()
                + " does not list");
      }
    }
    Comparator<Conclusion> specificity = Comparator.comparingInt(c -> precedence.contactRank(contact(c).role()).get());
    List<Conclusion> sorted = candidates.stream().sorted(specificity.thenComparing(byRule())).toList();
    Role best = contact(sorted.get(0)).role();
    List<String> deciding =
        sorted.stream().filter(c -> contact(c).role() == best).map(Conclusion::rule).distinct().toList();
    List<OverriddenFinding> overridden = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Conclusion c : sorted) {
      Role role = contact(c).role();
      if (role != best && seen.add(c.rule() + '\u0000' + role)) {
        overridden.add(overridden(c.rule(), "point of contact " + role, deciding.get(0),
            best + " before " + role + " in the point-of-contact order"));
      }
    }
    return new PointOfContact(Optional.of(contact(sorted.get(0))), deciding, overridden);
  }

  /** The decision's point of contact and further contacts, each person named once. */
  record Contacts(Optional<Contact> pointOfContact, List<Contact> others) {}

  /**
   * Names each person once: a person (by roster id) who is the point of contact and also a contact for other remits,
   * or who holds two of the posts named, appears once with all their remits and roles. Further contacts are in the
   * order of their remits, then roles, then names.
   */
  static Contacts merged(Optional<Contact> pointOfContact, Collection<Contact> others) {
    List<Contact> ordered = new ArrayList<>();
    pointOfContact.ifPresent(ordered::add);
    others.stream()
        .distinct()
        .sorted(Comparator.comparing(Contact::remit)
            .thenComparing(Contact::role, Comparator.naturalOrder())
            .thenComparing(c -> c.name().orElse("")))
        .forEach(ordered::add);
    Map<Object, List<Contact>> byPerson = new LinkedHashMap<>();
    for (Contact contact : ordered) {
      Object person = contact.id().<Object>map(id -> id).orElse(contact); // outside the force: as it is
      byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(contact);
    }
    List<Contact> people = new ArrayList<>();
    for (List<Contact> namings : byPerson.values()) {
      Contact first = namings.get(0);
      Set<Remit> remits = new LinkedHashSet<>();
      Set<Role> roles = new LinkedHashSet<>();
      namings.forEach(c -> {
        remits.add(c.remit());
        roles.add(c.role());
      });
      remits.remove(first.remit());
      roles.remove(first.role());
      people.add(
          Contact.builder()
              .role(first.role())
              .id(first.id())
              .name(first.name())
              .remit(first.remit())
              .addAllOtherRemits(remits)
              .addAllOtherRoles(roles)
              .build());
    }
    return pointOfContact.isPresent()
        ? new Contacts(Optional.of(people.get(0)), List.copyOf(people.subList(1, people.size())))
        : new Contacts(Optional.empty(), List.copyOf(people));
  }

  /** Escalations without repeats, immediate ones first, then by role and reason. */
  static List<Escalation> ordered(Collection<Escalation> escalations) {
    return escalations.stream()
        .distinct()
        .sorted(Comparator.comparing(Escalation::priority).thenComparing(Escalation::to)
            .thenComparing(Escalation::reason))
        .toList();
  }

  /** Rule names without repeats, in the order of the guide's sections, then by name. */
  List<String> inGuideOrder(Collection<String> ruleNames) {
    return ruleNames.stream().distinct().sorted(guideOrder).toList();
  }

  private OverriddenFinding overridden(String rule, String finding, String by, String why) {
    return OverriddenFinding.builder()
        .reason(reasons.get(rule))
        .finding(finding)
        .overriddenBy(by)
        .precedence(why)
        .build();
  }

  private int rank(Conclusion ruling) {
    String tier = tierOf(ruling.rule());
    return precedence.rank(tier).orElseThrow(() -> new EngagementException(
        ErrorCode.RULE_EVALUATION, null, "rule '" + ruling.rule() + "' ruled on attendance in undeclared tier '"
            + tier + "'"));
  }

  private String tierOf(String rule) {
    RuleDescription description = rules.get(rule);
    return description == null ? "" : description.tier().orElse("");
  }

  private Comparator<Conclusion> byRule() {
    return Comparator.comparing(Conclusion::rule, guideOrder);
  }

  private static AttendanceRuling ruling(Conclusion conclusion) {
    return (AttendanceRuling) conclusion.fact();
  }

  private static Contact contact(Conclusion conclusion) {
    return (Contact) conclusion.fact();
  }

  private static Reason reason(RuleDescription rule) {
    return Reason.builder()
        .rule(rule.name())
        .section(rule.section())
        .text(rule.reason())
        .quote(rule.quote())
        .interpretation(rule.interpretation())
        .tier(rule.tier())
        .build();
  }

  /** Whether {@code contact} is a candidate for the point of contact. */
  static boolean isCandidate(Contact contact) {
    return contact.remit() == Remit.POINT_OF_CONTACT;
  }
}

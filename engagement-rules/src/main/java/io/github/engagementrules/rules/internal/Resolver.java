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
import io.github.engagementrules.rules.Edition;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.internal.DecisionRecorder.Conclusion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one resolver of findings: applies the rule base's declared {@link Precedence} to what the rules concluded,
 * whatever order they fired in. Attendance: the highest tier present decides; two different findings in that tier are
 * a conflict. Point of contact: the candidate earliest in the point-of-contact order. Everything else (contacts for
 * other remits, escalations, actions, channels) is additive. What lost is kept as an {@link OverriddenFinding}.
 *
 * <p>What resolving needs to know about a rule (its place in the guide's order, its tier's rank, its reason) is worked
 * out once per rule base as a {@link RankedRule}, so that a decision only compares integers and builds its own values.
 * Immutable and thread-safe.
 */
final class Resolver {
  /**
   * A rule as the resolver ranks it, prepared once per rule base.
   *
   * @param name the rule's name
   * @param section the guide section it implements
   * @param tier the precedence tier it names, or {@code ""} when it names none
   * @param tierRank the rank of its tier, 0 for the highest; -1 when the precedence does not declare the tier
   * @param guidePosition its place in the guide's order (by section as the guide orders them, then by name), from 0
   * @param reason the reason decisions give for it, shared by every decision (reasons are immutable)
   */
  record RankedRule(String name, String section, String tier, int tierRank, int guidePosition, Reason reason) {}

  /** The resolved attendance: the fact for the second pass, the rules that decided, and what they overrode. */
  record Attendance(AttendanceOutcome outcome, List<RankedRule> deciding, List<OverriddenFinding> overridden) {}

  /** The resolved point of contact, if any, the rules that proposed it, and the candidates it overrode. */
  record PointOfContact(Optional<Contact> contact, List<RankedRule> deciding, List<OverriddenFinding> overridden) {}

  /** The decision's point of contact and further contacts, each person named once. */
  record Contacts(Optional<Contact> pointOfContact, List<Contact> others) {}

  private static final PointOfContact NO_POINT_OF_CONTACT = new PointOfContact(Optional.empty(), List.of(), List.of());
  private static final Comparator<Conclusion> BY_GUIDE_POSITION =
      Comparator.comparingInt(c -> c.rule().guidePosition());
  private static final Function<Conclusion, Object> RULING = Conclusion::fact;
  private static final Function<Conclusion, Object> CONTACT_ROLE = c -> contact(c).role();
  private static final Comparator<Contact> CONTACT_ORDER =
      Comparator.comparing(Contact::remit)
          .thenComparing(Contact::role, Comparator.naturalOrder())
          .thenComparing(c -> c.name().orElse(""));
  private static final Comparator<Escalation> ESCALATION_ORDER =
      Comparator.comparing(Escalation::priority).thenComparing(Escalation::to).thenComparing(Escalation::reason);

  private final Map<String, RankedRule> rules;
  private final RankedRule[] inGuideOrder;
  private final Precedence precedence;
  private final Optional<String> edition;
  /** The rank of each role in the point-of-contact order, by ordinal; -1 for a role the order does not list. */
  private final int[] contactRanks;
  private final Comparator<Conclusion> bySpecificity;

  Resolver(RuleBaseInfo info, Map<String, RuleDescription> descriptions, Precedence precedence) {
    this.precedence = precedence;
    this.edition = info.edition().map(Edition::label);
    Map<String, Integer> sectionIndex = new HashMap<>();
    List<GuideSection> sections = info.sections();
    for (int i = 0; i < sections.size(); i++) {
      sectionIndex.put(sections.get(i).id(), i);
    }
    Comparator<RuleDescription> guideOrder =
        Comparator.<RuleDescription>comparingInt(r -> sectionIndex.getOrDefault(r.section(), Integer.MAX_VALUE))
            .thenComparing(RuleDescription::name);
    List<RuleDescription> ordered = descriptions.values().stream().sorted(guideOrder).toList();
    Map<String, RankedRule> byName = new HashMap<>();
    this.inGuideOrder = new RankedRule[ordered.size()];
    for (int position = 0; position < ordered.size(); position++) {
      RuleDescription rule = ordered.get(position);
      String tier = rule.tier().orElse("");
      RankedRule ranked =
          new RankedRule(rule.name(), rule.section(), tier, precedence.rank(tier).orElse(-1), position, reason(rule, info));
      byName.put(rule.name(), ranked);
      inGuideOrder[position] = ranked;
    }
    this.rules = Map.copyOf(byName);
    this.contactRanks = new int[Role.values().length];
    for (Role role : Role.values()) {
      contactRanks[role.ordinal()] = precedence.contactRank(role).orElse(-1);
    }
    this.bySpecificity =
        Comparator.<Conclusion>comparingInt(c -> contactRanks[contact(c).role().ordinal()])
            .thenComparing(BY_GUIDE_POSITION);
  }

  /**
   * The rule named {@code name}, as the resolver ranks it.
   *
   * @throws IllegalStateException for a rule the rule base does not describe (the compiler rejects such rule bases)
   */
  RankedRule rule(String name) {
    RankedRule rule = rules.get(name);
    if (rule == null) {
      throw new IllegalStateException("rule '" + name + "' is not described by its rule base");
    }
    return rule;
  }

  /** How many rules there are; their {@link RankedRule#guidePosition() guide positions} run from 0 to this less 1. */
  int ruleCount() {
    return inGuideOrder.length;
  }

  /** The rule at {@code guidePosition} in the guide's order. */
  RankedRule ruleAt(int guidePosition) {
    return inGuideOrder[guidePosition];
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
    int top = Integer.MAX_VALUE;
    for (Conclusion ruling : rulings) {
      top = Math.min(top, rank(ruling));
    }
    List<Conclusion> deciding = new ArrayList<>(rulings.size());
    List<Conclusion> outranked = new ArrayList<>(rulings.size());
    for (Conclusion ruling : rulings) {
      (ruling.rule().tierRank() == top ? deciding : outranked).add(ruling);
    }
    deciding.sort(BY_GUIDE_POSITION);
    AttendanceRuling ruling = ruling(deciding.get(0));
    String tier = deciding.get(0).rule().tier();
    for (Conclusion c : deciding) {
      if (!ruling(c).equals(ruling)) {
        throw conflict(opportunity, deciding, tier);
      }
    }
    List<RankedRule> deciders = distinctRules(deciding);
    List<OverriddenFinding> overridden = new ArrayList<>(outranked.size());
    outranked.sort(BY_GUIDE_POSITION);
    for (int i = 0; i < outranked.size(); i++) {
      Conclusion c = outranked.get(i);
      if (!repeatsEarlierFinding(outranked, i, RULING)) {
        overridden.add(overridden(c.rule(), ruling(c).describe(), deciders.get(0).name(),
            "tier " + tier + " above " + c.rule().tier()));
      }
    }
    AttendanceOutcome outcome =
        AttendanceOutcome.builder()
            .attendance(ruling.attendance())
            .attendee(ruling.attendee())
            .tier(tier)
            .addAllSections(sectionsInOrder(deciders))
            .build();
    return new Attendance(outcome, deciders, overridden);
  }

  /** The conflict between the different findings of the highest tier present, naming a rule for each finding. */
  private static EngagementException conflict(Opportunity opportunity, List<Conclusion> deciding, String tier) {
    Map<String, List<String>> rulesByFinding = new LinkedHashMap<>();
    for (Conclusion c : deciding) {
      rulesByFinding.computeIfAbsent(ruling(c).describe(), f -> new ArrayList<>()).add(c.rule().name());
    }
    String claims =
        rulesByFinding.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> "'" + e.getValue().get(0) + "' (" + e.getKey() + ")")
            .collect(Collectors.joining(" and "));
    return new EngagementException(
        ErrorCode.CONFLICTING_RULINGS,
        null,
        "opportunity '" + opportunity.id() + "': rules " + claims + " each decided the attendance in tier '"
            + tier + "'");
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
      return NO_POINT_OF_CONTACT;
    }
    for (Conclusion c : candidates) {
      if (contactRanks[contact(c).role().ordinal()] < 0) {
        throw new EngagementException(
            ErrorCode.RULE_EVALUATION,
            null,
            "opportunity '" + opportunity.id() + "': rule '" + c.rule().name() + "' proposes " + contact(c).role()
                + " as point of contact, which the point-of-contact order of " + precedence.source()
                + " does not list");
      }
    }
    List<Conclusion> sorted = new ArrayList<>(candidates);
    sorted.sort(bySpecificity);
    Role best = contact(sorted.get(0)).role();
    int proposingBest = 0;
    while (proposingBest < sorted.size() && contact(sorted.get(proposingBest)).role() == best) {
      proposingBest++; // the best role ranks first, so its candidates lead the sorted list
    }
    List<RankedRule> deciding = distinctRules(sorted.subList(0, proposingBest));
    List<OverriddenFinding> overridden = new ArrayList<>(sorted.size() - proposingBest);
    for (int i = proposingBest; i < sorted.size(); i++) {
      Conclusion c = sorted.get(i);
      Role role = contact(c).role();
      if (!repeatsEarlierFinding(sorted, i, CONTACT_ROLE)) {
        overridden.add(overridden(c.rule(), "point of contact " + role, deciding.get(0).name(),
            best + " before " + role + " in the point-of-contact order"));
      }
    }
    return new PointOfContact(Optional.of(contact(sorted.get(0))), deciding, overridden);
  }

  /**
   * Names each person once: a person (by roster id) who is the point of contact and also a contact for other remits,
   * or who holds two of the posts named, appears once with all their remits and roles. Further contacts are in the
   * order of their remits, then roles, then names.
   */
  static Contacts merged(Optional<Contact> pointOfContact, List<Contact> others) {
    if (others.isEmpty() && pointOfContact.map(Resolver::namedOnce).orElse(true)) {
      return new Contacts(pointOfContact, List.of());
    }
    Contact[] sortedOthers = others.toArray(new Contact[0]);
    Arrays.sort(sortedOthers, CONTACT_ORDER);
    List<Contact> ordered = new ArrayList<>(sortedOthers.length + 1);
    pointOfContact.ifPresent(ordered::add);
    int firstOther = ordered.size();
    for (Contact contact : sortedOthers) {
      if (!ordered.subList(firstOther, ordered.size()).contains(contact)) {
        ordered.add(contact);
      }
    }
    List<Contact> people = new ArrayList<>(ordered.size());
    boolean[] named = new boolean[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      if (!named[i]) {
        people.add(person(ordered, i, named));
      }
    }
    return pointOfContact.isPresent()
        ? new Contacts(Optional.of(people.get(0)), List.copyOf(people.subList(1, people.size())))
        : new Contacts(Optional.empty(), List.copyOf(people));
  }

  /**
   * The person named by {@code ordered.get(first)}, with the remits and roles of every later naming of them (marked
   * in {@code named}). A contact outside the force (no roster id) is a person of its own, as it is.
   */
  private static Contact person(List<Contact> ordered, int first, boolean[] named) {
    Contact contact = ordered.get(first);
    Set<Remit> remits = new LinkedHashSet<>();
    Set<Role> roles = new LinkedHashSet<>();
    for (int i = first + 1; i < ordered.size(); i++) {
      Contact later = ordered.get(i);
      if (!named[i] && (contact.id().isPresent() ? contact.id().equals(later.id()) : contact.equals(later))) {
        named[i] = true;
        remits.add(later.remit());
        roles.add(later.role());
      }
    }
    remits.remove(contact.remit());
    roles.remove(contact.role());
    if (remits.isEmpty() && roles.isEmpty() && namedOnce(contact)) {
      return contact;
    }
    return Contact.builder()
        .role(contact.role())
        .id(contact.id())
        .name(contact.name())
        .remit(contact.remit())
        .addAllOtherRemits(remits)
        .addAllOtherRoles(roles)
        .build();
  }

  /**
   * Whether {@code contact}, named by no other contact, is the person as {@link #merged} names them: a contact as
   * rules propose it, with no other remits or roles, needs no rebuilding.
   */
  private static boolean namedOnce(Contact contact) {
    return contact.otherRemits().isEmpty() && contact.otherRoles().isEmpty();
  }

  /** Escalations without repeats, immediate ones first, then by role and reason. */
  static List<Escalation> ordered(List<Escalation> escalations) {
    Escalation[] sorted = escalations.toArray(new Escalation[0]);
    Arrays.sort(sorted, ESCALATION_ORDER);
    List<Escalation> distinct = new ArrayList<>(sorted.length);
    for (Escalation escalation : sorted) {
      // Equal escalations sort next to each other: the order compares every field.
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(escalation)) {
        distinct.add(escalation);
      }
    }
    return distinct;
  }

  /** The rules of {@code conclusions}, sorted by guide position, each once. */
  private static List<RankedRule> distinctRules(List<Conclusion> conclusions) {
    List<RankedRule> rules = new ArrayList<>(conclusions.size());
    for (Conclusion c : conclusions) {
      if (rules.isEmpty() || rules.get(rules.size() - 1) != c.rule()) {
        rules.add(c.rule());
      }
    }
    return rules;
  }

  /**
   * Whether an earlier conclusion of {@code sorted} (sorted so that a rule's equal findings are adjacent) has the same
   * rule and the same {@code finding} as the one at {@code index}: a finding is shown as overridden once per rule.
   */
  private static boolean repeatsEarlierFinding(
      List<Conclusion> sorted, int index, Function<Conclusion, Object> finding) {
    Conclusion c = sorted.get(index);
    for (int i = index - 1; i >= 0 && sorted.get(i).rule() == c.rule(); i--) {
      if (finding.apply(sorted.get(i)).equals(finding.apply(c))) {
        return true;
      }
    }
    return false;
  }

  /** The sections of the deciding rules, sorted and each once, as the outcome lists them. */
  private static Iterable<String> sectionsInOrder(List<RankedRule> deciders) {
    if (deciders.size() == 1) {
      return List.of(deciders.get(0).section());
    }
    Set<String> sections = new TreeSet<>();
    deciders.forEach(rule -> sections.add(rule.section()));
    return sections;
  }

  private static OverriddenFinding overridden(RankedRule rule, String finding, String by, String why) {
    return OverriddenFinding.builder()
        .reason(rule.reason())
        .finding(finding)
        .overriddenBy(by)
        .precedence(why)
        .build();
  }

  private static int rank(Conclusion ruling) {
    if (ruling.rule().tierRank() < 0) {
      throw new EngagementException(
          ErrorCode.RULE_EVALUATION,
          null,
          "rule '" + ruling.rule().name() + "' ruled on attendance in undeclared tier '" + ruling.rule().tier() + "'");
    }
    return ruling.rule().tierRank();
  }

  private static AttendanceRuling ruling(Conclusion conclusion) {
    return (AttendanceRuling) conclusion.fact();
  }

  private static Contact contact(Conclusion conclusion) {
    return (Contact) conclusion.fact();
  }

  private static Reason reason(RuleDescription rule, RuleBaseInfo info) {
    return Reason.builder()
        .rule(rule.name())
        .section(rule.section())
        .text(rule.reason())
        .quote(rule.quote())
        .interpretation(rule.interpretation())
        .tier(rule.tier())
        .awaitingApproval(info.restsOnUnapprovedInterpretation(rule))
        .build();
  }

  /** The label of the edition the rules implement, which every decision names; empty when they do not say. */
  Optional<String> edition() {
    return edition;
  }

  /** Whether {@code contact} is a candidate for the point of contact. */
  static boolean isCandidate(Contact contact) {
    return contact.remit() == Remit.POINT_OF_CONTACT;
  }
}

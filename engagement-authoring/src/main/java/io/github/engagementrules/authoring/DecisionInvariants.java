package io.github.engagementrules.authoring;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Priority;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The properties every decision of a sound rule base has, whatever the opportunity. Exactly one attendance per
 * decision is enforced by the decider itself (a gap or a conflict fails the decision); these are the rest.
 */
public final class DecisionInvariants {
  /** The kinds the guide attends only for a policing purpose. */
  public static final Set<OpportunityKind> PURPOSE_GATED =
      EnumSet.of(
          OpportunityKind.COMMUNITY_MEETING,
          OpportunityKind.COMMUNITY_EVENT,
          OpportunityKind.SCHOOL,
          OpportunityKind.YOUTH_GROUP,
          OpportunityKind.PLACE_OF_WORSHIP,
          OpportunityKind.PARTNER_CONTACT);

  /** Posts held by one named person on the roster: a decision that gives one of them a part names its holder. */
  private static final Set<Role> NAMED_POSTS =
      EnumSet.of(Role.NEIGHBOURHOOD_INSPECTOR, Role.BOROUGH_INSPECTOR, Role.DIVISIONAL_COMMANDER,
          Role.DESIGNATED_PARTNER_CONTACT, Role.HIGHER_EDUCATION_LIAISON_OFFICER, Role.PREVENT_LEAD,
          Role.COMMUNITY_ENGAGEMENT_VOLUNTEER, Role.PCSO);

  private static final Set<Risk> CORE_RESPONSIBILITIES =
      EnumSet.of(Risk.CRIME, Risk.BREACH_OF_THE_PEACE, Risk.IMMEDIATE_THREAT_TO_LIFE);

  private static final Set<Role> ELECTED_MEMBER_ENGAGERS =
      EnumSet.of(Role.NEIGHBOURHOOD_INSPECTOR, Role.BOROUGH_INSPECTOR, Role.DIVISIONAL_COMMANDER);

  private DecisionInvariants() {}

  /**
   * Checks one decision.
   *
   * @param opportunity the opportunity decided
   * @param decision the decision made
   * @return the invariants it breaks, in plain language; empty when it keeps them all
   */
  public static List<String> violations(Opportunity opportunity, Decision decision) {
    List<String> violations = new ArrayList<>();
    boolean threatToLife = opportunity.risks().contains(Risk.IMMEDIATE_THREAT_TO_LIFE);
    boolean engaged = decision.attendance() == Attendance.ATTEND || decision.attendance() == Attendance.DELEGATE;
    if (engaged && decision.pointOfContact().isEmpty() && decision.escalations().isEmpty()) {
      violations.add(decision.attendance() + " without a point of contact or an escalation");
    }
    Set<Role> named = EnumSet.noneOf(Role.class);
    decision.pointOfContact().ifPresent(c -> named.addAll(c.roles()));
    decision.contacts().forEach(c -> named.addAll(c.roles()));
    decision.attendee().filter(NAMED_POSTS::contains).filter(role -> !named.contains(role)).ifPresent(role ->
        violations.add(decision.attendance() + " by " + role + " without naming who holds the post"));
    decision.pointOfContact().filter(c -> c.id().isEmpty() && c.name().isEmpty())
        .ifPresent(c -> violations.add("a point of contact with neither id nor name: " + c.role()));
    decision.contacts().stream().filter(c -> c.id().isEmpty() && c.name().isEmpty())
        .forEach(c -> violations.add("a contact with neither id nor name: " + c.role() + " for " + c.remit()));
    if (decision.attendance() == Attendance.DELEGATE
        && opportunity.risks().stream().anyMatch(CORE_RESPONSIBILITIES::contains)) {
      violations.add("delegated to " + decision.attendee().map(Enum::name).orElse("nobody")
          + " although a core responsibility or a threat to life is engaged");
    }
    if (decision.actions().contains(Action.SEPARATE_PREVENT_AND_CAMPUS_CRIME_CONTACTS)
        && !twoPeopleFor(decision, Remit.PREVENT, Remit.CAMPUS_CRIME)) {
      violations.add("Prevent and campus-crime contacts said to be separate without two different officers holding them");
    }
    if (decision.channels().contains(Channel.FACEBOOK_NEIGHBOURHOOD_PANEL) && !opportunity.difficultToAttendInPerson()) {
      violations.add("a Facebook Neighbourhood Panel for people nobody said found it difficult to attend in person");
    }
    if (opportunity.kind() == OpportunityKind.PATROL
        && (decision.channels().contains(Channel.LOCAL_RADIO) || decision.channels().contains(Channel.LOCAL_NEWSPAPER))) {
      violations.add("local radio or newspapers on a foot patrol");
    }
    if (decision.attendance() == Attendance.REFER && !decision.channels().isEmpty()) {
      violations.add("channels before the person referred to has judged");
    }
    if (decision.attendance() == Attendance.REFER
        && decision.attendee().filter(role -> opportunity.judgements().stream().anyMatch(j -> j.by() == role))
            .isPresent()) {
      violations.add("referred to " + decision.attendee().get() + ", who has already judged it");
    }
    if (threatToLife
        && (!decision.actions().contains(Action.ACTIVATE_CONTINGENCY_PLAN)
            || decision.escalations().stream().noneMatch(e -> e.priority() == Priority.IMMEDIATE))) {
      violations.add("an immediate threat to life without the contingency plan and an immediate escalation");
    }
    boolean policingPurpose =
        !opportunity.purposes().isEmpty()
            || opportunity.risks().contains(Risk.CRIME)
            || opportunity.risks().contains(Risk.BREACH_OF_THE_PEACE);
    if (PURPOSE_GATED.contains(opportunity.kind())
        && !policingPurpose
        && !threatToLife
        && opportunity.judgedToEngage().isEmpty()
        && engaged) {
      violations.add(opportunity.kind() + " attended without a policing purpose, a threat or the judgement of the "
          + "person the guide leaves it to");
    }
    if (threatToLife && !decision.actions().equals(EnumSet.of(Action.ACTIVATE_CONTINGENCY_PLAN))) {
      violations.add("an emergency with routine actions besides the contingency plan: " + decision.actions());
    }
    if (decision.attendance() == Attendance.REFER
        && (decision.attendee().isEmpty()
            || decision.pointOfContact().isEmpty() && decision.escalations().isEmpty())) {
      violations.add("REFER without a person referred to, or without a point of contact or escalation");
    }
    if (opportunity.kind() == OpportunityKind.ELECTED_MEMBER_BRIEFING && !threatToLife
        && decision.attendance() != Attendance.DECLINE) {
      if (decision.attendee().filter(ELECTED_MEMBER_ENGAGERS::contains).isEmpty()) {
        violations.add("elected members engaged by " + decision.attendee().map(Enum::name).orElse("nobody")
            + ", not an Inspector or the Divisional Commander");
      }
    }
    if (opportunity.kind() == OpportunityKind.ELECTED_MEMBER_BRIEFING
        && decision.pointOfContact().filter(c -> !ELECTED_MEMBER_ENGAGERS.contains(c.role())).isPresent()) {
      violations.add("a " + decision.pointOfContact().get().role()
          + " as point of contact for elected members, not an Inspector or the Divisional Commander");
    }
    if (decision.attendance() == Attendance.DELEGATE
        && decision.attendee().filter(r -> r == Role.POLICE_CADETS).isEmpty()) {
      violations.add("DELEGATE to someone other than the Volunteer Police Cadets");
    }
    if (decision.attendance() == Attendance.REDIRECT
        && decision.attendee().filter(r -> r != Role.COMMUNITY_ENGAGEMENT_VOLUNTEER).isPresent()) {
      violations.add("REDIRECT to someone other than the Community Engagement Volunteer");
    }
    if (decision.attendance() == Attendance.REDIRECT && decision.attendee().isEmpty()
        && (decision.channels().isEmpty() || decision.escalations().isEmpty())) {
      violations.add("REDIRECT online without channels or without escalating the vacant volunteer post");
    }
    if (decision.reasons().isEmpty()) {
      violations.add("a decision no rule explains");
    }
    return violations;
  }

  /** Whether two different people (by roster id) are named for the two remits. */
  private static boolean twoPeopleFor(Decision decision, Remit one, Remit other) {
    List<Contact> everyone = new ArrayList<>(decision.contacts());
    decision.pointOfContact().ifPresent(everyone::add);
    Set<String> first = new HashSet<>();
    Set<String> second = new HashSet<>();
    for (Contact contact : everyone) {
      contact.id().ifPresent(id -> {
        if (contact.remits().contains(one)) {
          first.add(id);
        }
        if (contact.remits().contains(other)) {
          second.add(id);
        }
      });
    }
    return first.stream().anyMatch(id -> second.stream().anyMatch(o -> !o.equals(id)));
  }
}

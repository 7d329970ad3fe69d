package io.github.engagementrules.rules.authoring;

import io.github.engagementrules.model.Action;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Priority;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.rules.GuideSections;
import java.util.ArrayList;
import java.util.EnumSet;
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
    if (decision.attendance() == Attendance.ATTEND
        && decision.pointOfContact().isEmpty()
        && decision.escalations().isEmpty()) {
      violations.add("ATTEND without a point of contact or an escalation");
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
        && (decision.attendance() == Attendance.ATTEND || decision.attendance() == Attendance.DELEGATE)) {
      violations.add(opportunity.kind() + " attended without a policing purpose or threat");
    }
    if (threatToLife && !decision.actions().equals(EnumSet.of(Action.ACTIVATE_CONTINGENCY_PLAN))) {
      violations.add("an emergency with routine actions besides the contingency plan: " + decision.actions());
    }
    if (decision.attendance() == Attendance.REFER
        && (decision.attendee().isEmpty()
            || decision.pointOfContact().isEmpty() && decision.escalations().isEmpty())) {
      violations.add("REFER without a person referred to, or without a point of contact or escalation");
    }
    if (opportunity.kind() == OpportunityKind.ELECTED_MEMBER_BRIEFING && !threatToLife) {
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
    for (Reason reason : decision.reasons()) {
      if (GuideSections.byId(reason.section()).isEmpty()) {
        violations.add("rule '" + reason.rule() + "' cites unknown section '" + reason.section() + "'");
      }
    }
    return violations;
  }
}

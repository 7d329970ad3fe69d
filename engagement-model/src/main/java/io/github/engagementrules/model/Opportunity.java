package io.github.engagementrules.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An engagement opportunity: a meeting, event, visit, briefing, patrol or online activity the neighbourhood team is
 * asked to take up, in one ward of one borough or, without a ward, across the borough (borough-wide briefings, partnership
 * and regional working groups, online engagement, patrol plans). Without a ward, ward-level rules (the ward's PCSO) do
 * not apply and the borough's posts serve.
 *
 * <pre>{@code
 * Opportunity meeting = Opportunity.builder()
 *     .id("opp-1").kind(OpportunityKind.COMMUNITY_MEETING)
 *     .borough("Waverley").ward("Farnham Castle")
 *     .addRequests(Request.STATISTICS_REPORT)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Opportunity {
  /** Most stakeholders one opportunity may list. */
  public static final int MAX_STAKEHOLDERS = 100;

  /** The caller's id for this opportunity, echoed in the decision. */
  public abstract String id();

  /** What kind of opportunity this is. */
  public abstract OpportunityKind kind();

  /** The borough, as named in the roster. */
  public abstract String borough();

  /** The ward, as named in the roster under {@link #borough()}; empty for a borough-wide or regional opportunity. */
  public abstract Optional<String> ward();

  /** The policing purposes the opportunity serves; empty when it serves none. */
  public abstract Set<PolicingPurpose> purposes();

  /** What the organisers ask the police for. */
  public abstract Set<Request> requests();

  /** Risks that engage the police's core responsibilities. */
  public abstract Set<Risk> risks();

  /** Specific issues the opportunity is about. */
  public abstract Set<Topic> topics();

  /** Who takes part. */
  public abstract List<Stakeholder> stakeholders();

  /** Whether the events team can attend; when it cannot, cadets may go in its place. */
  @Value.Default
  public boolean eventsTeamAvailable() {
    return true;
  }

  /** Whether the activity is led by intelligence (patrol plans). */
  @Value.Default
  public boolean intelligenceLed() {
    return false;
  }

  /** Whether a new or emerging community has been identified in the area. */
  @Value.Default
  public boolean newOrEmergingCommunity() {
    return false;
  }

  /**
   * Whether the activity is "to assist in helping to identify local issues" (the guide's police-initiated activity);
   * stated by the caller, never inferred from other flags.
   */
  @Value.Default
  public boolean identifyLocalIssues() {
    return false;
  }

  /**
   * Whether the caller says the people to be engaged include sections of the community who have found it difficult
   * to attend such events in person (the guide's Facebook Neighbourhood Panels are for them); never inferred.
   */
  @Value.Default
  public boolean difficultToAttendInPerson() {
    return false;
  }

  /**
   * The judgements of the people the guide leaves this opportunity to, given back on a referral: at most one per
   * person, and only by the person a referral names.
   */
  public abstract List<Judgement> judgements();

  /** The posts whose holders judged that the police should engage, for rules that answer a referral. */
  @Value.Derived
  public Set<Role> judgedToEngage() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    judgements().stream().filter(Judgement::engage).forEach(j -> roles.add(j.by()));
    return roles;
  }

  /** The posts whose holders judged that the police should not engage. */
  @Value.Derived
  public Set<Role> judgedNotToEngage() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    judgements().stream().filter(j -> !j.engage()).forEach(j -> roles.add(j.by()));
    return roles;
  }

  /** The distinct kinds of stakeholder taking part, for rules that ask "is a councillor there?". */
  @Value.Derived
  public Set<StakeholderType> stakeholderTypes() {
    Set<StakeholderType> types = EnumSet.noneOf(StakeholderType.class);
    stakeholders().forEach(s -> types.add(s.type()));
    return types;
  }

  /** A new builder. */
  public static ImmutableOpportunity.Builder builder() {
    return ImmutableOpportunity.builder();
  }

  @Value.Check
  void check() {
    Checks.text("id", id());
    Checks.text("borough", borough());
    ward().ifPresent(ward -> Checks.text("ward", ward));
    if (stakeholders().size() > MAX_STAKEHOLDERS) {
      throw EngagementException.invalid(
          "stakeholders", "has " + stakeholders().size() + " entries, more than the limit of " + MAX_STAKEHOLDERS);
    }
    Set<Role> judges = EnumSet.noneOf(Role.class);
    for (int i = 0; i < judgements().size(); i++) {
      Role by = judgements().get(i).by();
      if (!judges.add(by)) {
        throw EngagementException.invalid("judgements[" + i + "].by", "'" + by + "' has already judged this "
            + "opportunity in an earlier entry; give one judgement per person");
      }
    }
  }
}

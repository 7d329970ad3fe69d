package io.github.engagementrules.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the rule base decided about one opportunity, and why: the attendance, who attends, the point of contact and
 * other contacts by remit, escalations, actions, channels, and the rules that fired in order with the guide section
 * each implements.
 */
@Value.Immutable
public abstract class Decision {
  /** The id of the opportunity decided. */
  public abstract String opportunityId();

  /** Whether and how the police take up the opportunity. */
  public abstract Attendance attendance();

  /** The role that attends; empty when nobody does. */
  public abstract Optional<Role> attendee();

  /** The opportunity's point of contact; empty when none is available (an escalation then says why). */
  public abstract Optional<Contact> pointOfContact();

  /** Further contacts, each for a stated remit (for example the Prevent lead for Prevent matters). */
  public abstract List<Contact> contacts();

  /** Matters passed up: immediate ones first. */
  public abstract List<Escalation> escalations();

  /** Actions for the team. */
  public abstract Set<Action> actions();

  /** Channels to use or to point the public to. */
  public abstract Set<Channel> channels();

  /**
   * The rules whose findings stand, with their guide sections, quotes and explanations: first those that decided the
   * attendance, then the point of contact, then the rest, each group in the order of the guide's sections. The order
   * does not depend on the order rules fired in.
   */
  public abstract List<Reason> reasons();

  /** Findings that applied but were overridden by a finding of higher precedence, with what overrode them. */
  public abstract List<OverriddenFinding> overridden();

  /** The content hash of the rule base that made this decision. */
  public abstract String ruleBaseVersion();

  /**
   * The content hash of the roster the decision was made against ({@code sha256:} and 16 hex digits); every decider of
   * this library sets it. Empty only for a decision built by hand.
   */
  public abstract Optional<String> rosterVersion();

  /**
   * The edition of the guide whose rules made this decision, as people name it (force, guide, edition, such as
   * "Surrey Police, Community Engagement Guide, 2017"). Empty when the rules do not say which edition they are.
   */
  public abstract Optional<String> edition();

  /** The guide sections the fired rules implement, in first-firing order. */
  public List<String> sections() {
    return reasons().stream().map(Reason::section).distinct().toList();
  }

  /** A new builder. */
  public static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
  }
}

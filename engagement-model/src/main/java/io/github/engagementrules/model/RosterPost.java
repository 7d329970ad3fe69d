package io.github.engagementrules.model;

import org.immutables.value.Value;

/**
 * Rule vocabulary: a filled post relevant to the opportunity being decided (the ward's PCSO, the borough's
 * inspectors and named contacts). The decider inserts one per filled post; a vacant post has none, so rules test
 * {@code not RosterPost(role == Role.PCSO)} for a ward without a named PCSO.
 */
@Value.Immutable
public abstract class RosterPost {
  /** The post's role. */
  public abstract Role role();

  /** The officer in post. */
  public abstract Officer officer();

  /** Creates a post. */
  public static RosterPost of(Role role, Officer officer) {
    return ImmutableRosterPost.builder().role(role).officer(officer).build();
  }

  /** This post's officer as a contact for {@code remit}. */
  public Contact contactFor(Remit remit) {
    return Contact.builder().role(role()).id(officer().id()).name(officer().name()).remit(remit).build();
  }
}

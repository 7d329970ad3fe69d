package io.github.engagementrules.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A contact named in a decision: a role, the person in it, and what they are the contact for. */
@Value.Immutable
public abstract class Contact {
  /** The contact's role. */
  public abstract Role role();

  /** The person's roster id; empty for contacts outside the force, such as community intermediaries. */
  public abstract Optional<String> id();

  /** The person's name, when known. Personal data. */
  public abstract Optional<String> name();

  /** What this contact is the contact for. */
  public abstract Remit remit();

  /** A trusted non-police intermediary taking part in the opportunity, recommended to broker a solution. */
  public static Contact intermediary(Stakeholder stakeholder) {
    ImmutableContact.Builder contact = builder().role(Role.COMMUNITY_INTERMEDIARY).remit(Remit.TRUSTED_INTERMEDIARY);
    stakeholder.name().ifPresent(contact::name);
    return contact.build();
  }

  /** A role that is not on the roster (for example the Duty Inspector) as a contact for {@code remit}. */
  public static Contact role(Role role, Remit remit) {
    return builder().role(role).remit(remit).build();
  }

  /** A new builder. */
  public static ImmutableContact.Builder builder() {
    return ImmutableContact.builder();
  }
}

package io.github.engagementrules.model;

import java.util.ArrayList;
import java.util.List;
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

  /** What else the same person is the contact for in this decision: one person is named once, with every remit. */
  public abstract List<Remit> otherRemits();

  /** Other posts the same person holds that this decision names them for. */
  public abstract List<Role> otherRoles();

  /** Every remit of this contact, {@link #remit()} first. */
  public List<Remit> remits() {
    List<Remit> remits = new ArrayList<>();
    remits.add(remit());
    remits.addAll(otherRemits());
    return List.copyOf(remits);
  }

  /** Every role this contact is named for, {@link #role()} first. */
  public List<Role> roles() {
    List<Role> roles = new ArrayList<>();
    roles.add(role());
    roles.addAll(otherRoles());
    return List.copyOf(roles);
  }

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

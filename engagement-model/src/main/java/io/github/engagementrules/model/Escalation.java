package io.github.engagementrules.model;

import org.immutables.value.Value;

/** A matter a decision passes up to a role, with why and how urgently. Rules insert these as facts. */
@Value.Immutable
public abstract class Escalation {
  /** The role the matter goes to. */
  public abstract Role to();

  /** Why, in plain language. */
  public abstract String reason();

  /** How urgently. */
  public abstract Priority priority();

  /** Creates an escalation. */
  public static Escalation of(Role to, String reason, Priority priority) {
    return ImmutableEscalation.builder().to(to).reason(reason).priority(priority).build();
  }

  /** Creates a routine escalation. */
  public static Escalation routine(Role to, String reason) {
    return of(to, reason, Priority.ROUTINE);
  }

  /** Creates an immediate escalation. */
  public static Escalation immediate(Role to, String reason) {
    return of(to, reason, Priority.IMMEDIATE);
  }

  @Value.Check
  void check() {
    if (reason().isBlank()) {
      throw EngagementException.invalid("reason", "must not be blank");
    }
  }
}

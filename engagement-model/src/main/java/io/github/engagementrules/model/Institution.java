package io.github.engagementrules.model;

import org.immutables.value.Value;

/**
 * A university or college with a dedicated higher-education liaison officer of its own ("Some institutions have a
 * dedicated higher liaison officer which may be in part funded by the university"). A university or college
 * stakeholder of an opportunity whose name is the institution's is served by that officer.
 */
@Value.Immutable
public abstract class Institution {
  /** The institution's name, as stakeholders name it (compared ignoring case and surrounding spaces). */
  public abstract String name();

  /** Its dedicated higher-education liaison officer. */
  public abstract Officer higherEducationLiaisonOfficer();

  /** Creates an institution. */
  public static Institution of(String name, Officer higherEducationLiaisonOfficer) {
    return builder().name(name).higherEducationLiaisonOfficer(higherEducationLiaisonOfficer).build();
  }

  /** A new builder. */
  public static ImmutableInstitution.Builder builder() {
    return ImmutableInstitution.builder();
  }

  @Value.Check
  void check() {
    Checks.text("name", name());
  }
}

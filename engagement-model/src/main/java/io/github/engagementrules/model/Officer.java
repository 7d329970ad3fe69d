package io.github.engagementrules.model;

import org.immutables.value.Value;

/** A named officer or member of staff on the roster. Names are personal data. */
@Value.Immutable
public abstract class Officer {
  /** The officer's stable id, such as a collar number. */
  public abstract String id();

  /** The officer's name. */
  public abstract String name();

  /** Creates an officer. */
  public static Officer of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** A new builder. */
  public static ImmutableOfficer.Builder builder() {
    return ImmutableOfficer.builder();
  }

  @Value.Check
  void check() {
    Checks.text("id", id());
    Checks.text("name", name());
  }
}

package io.github.engagementrules.model;

import org.immutables.value.Value;

/**
 * A finding a rule made that did not decide, because a finding of higher precedence did: an attendance ruling of a
 * lower tier, or a point-of-contact candidate less specific than the one chosen. Decisions list them so that the
 * explanation shows everything that applied, not only what won.
 */
@Value.Immutable
public abstract class OverriddenFinding {
  /** The rule whose finding was overridden, with its section, quote and explanation. */
  public abstract Reason reason();

  /** The finding, such as {@code DECLINE}, {@code ATTEND by EVENTS_TEAM} or {@code point of contact PCSO}. */
  public abstract String finding();

  /** The rule whose finding took precedence. */
  public abstract String overriddenBy();

  /**
   * Why it took precedence, such as {@code tier emergency above engage} or {@code PREVENT_LEAD before PCSO in the
   * point-of-contact order}.
   */
  public abstract String precedence();

  /** A new builder. */
  public static ImmutableOverriddenFinding.Builder builder() {
    return ImmutableOverriddenFinding.builder();
  }
}

package io.github.engagementrules.model;

import org.immutables.value.Value;

/** One rule that fired for a decision: its name, the guide section it implements and why it applies. */
@Value.Immutable
public abstract class Reason {
  /** The rule's name. */
  public abstract String rule();

  /** The id of the guide section the rule implements, such as {@code community-meetings}. */
  public abstract String section();

  /** The rule's explanation in plain language. */
  public abstract String text();

  /** Creates a reason. */
  public static Reason of(String rule, String section, String text) {
    return ImmutableReason.builder().rule(rule).section(section).text(text).build();
  }
}

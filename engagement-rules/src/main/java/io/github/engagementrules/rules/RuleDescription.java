package io.github.engagementrules.rules;

import org.immutables.value.Value;

/** One rule of a rule base: its name, the guide section it implements, its explanation and its file. */
@Value.Immutable
public abstract class RuleDescription {
  /** The rule's name. */
  public abstract String name();

  /** The id of the guide section named by the rule's {@code @section}. */
  public abstract String section();

  /** The rule's {@code @reason}: why it decides as it does, in plain language. */
  public abstract String reason();

  /** The DRL file the rule is written in. */
  public abstract String file();

  /** A new builder. */
  public static ImmutableRuleDescription.Builder builder() {
    return ImmutableRuleDescription.builder();
  }
}

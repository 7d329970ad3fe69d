package io.github.engagementrules.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of a rule base: its name, the guide section it implements, the guide's words it quotes, its explanation,
 * the local interpretation it makes beyond the text (if any), its precedence tier (for attendance findings), its
 * wording for the public (if any) and where it is written.
 */
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

  /** The line of {@link #file()} the rule starts on; 0 when unknown. */
  @Value.Default
  public int line() {
    return 0;
  }

  /** The rule's {@code @quote}: the sentence or clause of its section it implements, verbatim. */
  @Value.Default
  public String quote() {
    return "";
  }

  /** The rule's {@code @interpretation}: what it decides beyond the guide's text, and why; empty when nothing. */
  public abstract Optional<String> interpretation();

  /**
   * The rule's {@code @id}: a stable identity that survives a rename of the rule, unique in its rule base; scenarios
   * may name the rule by it. Empty when the rule declares none.
   */
  public abstract Optional<String> id();

  /** The rule's {@code @tier}: the precedence tier of the attendance finding it makes; empty for other rules. */
  public abstract Optional<String> tier();

  /**
   * The rule's {@code @public}: what the person who invited the police is told when the rule's finding stands, in plain
   * English; empty when the rule has none (older rule folders, and rules that tell the public nothing).
   */
  public abstract Optional<String> publicWording();

  /** A new builder. */
  public static ImmutableRuleDescription.Builder builder() {
    return ImmutableRuleDescription.builder();
  }
}

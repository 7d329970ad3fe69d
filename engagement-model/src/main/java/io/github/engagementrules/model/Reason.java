package io.github.engagementrules.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule that took part in a decision: its name, the guide section it implements, why it applies, the guide's own
 * words it implements, and, where the rule goes beyond the text, the local interpretation it makes.
 */
@Value.Immutable
public abstract class Reason {
  /** The rule's name. */
  public abstract String rule();

  /** The id of the guide section the rule implements, such as {@code community-meetings}. */
  public abstract String section();

  /** The rule's explanation in plain language. */
  public abstract String text();

  /** The sentence or clause of the section the rule implements, verbatim; empty for rules written before quotes. */
  @Value.Default
  public String quote() {
    return "";
  }

  /**
   * What the rule decides beyond the guide's text, and why: a local choice of the force, not the guide. Empty when
   * the rule only applies the text.
   */
  public abstract Optional<String> interpretation();

  /** The precedence tier of the rule's attendance finding (such as {@code emergency}); empty for other rules. */
  public abstract Optional<String> tier();

  /**
   * Whether the reason rests on a local interpretation (the rule's own, or a marked function's it calls) that the
   * policy owner has not approved as it is written now. False for reasons made before approvals were recorded.
   */
  @Value.Default
  public boolean awaitingApproval() {
    return false;
  }

  /** Whether the rule makes a local interpretation beyond the guide's text. */
  public boolean isInterpretation() {
    return interpretation().isPresent();
  }

  /** Creates a reason with no quote, interpretation or tier. */
  public static Reason of(String rule, String section, String text) {
    return builder().rule(rule).section(section).text(text).build();
  }

  /** A new builder. */
  public static ImmutableReason.Builder builder() {
    return ImmutableReason.builder();
  }
}

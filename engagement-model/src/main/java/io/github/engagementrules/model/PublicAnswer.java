package io.github.engagementrules.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * What the person who invited the police is told about a decision, in plain English: whether the police will come,
 * why, and who to contact and how. It is derived from a {@link Decision} and never disagrees with it; it names no one
 * but the people the force has chosen to name to the public (by default only the ward's named PCSO), and carries no
 * escalation, interpretation note or rule name.
 */
@Value.Immutable
public abstract class PublicAnswer {
  /** The id of the opportunity answered. */
  public abstract String opportunityId();

  /** Whether the police come: they attend, or Volunteer Police Cadets come in their place. */
  public abstract boolean policeAttend();

  /** Whether the request has been passed to someone who will decide, so that the answer is not final. */
  public abstract boolean referred();

  /** Whether there is an immediate threat to life: the answer then says to call 999, and is no form letter. */
  public abstract boolean emergency();

  /** One sentence: what the police will do. */
  public abstract String summary();

  /** Why, in plain words: the wording of each rule the decision rests on, in the decision's order. */
  public abstract List<String> details();

  /** Who to contact, and how. */
  public abstract List<PublicContact> contacts();

  /** What to do in an emergency; it always says to call 999. */
  public abstract String emergencyAdvice();

  /** The content hash of the rule base that made the decision. */
  public abstract String ruleBaseVersion();

  /** A new builder. */
  public static ImmutablePublicAnswer.Builder builder() {
    return ImmutablePublicAnswer.builder();
  }

  @Value.Check
  void check() {
    Checks.text("summary", summary());
    if (!emergencyAdvice().contains("999")) {
      throw EngagementException.invalid("emergencyAdvice", "must say to call 999, got '" + emergencyAdvice() + "'");
    }
    if (referred() && policeAttend()) {
      throw EngagementException.invalid("referred", "a referred request is not yet attended");
    }
  }
}

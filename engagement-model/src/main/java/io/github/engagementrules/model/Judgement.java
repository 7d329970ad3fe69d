package io.github.engagementrules.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The judgement of the person the guide leaves a decision to (for example "The Neighbourhood Inspector will assess if
 * there are specific community engagement benefits from attendance"), given back on a referred opportunity so that
 * the rules can decide who attends. Only the person a referral named may judge; any other is an error ({@link
 * ErrorCode#UNREQUESTED_JUDGEMENT}).
 */
@Value.Immutable
public abstract class Judgement {
  /** Who judged: the post the referral named, such as {@link Role#NEIGHBOURHOOD_INSPECTOR}. */
  public abstract Role by();

  /** Whether they judged that the police should engage. */
  public abstract boolean engage();

  /** What they noted about their judgement, if anything; echoed, never interpreted. */
  public abstract Optional<String> note();

  /** A judgement without a note. */
  public static Judgement of(Role by, boolean engage) {
    return builder().by(by).engage(engage).build();
  }

  /** A new builder. */
  public static ImmutableJudgement.Builder builder() {
    return ImmutableJudgement.builder();
  }

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.text("note", n));
  }
}

package io.github.engagementrules.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which edition of which force's guide a rule base implements, from the {@code edition.json} of its folder: the force,
 * the guide's title, the edition, the date it is in force from, the date its yearly review is due and the post that
 * owns it. Decisions name the edition that made them.
 */
@Value.Immutable
public abstract class Edition {
  /** How close a review date must be for {@link #reviewNotice(LocalDate)} to speak of it. */
  public static final int REVIEW_NOTICE_DAYS = 30;

  /** The force whose guide it is, such as "Surrey Police". */
  public abstract String force();

  /** The guide's title, such as "Community Engagement Guide". */
  public abstract String guide();

  /** The edition's name, such as "2017" or "2027 draft 2". */
  public abstract String edition();

  /** The first day this edition applies. */
  public abstract LocalDate inForceFrom();

  /** The day its review is due. */
  public abstract LocalDate reviewDue();

  /** The post that owns the guide and approves its local interpretations (a post, never a person's name). */
  public abstract String policyOwner();

  /** The edition as people name it: force, guide and edition, such as "Surrey Police, Community Engagement Guide, 2017". */
  public String label() {
    return force() + ", " + guide() + ", " + edition();
  }

  /**
   * What a reader must know about the review on {@code today}: that it is overdue, or due within {@value
   * #REVIEW_NOTICE_DAYS} days, with the date; empty when it is further off.
   *
   * @param today the day to judge on
   * @return the notice, or empty
   */
  public Optional<String> reviewNotice(LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, reviewDue());
    if (days < 0) {
      return Optional.of("the review of " + label() + " was due on " + reviewDue() + ", " + -days
          + " days ago: review the guide and its rules and start a new edition");
    }
    if (days <= REVIEW_NOTICE_DAYS) {
      return Optional.of("the review of " + label() + " is due on " + reviewDue() + ", in " + days + " days");
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (!reviewDue().isAfter(inForceFrom())) {
      throw new IllegalStateException(
          "reviewDue: must be after inForceFrom (" + inForceFrom() + "), got " + reviewDue());
    }
  }

  /** A new builder. */
  public static ImmutableEdition.Builder builder() {
    return ImmutableEdition.builder();
  }
}

package io.github.engagementrules.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rule vocabulary: a rule's finding about attendance. Every rule whose conditions hold inserts its finding; the
 * decider resolves them by the precedence tiers the rule base declares ({@code @tier} on each rule), whatever the
 * order the rules fired in, and inserts the result as an {@link AttendanceOutcome}.
 */
@Value.Immutable
public abstract class AttendanceRuling {
  /** The attendance decided. */
  public abstract Attendance attendance();

  /** Who attends, if anyone. */
  public abstract Optional<Role> attendee();

  /** The police attend, through {@code attendee}. */
  public static AttendanceRuling attend(Role attendee) {
    return ImmutableAttendanceRuling.builder().attendance(Attendance.ATTEND).attendee(attendee).build();
  }

  /** The police do not attend. */
  public static AttendanceRuling decline() {
    return ImmutableAttendanceRuling.builder().attendance(Attendance.DECLINE).build();
  }

  /** The request is pointed to {@code attendee} instead. */
  public static AttendanceRuling redirect(Role attendee) {
    return ImmutableAttendanceRuling.builder().attendance(Attendance.REDIRECT).attendee(attendee).build();
  }

  /** The request is pointed online (police.uk, In The Know), with nobody to point it to. */
  public static AttendanceRuling redirect() {
    return ImmutableAttendanceRuling.builder().attendance(Attendance.REDIRECT).build();
  }

  /** The judgement is left to {@code person}, as the guide says. */
  public static AttendanceRuling refer(Role person) {
    return ImmutableAttendanceRuling.builder().attendance(Attendance.REFER).attendee(person).build();
  }

  /** The finding in a few words, such as {@code ATTEND by EVENTS_TEAM}. */
  public String describe() {
    return attendance() + attendee().map(role -> " by " + role).orElse("");
  }

  /** {@code attendee} goes in the police's place. */
  public static AttendanceRuling delegate(Role attendee) {
    return ImmutableAttendanceRuling.builder().attendance(Attendance.DELEGATE).attendee(attendee).build();
  }
}

package io.github.engagementrules.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rule vocabulary: a rule's conclusion about attendance. A rule base must insert exactly one per opportunity; rules
 * guard with {@code not AttendanceRuling()} so that the first (highest salience) ruling stands.
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

  /** {@code attendee} goes in the police's place. */
  public static AttendanceRuling delegate(Role attendee) {
    return ImmutableAttendanceRuling.builder().attendance(Attendance.DELEGATE).attendee(attendee).build();
  }
}

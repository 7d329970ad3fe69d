package io.github.engagementrules.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Rule vocabulary: the attendance as resolved from the rules' {@link AttendanceRuling}s by the declared precedence.
 * The decider inserts it after the first firing pass; rules that follow from the attendance (points of contact,
 * actions, channels, escalations) test it, and no rule inserts it.
 */
@Value.Immutable
public abstract class AttendanceOutcome {
  /** The attendance decided. */
  public abstract Attendance attendance();

  /** Who attends, is delegated, redirected or referred to, if anyone. */
  public abstract Optional<Role> attendee();

  /** The precedence tier that decided, such as {@code emergency} or {@code engage}. */
  public abstract String tier();

  /** The guide sections of the rules that decided. */
  public abstract Set<String> sections();

  /** Whether {@code role} attends (or is delegated, redirected or referred to). */
  public boolean attendedBy(Role role) {
    return attendee().filter(role::equals).isPresent();
  }

  /** A new builder. */
  public static ImmutableAttendanceOutcome.Builder builder() {
    return ImmutableAttendanceOutcome.builder();
  }
}

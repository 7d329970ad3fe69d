package io.github.engagementrules.rules;

import org.immutables.value.Value;

/** A problem found in a rule file, reported as {@code file:line:column: message}. */
@Value.Immutable
public abstract class RuleProblem {
  /** How serious a problem is. */
  public enum Severity {
    /** The rule base cannot be used. */
    ERROR,
    /** The rule base works, but something deserves attention. */
    WARNING
  }

  /** The file the problem is in (a path for files on disk, a resource name for built-in rules). */
  public abstract String file();

  /** The line, from 1; 0 when the problem concerns the whole file. */
  public abstract int line();

  /** The column, from 1; 0 when unknown. */
  public abstract int column();

  /** What is wrong. */
  public abstract String message();

  /** How serious it is. */
  public abstract Severity severity();

  /** A new builder. */
  public static ImmutableRuleProblem.Builder builder() {
    return ImmutableRuleProblem.builder();
  }

  /**
   * A problem with a whole file or folder rather than a place in it (line and column 0): a rule folder that cannot be
   * read, a guide section no rule implements.
   *
   * @param file the file or folder
   * @param message what is wrong
   * @param severity how serious it is
   * @return the problem
   */
  public static RuleProblem ofWhole(String file, String message, Severity severity) {
    return builder().file(file).line(0).column(0).message(message).severity(severity).build();
  }

  /** The problem as {@code file:line:column: message}, with {@code warning: } before warnings' messages. */
  @Override
  public String toString() {
    return file() + ":" + line() + ":" + column() + ": " + (severity() == Severity.WARNING ? "warning: " : "")
        + message();
  }
}

package io.github.engagementrules.authoring;

import java.util.Objects;
import java.util.Optional;

/**
 * One mutant of the rule base and what became of it.
 *
 * @param operator how the rule base was changed
 * @param file the rule file changed, as it was named when loaded
 * @param line the line of the change, from 1
 * @param rule the rule changed, as {@code rule "name"} (or {@code function name} for a function of the file)
 * @param change what the mutant does differently, completing "no scenario notices if {@code rule} ..."
 * @param status whether a scenario noticed
 * @param detail for a killed mutant the scenario that noticed; for a survivor an opportunity whose decision the
 *     mutant changes, when one was found; for an equivalent mutant what was compared; for a stillborn one the first
 *     compile error
 * @param guard for a survivor with such an opportunity, a scenario that would kill it: the opportunity, expecting
 *     what the original rules decide there (check it against the guide before adding it to the suite)
 */
public record Mutant(
    MutationOperator operator,
    String file,
    int line,
    String rule,
    String change,
    Status status,
    String detail,
    Optional<Scenario> guard) {

  /** What became of a mutant. */
  public enum Status {
    /** A scenario that passes on the original rules fails on the mutant. */
    KILLED,
    /** Every scenario still passes, and the mutant is not known to decide as the original does. */
    SURVIVED,
    /** Every scenario still passes, and no decision compared changes: the mutant is equivalent to the original. */
    EQUIVALENT,
    /** The mutant does not compile. */
    STILLBORN
  }

  /** Checks that every part is present. */
  public Mutant {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(guard, "guard");
  }

  /** This mutant with another status, detail and guard. */
  Mutant with(Status newStatus, String newDetail, Optional<Scenario> newGuard) {
    return new Mutant(operator, file, line, rule, change, newStatus, newDetail, newGuard);
  }

  /** Where the change is: {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }

  /** The advice for a survivor: {@code file:line: no scenario notices if rule "R" ...}. */
  public String advice() {
    return location() + ": no scenario notices if " + rule + " " + change;
  }
}

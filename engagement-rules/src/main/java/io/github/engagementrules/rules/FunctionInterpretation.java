package io.github.engagementrules.rules;

import java.util.List;
import java.util.Objects;

/**
 * A DRL {@code function} marked as a local interpretation: a definition the rules rely on that goes beyond the guide's
 * text (what counts as "a need to disseminate information ... on a specific issue", say). It is marked by a comment
 * directly above the function, {@code // @interpretation: the local choice and why}, continued on the {@code //} lines
 * below it.
 *
 * @param name the function's name
 * @param file the DRL file it is written in
 * @param line the line of its {@code function} keyword
 * @param interpretation the local choice it makes, and why
 * @param usedBy the names of the rules that call it, directly or through other functions, in rule-base order
 */
public record FunctionInterpretation(String name, String file, int line, String interpretation, List<String> usedBy) {
  /** Checks that every part is present and copies the rules. */
  public FunctionInterpretation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(interpretation, "interpretation");
    usedBy = List.copyOf(usedBy);
  }
}

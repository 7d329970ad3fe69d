package io.github.engagementrules.authoring;

import io.github.engagementrules.model.Opportunity;
import java.util.List;

/**
 * One way decisions change between two rule bases, how many opportunities change that way, and the first of them.
 *
 * @param sections the guide sections the change is attributed to: those of the rules that fire in only one of the two
 *     decisions, or, when the same rules fire, those of the rules that fired (a rule's consequence changed)
 * @param change how the decision changes, field by field, such as {@code attendance: ATTEND by SNT_OFFICER -> DECLINE}
 * @param count how many opportunities change this way
 * @param example the first such opportunity
 */
public record DecisionChange(List<String> sections, String change, long count, Opportunity example) {
  /** Copies the sections. */
  public DecisionChange {
    sections = List.copyOf(sections);
  }
}

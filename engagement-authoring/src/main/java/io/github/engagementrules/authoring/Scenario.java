package io.github.engagementrules.authoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import java.util.Objects;

/**
 * One scenario of a policy author's test suite: an opportunity, the roster to decide it against, and the decision
 * fields expected (any subset; see {@link Scenarios} for the format).
 *
 * @param name the scenario's name, for reports
 * @param source the file the scenario was read from, for reports
 * @param roster the roster the opportunity is decided against
 * @param opportunity the opportunity to decide
 * @param expected the expected decision fields, as written in the scenario file's {@code expect} object
 */
public record Scenario(String name, String source, Roster roster, Opportunity opportunity, ObjectNode expected) {
  /** Checks that every part is present and copies the expectations. */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(opportunity, "opportunity");
    expected = Objects.requireNonNull(expected, "expected").deepCopy();
  }

  /** The expectations (a copy: scenarios are immutable). */
  @Override
  public ObjectNode expected() {
    return expected.deepCopy();
  }
}

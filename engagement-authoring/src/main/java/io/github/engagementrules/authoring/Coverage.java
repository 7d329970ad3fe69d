package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.internal.CoveragePlan;
import io.github.engagementrules.authoring.internal.DerivedInputs;
import io.github.engagementrules.model.Opportunity;
import java.math.BigInteger;

/**
 * The inputs of a {@link DerivedDomain} chosen for checking, numbered from 0 to {@link #size()} - 1: every combination
 * of the factors' classes when there are few enough ({@link #exhaustive()}), otherwise the rows of a t-way covering
 * array, in which every combination of the classes of any {@link #strength()} factors occurs at least once.
 * Immutable and thread-safe.
 */
public final class Coverage {
  private final DerivedInputs inputs;
  private final CoveragePlan plan;

  Coverage(DerivedInputs inputs, CoveragePlan plan) {
    this.inputs = inputs;
    this.plan = plan;
  }

  /** Whether every combination of the factors' classes is checked. */
  public boolean exhaustive() {
    return plan.exhaustive();
  }

  /** The covering array's strength t, or 0 when the coverage is {@link #exhaustive()}. */
  public int strength() {
    return plan.strength();
  }

  /** How many inputs are checked. */
  public long size() {
    return plan.size();
  }

  /** How many combinations of the factors' classes there are in all. */
  public BigInteger combinations() {
    return plan.combinations();
  }

  /**
   * What the coverage guarantees, in one line: "all 1,234 combinations of the 14 factors' classes" or "every 3-way
   * combination of the 14 factors' classes occurs in at least one of 4,294 inputs (...)".
   */
  public String guarantee() {
    return plan.guarantee();
  }

  /**
   * The input numbered {@code index}; its id is {@code "derived-" + index}, its place one of {@link
   * DerivedDomain#roster()}.
   *
   * @param index the input's number
   * @return the opportunity
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
   */
  public Opportunity opportunity(long index) {
    return inputs.opportunity("derived-" + index, plan.row(index));
  }
}

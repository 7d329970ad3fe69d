package io.github.engagementrules.authoring.internal;

import java.math.BigInteger;

/**
 * Which combinations of factor classes to check: all of them when their number fits the budget, otherwise the rows
 * of a t-way {@link CoveringArray}. Immutable and thread-safe.
 */
public final class CoveragePlan {
  /** The strongest covering array asked for. */
  public static final int MAX_STRENGTH = 5;

  private final int[] sizes;
  private final BigInteger combinations;
  private final int strength;
  private final int[][] rows;

  private CoveragePlan(int[] sizes, BigInteger combinations, int strength, int[][] rows) {
    this.sizes = sizes;
    this.combinations = combinations;
    this.strength = strength;
    this.rows = rows;
  }

  /**
   * The plan for factors of these sizes: every combination when there are at most {@code budget}, otherwise a
   * covering array of strength {@code strength}.
   *
   * @throws IllegalArgumentException when {@code budget} is not positive or {@code strength} is outside 1..5
   */
  public static CoveragePlan of(int[] sizes, long budget, int strength) {
    if (budget < 1) {
      throw new IllegalArgumentException("budget: must be positive, got " + budget);
    }
    if (strength < 1 || strength > MAX_STRENGTH) {
      throw new IllegalArgumentException("strength: must be 1 to " + MAX_STRENGTH + ", got " + strength);
    }
    BigInteger combinations = BigInteger.ONE;
    for (int size : sizes) {
      combinations = combinations.multiply(BigInteger.valueOf(size));
    }
    if (combinations.compareTo(BigInteger.valueOf(budget)) <= 0) {
      return new CoveragePlan(sizes.clone(), combinations, 0, null);
    }
    return new CoveragePlan(sizes.clone(), combinations, strength, CoveringArray.ipog(sizes, strength));
  }

  /** Whether every combination is checked. */
  public boolean exhaustive() {
    return rows == null;
  }

  /** The covering array's strength, or 0 when every combination is checked. */
  public int strength() {
    return strength;
  }

  /** How many combinations of the factors' classes there are in all. */
  public BigInteger combinations() {
    return combinations;
  }

  /** How many inputs the plan checks. */
  public long size() {
    return rows == null ? combinations.longValueExact() : rows.length;
  }

  /**
   * The class index of each factor in input {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
   */
  public int[] row(long index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " is outside 0.." + (size() - 1));
    }
    if (rows != null) {
      return rows[(int) index].clone();
    }
    int[] row = new int[sizes.length];
    long rest = index;
    for (int f = sizes.length - 1; f >= 0; f--) {
      row[f] = (int) (rest % sizes[f]);
      rest /= sizes[f];
    }
    return row;
  }

  /** The guarantee in one line, such as "every 3-way combination of the 15 factors' classes occurs in ...". */
  public String guarantee() {
    if (rows == null) {
      return String.format("all %,d combinations of the %d factors' classes", combinations, sizes.length);
    }
    return String.format("every %d-way combination of the %d factors' classes occurs in at least one of %,d inputs"
        + " (of %,d combinations in all)", strength, sizes.length, rows.length, combinations);
  }
}

package io.github.engagementrules.authoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A t-way covering array built with IPOG (Y. Lei, R. Kacker, D. R. Kuhn, V. Okun, J. Lawrence, "IPOG: A General
 * Strategy for T-Way Software Testing", ECBS 2007): rows of factor values such that, for any {@code t} factors,
 * every combination of their values occurs in at least one row.
 *
 * <p>The first {@code t} factors (largest first) are enumerated in full; each further factor is added by horizontal
 * growth (each row gets the value that covers the most combinations not yet covered) and vertical growth (rows added,
 * or "don't care" positions filled, for the combinations still missing). Deterministic: the same sizes and strength
 * give the same rows.
 */
public final class CoveringArray {
  private static final int DONT_CARE = -1;

  private CoveringArray() {}

  /**
   * The rows of a covering array of strength {@code t} over factors with the given numbers of values.
   *
   * @param sizes each factor's number of values, each at least 1
   * @param t the strength; when it is at least the number of factors, every combination is returned
   * @return the rows; {@code rows[r][f]} is the value (0-based) of factor {@code f} in row {@code r}
   * @throws IllegalArgumentException when {@code t} is below 1 or a size below 1
   */
  public static int[][] ipog(int[] sizes, int t) {
    if (t < 1) {
      throw new IllegalArgumentException("strength: must be at least 1, got " + t);
    }
    for (int f = 0; f < sizes.length; f++) {
      if (sizes[f] < 1) {
        throw new IllegalArgumentException("sizes[" + f + "]: must be at least 1, got " + sizes[f]);
      }
    }
    int k = sizes.length;
    if (k == 0) {
      return new int[][] {{}};
    }
    // Largest factors first: IPOG's arrays are smaller that way.
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> sizes[b] != sizes[a] ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b));
    int[] sorted = new int[k];
    for (int i = 0; i < k; i++) {
      sorted[i] = sizes[order[i]];
    }
    List<int[]> rows = build(sorted, Math.min(t, k));
    int[][] result = new int[rows.size()][k];
    for (int r = 0; r < rows.size(); r++) {
      int[] row = rows.get(r);
      for (int i = 0; i < k; i++) {
        // A position no combination needed gets a value that varies from row to row.
        result[r][order[i]] = row[i] == DONT_CARE ? r % sorted[i] : row[i];
      }
    }
    return result;
  }

  private static List<int[]> build(int[] sizes, int t) {
    int k = sizes.length;
    List<int[]> rows = new ArrayList<>();
    int[] first = new int[k];
    Arrays.fill(first, DONT_CARE);
    enumerate(sizes, t, 0, first, rows);
    for (int i = t; i < k; i++) {
      extend(rows, sizes, t, i);
    }
    return rows;
  }

  private static void enumerate(int[] sizes, int t, int position, int[] row, List<int[]> rows) {
    if (position == t) {
      rows.add(row.clone());
      return;
    }
    for (int v = 0; v < sizes[position]; v++) {
      row[position] = v;
      enumerate(sizes, t, position + 1, row, rows);
    }
  }

  /** Adds factor {@code i} to rows that cover every t-way combination of factors 0..i-1. */
  private static void extend(List<int[]> rows, int[] sizes, int t, int i) {
    List<int[]> combos = combinations(i, t - 1);
    BitSet[] covered = new BitSet[combos.size()];
    long missing = 0;
    for (int c = 0; c < combos.size(); c++) {
      covered[c] = new BitSet();
      missing += (long) tuples(combos.get(c), sizes) * sizes[i];
    }
    // Horizontal growth. Each combination's position in the row is worked out once, for the gain and the cover.
    int[] gain = new int[sizes[i]];
    int[] offsets = new int[combos.size()];
    for (int[] row : rows) {
      Arrays.fill(gain, 0);
      for (int c = 0; c < combos.size(); c++) {
        int base = index(combos.get(c), row, sizes);
        offsets[c] = base < 0 ? -1 : base * sizes[i];
        if (base < 0) {
          continue;
        }
        for (int v = 0; v < sizes[i]; v++) {
          if (!covered[c].get(offsets[c] + v)) {
            gain[v]++;
          }
        }
      }
      int best = 0;
      for (int v = 1; v < sizes[i]; v++) {
        if (gain[v] > gain[best]) {
          best = v;
        }
      }
      row[i] = best;
      for (int c = 0; c < combos.size(); c++) {
        if (offsets[c] >= 0 && !covered[c].get(offsets[c] + best)) {
          covered[c].set(offsets[c] + best);
          missing--;
        }
      }
    }
    if (missing == 0) {
      return;
    }
    // Vertical growth: every combination still missing goes in a row that can take it, or a new one.
    List<int[]> open = new ArrayList<>();
    for (int[] row : rows) {
      if (hasDontCare(row, i)) {
        open.add(row);
      }
    }
    for (int c = 0; c < combos.size(); c++) {
      int[] combo = combos.get(c);
      int count = tuples(combo, sizes) * sizes[i];
      for (int code = covered[c].nextClearBit(0); code < count; code = covered[c].nextClearBit(code + 1)) {
        int[] values = decode(code, combo, sizes, i);
        int at = 0;
        while (at < open.size() && !fits(open.get(at), combo, values, i)) {
          at++;
        }
        if (at == open.size()) {
          int[] fresh = new int[sizes.length];
          Arrays.fill(fresh, DONT_CARE);
          rows.add(fresh);
          open.add(fresh);
        }
        int[] host = open.get(at);
        for (int p = 0; p < combo.length; p++) {
          host[combo[p]] = values[p];
        }
        host[i] = values[combo.length];
        cover(host, combos, covered, sizes, i);
        if (!hasDontCare(host, i)) {
          open.remove(at); // full up to factor i: it can host nothing more
        }
      }
    }
  }

  /** Marks the combinations {@code row} covers with factor {@code i}; returns how many were new. */
  private static int cover(int[] row, List<int[]> combos, BitSet[] covered, int[] sizes, int i) {
    if (row[i] == DONT_CARE) {
      return 0;
    }
    int added = 0;
    for (int c = 0; c < combos.size(); c++) {
      int base = index(combos.get(c), row, sizes);
      if (base >= 0 && !covered[c].get(base * sizes[i] + row[i])) {
        covered[c].set(base * sizes[i] + row[i]);
        added++;
      }
    }
    return added;
  }

  private static boolean fits(int[] row, int[] combo, int[] values, int i) {
    for (int p = 0; p < combo.length; p++) {
      if (row[combo[p]] != DONT_CARE && row[combo[p]] != values[p]) {
        return false;
      }
    }
    return row[i] == DONT_CARE || row[i] == values[combo.length];
  }

  private static boolean hasDontCare(int[] row, int upTo) {
    for (int p = 0; p <= upTo; p++) {
      if (row[p] == DONT_CARE) {
        return true;
      }
    }
    return false;
  }

  /** The mixed-radix index of the row's values at {@code combo}, or -1 when one of them is "don't care". */
  private static int index(int[] combo, int[] row, int[] sizes) {
    int index = 0;
    for (int p : combo) {
      if (row[p] == DONT_CARE) {
        return -1;
      }
      index = index * sizes[p] + row[p];
    }
    return index;
  }

  private static int[] decode(int code, int[] combo, int[] sizes, int i) {
    int[] values = new int[combo.length + 1];
    values[combo.length] = code % sizes[i];
    int rest = code / sizes[i];
    for (int p = combo.length - 1; p >= 0; p--) {
      values[p] = rest % sizes[combo[p]];
      rest /= sizes[combo[p]];
    }
    return values;
  }

  private static int tuples(int[] combo, int[] sizes) {
    int count = 1;
    for (int p : combo) {
      count *= sizes[p];
    }
    return count;
  }

  /** Every {@code r}-subset of {@code 0..n-1}, in lexicographic order. */
  static List<int[]> combinations(int n, int r) {
    List<int[]> all = new ArrayList<>();
    int[] combo = new int[r];
    for (int j = 0; j < r; j++) {
      combo[j] = j;
    }
    if (r > n) {
      return all;
    }
    while (true) {
      all.add(combo.clone());
      int j = r - 1;
      while (j >= 0 && combo[j] == n - r + j) {
        j--;
      }
      if (j < 0) {
        return all;
      }
      combo[j]++;
      for (int m = j + 1; m < r; m++) {
        combo[m] = combo[m - 1] + 1;
      }
    }
  }
}

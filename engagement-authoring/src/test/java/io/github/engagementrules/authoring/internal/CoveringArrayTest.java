package io.github.engagementrules.authoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link CoveringArray}: on small cases the covering property is checked exhaustively (every t factors, every
 * combination of their values, is found in some row), and the arrays are far smaller than the full product.
 */
class CoveringArrayTest {

  @Test
  void everyTWayCombinationOccurs_onSmallCasesOfEveryStrengthUpToFive() {
    Random random = new Random(11);
    List<int[]> cases = new ArrayList<>(List.of(
        new int[] {2, 2, 2, 2}, new int[] {3, 3, 3, 3, 3, 3}, new int[] {5, 1, 4, 2, 3, 2, 6},
        new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, new int[] {1, 1, 1}));
    for (int c = 0; c < 6; c++) {
      int[] sizes = new int[3 + random.nextInt(6)];
      for (int f = 0; f < sizes.length; f++) {
        sizes[f] = 1 + random.nextInt(4);
      }
      cases.add(sizes);
    }
    for (int[] sizes : cases) {
      for (int t = 1; t <= 5; t++) {
        int[][] rows = CoveringArray.ipog(sizes, t);
        assertEquals(List.of(), uncovered(sizes, t, rows), () -> "sizes " + List.of(sizes) + " strength");
        for (int[] row : rows) {
          for (int f = 0; f < sizes.length; f++) {
            assertTrue(row[f] >= 0 && row[f] < sizes[f], "value out of range");
          }
        }
      }
    }
  }

  @Test
  void pairwiseArray_isMuchSmallerThanTheProduct_andDeterministic() {
    int[] sizes = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4};

    int[][] rows = CoveringArray.ipog(sizes, 2);

    // At least 16 (every pair of two factors); IPOG gives 58 here, against 1,048,576 combinations in all.
    assertTrue(rows.length >= 16 && rows.length <= 64, rows.length + " rows for 4^10 pairwise");
    assertArrayEquals(rows, CoveringArray.ipog(sizes, 2), "the same input gives the same rows");
    assertEquals(List.of(), uncovered(sizes, 2, rows));
  }

  @Test
  void strengthAtLeastTheNumberOfFactors_enumeratesEveryCombination() {
    int[][] rows = CoveringArray.ipog(new int[] {2, 3}, 3);

    assertEquals(6, rows.length);
    Set<List<Integer>> distinct = new HashSet<>();
    for (int[] row : rows) {
      distinct.add(List.of(row[0], row[1]));
    }
    assertEquals(6, distinct.size());
  }

  @Test
  void checkerFindsAMissingCombination() {
    // The property check itself must be able to fail: drop a row from a pairwise array.
    int[] sizes = {3, 3, 3};
    int[][] rows = CoveringArray.ipog(sizes, 2);
    int[][] fewer = java.util.Arrays.copyOf(rows, rows.length - 1);

    assertEquals(1, rows.length - fewer.length);
    assertTrue(!uncovered(sizes, 2, fewer).isEmpty());
  }

  @Test
  void invalidArguments_nameTheArgumentAndValue() {
    IllegalArgumentException strength =
        assertThrows(IllegalArgumentException.class, () -> CoveringArray.ipog(new int[] {2}, 0));
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> CoveringArray.ipog(new int[] {2, 0}, 2));

    assertEquals("strength: must be at least 1, got 0", strength.getMessage());
    assertEquals("sizes[1]: must be at least 1, got 0", size.getMessage());
  }

  /** Every (factors, values) combination of strength t that no row holds, as text. */
  static List<String> uncovered(int[] sizes, int t, int[][] rows) {
    List<String> missing = new ArrayList<>();
    int strength = Math.min(t, sizes.length);
    for (int[] combo : CoveringArray.combinations(sizes.length, strength)) {
      Set<List<Integer>> seen = new HashSet<>();
      for (int[] row : rows) {
        List<Integer> values = new ArrayList<>();
        for (int f : combo) {
          values.add(row[f]);
        }
        seen.add(values);
      }
      int total = 1;
      for (int f : combo) {
        total *= sizes[f];
      }
      if (seen.size() != total) {
        missing.add("factors " + List.of(java.util.Arrays.stream(combo).boxed().toArray()) + ": " + seen.size()
            + " of " + total);
      }
    }
    return missing;
  }
}

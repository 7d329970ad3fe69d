package io.github.engagementrules.examples.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Duplicate detection by fingerprint: every repeat is found, no distinct id of a large batch is taken for one. */
class SeenIdsTest {
  @Test
  void findsEveryRepeat_andNoFalseRepeatAmongAMillionDistinctIds() {
    SeenIds seen = new SeenIds();
    for (int i = 0; i < 1_000_000; i++) {
      assertTrue(seen.add("opp-" + i), "opp-" + i + " is new");
    }
    assertEquals(1_000_000, seen.size());
    for (int i = 0; i < 1_000_000; i += 997) {
      assertFalse(seen.add("opp-" + i), "opp-" + i + " is a repeat");
      assertTrue(seen.contains("opp-" + i));
    }
    assertFalse(seen.contains("opp-1000000"));
    assertEquals(1_000_000, seen.size());
  }
}

package io.github.engagementrules.examples.records;

import java.util.AbstractSet;
import java.util.Iterator;

/**
 * The ids already seen in one batch, for duplicate detection in a stream of any length: each id is kept as a 64-bit
 * fingerprint in an open-addressing table, 8 to 16 bytes per record (16 MiB for a million records) instead of the
 * ~100 bytes a {@code HashSet<String>} entry takes. Two different ids share a fingerprint with a probability of about
 * n²/2⁶⁵ (3 in 100 million for a million records); the later one would then be reported as a duplicate, never
 * decided wrongly. Only {@link #add}, {@link #contains} and {@link #size} are supported: the ids themselves are not
 * kept, so the set cannot be iterated. Not thread-safe.
 */
final class SeenIds extends AbstractSet<String> {
  private static final long EMPTY = 0;

  /** Small at first: most batches are one record (a {@code POST /decisions} of one opportunity); it doubles as needed. */
  private long[] slots = new long[8];
  private int size;

  @Override
  public boolean add(String id) {
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    return insert(slots, fingerprint(id));
  }

  @Override
  public boolean contains(Object id) {
    if (!(id instanceof String text)) {
      return false;
    }
    long fingerprint = fingerprint(text);
    for (int i = slot(fingerprint, slots.length); slots[i] != EMPTY; i = (i + 1) & (slots.length - 1)) {
      if (slots[i] == fingerprint) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return size;
  }

  /** Not supported: only fingerprints are kept. */
  @Override
  public Iterator<String> iterator() {
    throw new UnsupportedOperationException("SeenIds keeps fingerprints, not ids, and cannot be iterated");
  }

  private boolean insert(long[] table, long fingerprint) {
    int i = slot(fingerprint, table.length);
    while (table[i] != EMPTY) {
      if (table[i] == fingerprint) {
        return false;
      }
      i = (i + 1) & (table.length - 1);
    }
    table[i] = fingerprint;
    size++;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long fingerprint : old) {
      if (fingerprint != EMPTY) {
        insert(slots, fingerprint);
      }
    }
  }

  private static int slot(long fingerprint, int length) {
    return (int) (fingerprint ^ (fingerprint >>> 32)) & (length - 1);
  }

  /** FNV-1a over the UTF-16 code units, finished with MurmurHash3's 64-bit mix; never {@link #EMPTY}. */
  static long fingerprint(String id) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      hash ^= id.charAt(i);
      hash *= 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash == EMPTY ? 1 : hash;
  }
}

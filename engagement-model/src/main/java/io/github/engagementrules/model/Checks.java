package io.github.engagementrules.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Structural preconditions shared by the value types; messages name the field and the value. */
final class Checks {
  /** Longest accepted text value (ids, names); longer input is rejected rather than truncated. */
  static final int MAX_TEXT_LENGTH = 200;

  private Checks() {}

  static void text(String field, String value) {
    if (value.isBlank()) {
      throw EngagementException.invalid(field, "must not be blank");
    }
    if (value.length() > MAX_TEXT_LENGTH) {
      throw EngagementException.invalid(
          field, "is " + value.length() + " characters long, more than the limit of " + MAX_TEXT_LENGTH);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(++i))
              : !Character.isLowSurrogate(c);
      if (!paired) {
        // It could not be written back as UTF-8: the decision would carry a different id or name.
        throw EngagementException.invalid(field, "has an unpaired surrogate at character " + i + " (not valid Unicode)");
      }
    }
  }

  static <T> void unique(String field, Collection<T> items, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String name = key.apply(item);
      if (!seen.add(name)) {
        throw EngagementException.invalid(field, "duplicate name '" + name + "'");
      }
    }
  }
}

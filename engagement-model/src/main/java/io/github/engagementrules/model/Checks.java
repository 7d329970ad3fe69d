package io.github.engagementrules.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Structural preconditions shared by the value types; messages name the field and the value. */
final class Checks {
  /**
   * Longest accepted text value (ids, names), in Unicode code points, as JSON Schema's {@code maxLength} counts;
   * longer input is rejected rather than truncated.
   */
  static final int MAX_TEXT_LENGTH = 200;

  /**
   * The blank code points: Unicode's White_Space property and U+FEFF, exactly the set that ECMAScript's {@code \s}
   * and the shipped schemas' text {@code pattern} name. Text made only of these is blank.
   */
  private static final String BLANK =
      "\t\n\u000B\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
          + "\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

  private Checks() {}

  /** Whether {@code codePoint} is blank: Unicode White_Space or U+FEFF. */
  static boolean isBlank(int codePoint) {
    return BLANK.indexOf(codePoint) >= 0;
  }

  /**
   * Checks a text value against the one definition of valid text shared with the JSON Schemas ({@code $defs.text}):
   * not blank (some code point outside {@link #isBlank}), at most {@link #MAX_TEXT_LENGTH} code points, and no
   * unpaired surrogate.
   */
  static void text(String field, String value) {
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
    if (value.codePoints().allMatch(Checks::isBlank)) {
      throw EngagementException.invalid(field, "must not be blank");
    }
    int length = value.codePointCount(0, value.length());
    if (length > MAX_TEXT_LENGTH) {
      throw EngagementException.invalid(
          field, "is " + length + " characters long, more than the limit of " + MAX_TEXT_LENGTH);
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

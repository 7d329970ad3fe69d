package io.github.engagementrules.rules.internal;

import java.util.regex.Pattern;

/**
 * What "verbatim" means for a rule's {@code @quote}: the guide's own words in the guide's own order, compared after
 * collapsing whitespace (the sections wrap lines and separate paragraphs) and dropping the guide's bullet marks.
 */
final class Quotes {
  private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[-•]\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final int SHOWN = 80;

  private Quotes() {}

  /** Whether {@code quote}, of three words or more, stands in {@code text}. */
  static boolean isIn(String quote, String text) {
    String words = normalized(quote);
    return words.split(" ").length >= 3 && normalized(text).contains(words);
  }

  /** The text with whitespace collapsed and bullet marks dropped. */
  static String normalized(String text) {
    return SPACE.matcher(BULLET.matcher(text).replaceAll("")).replaceAll(" ").strip();
  }

  /** A quote short enough for a one-line problem. */
  static String shortened(String quote) {
    return quote.length() <= SHOWN ? quote : quote.substring(0, SHOWN) + "...";
  }
}

package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Suggestions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What "verbatim" means for a rule's {@code @quote}: the guide's own words in the guide's own order, compared after
 * collapsing whitespace (the sections wrap lines and separate paragraphs), dropping the guide's bullet marks, and
 * reading typographic quotes, apostrophes and dashes ({@code ’ ‘ “ ” – —}) as their plain forms, so that a quote
 * pasted from a word processor matches.
 */
final class Quotes {
  private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[-•]\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+");
  /** Characters of context shown either side of the first difference. */
  private static final int CONTEXT = 25;

  private Quotes() {}

  /** Whether {@code quote}, of three words or more, stands in {@code text}. */
  static boolean isIn(String quote, String text) {
    String words = normalized(quote);
    return words.split(" ").length >= 3 && normalized(text).contains(words);
  }

  /** The text with whitespace collapsed, bullet marks dropped and typographic punctuation made plain. */
  static String normalized(String text) {
    String plain = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
        .replace('–', '-').replace('—', '-');
    return SPACE.matcher(BULLET.matcher(plain).replaceAll("")).replaceAll(" ").strip();
  }

  /**
   * Why a quote is not in a section's text, in full: the quote, the nearest sentence of the section, and where the two
   * first differ.
   */
  static String whyNotIn(String quote, String text) {
    String words = normalized(quote);
    if (words.split(" ").length < 3) {
      return "\"" + quote + "\" (a quote is at least three of the guide's words, verbatim)";
    }
    List<String> sentences = Arrays.stream(SENTENCE_END.split(normalized(text))).filter(s -> !s.isBlank()).toList();
    String nearest = sentences.stream()
        .min(Comparator.comparingInt(s -> alignedDistance(words, s)))
        .orElse("");
    int start = alignment(words, nearest);
    int differ = 0;
    while (differ < words.length() && start + differ < nearest.length()
        && words.charAt(differ) == nearest.charAt(start + differ)) {
      differ++;
    }
    String where = differ == words.length()
        ? "the quote runs on past the end of that sentence"
        : "they first differ at character " + (differ + 1) + " of the quote: the quote has \"" + around(words, differ)
            + "\" where the section has \"" + around(nearest, start + differ) + "\"";
    return "\"" + quote + "\"; the nearest sentence of the section is \"" + nearest + "\"; " + where
        + " (a quote is the guide's own words, verbatim)";
  }

  /** How far the quote is from the part of {@code sentence} it lines up with. */
  private static int alignedDistance(String quote, String sentence) {
    int start = alignment(quote, sentence);
    String part = sentence.substring(start, Math.min(sentence.length(), start + quote.length()));
    return Suggestions.distance(quote, part) + Math.max(0, quote.length() - part.length());
  }

  /** Where in {@code sentence} the quote starts: where its first word is, or the beginning. */
  private static int alignment(String quote, String sentence) {
    String first = quote.split(" ")[0];
    int at = sentence.indexOf(first);
    return at < 0 ? 0 : at;
  }

  private static String around(String text, int at) {
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(text.length(), at + CONTEXT);
    return (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
  }
}

package io.github.engagementrules.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL text into tokens with their offsets and lines, skipping comments and keeping string literals whole, so
 * that a mutation can edit exactly the characters of a token and say on which line it is.
 */
final class DrlTokens {
  /** What a token is. */
  enum Kind { WORD, STRING, SYMBOL }

  /**
   * One token.
   *
   * @param kind what it is
   * @param text its characters
   * @param start the offset of its first character
   * @param end the offset after its last character
   * @param line its line, from 1
   */
  record Token(Kind kind, String text, int start, int end, int line) {
    boolean is(String s) {
      return kind != Kind.STRING && text.equals(s);
    }
  }

  private static final List<String> TWO_CHAR_SYMBOLS = List.of("==", "!=", "||", "&&", "<=", ">=");

  private DrlTokens() {}

  static List<Token> of(String drl) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = drl.length();
    while (i < n) {
      char c = drl.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '/' || c == '#') {
        while (i < n && drl.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '*') {
        int close = drl.indexOf("*/", i + 2);
        int stop = close < 0 ? n : close + 2;
        line += count(drl, i, stop);
        i = stop;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && drl.charAt(j) != c) {
          j += drl.charAt(j) == '\\' ? 2 : 1;
        }
        int stop = Math.min(j + 1, n);
        tokens.add(new Token(Kind.STRING, drl.substring(i, stop), i, stop, line));
        line += count(drl, i, stop);
        i = stop;
      } else if (Character.isJavaIdentifierPart(c)) {
        int j = i;
        while (j < n && Character.isJavaIdentifierPart(drl.charAt(j))) {
          j++;
        }
        tokens.add(new Token(Kind.WORD, drl.substring(i, j), i, j, line));
        i = j;
      } else {
        String two = i + 1 < n ? drl.substring(i, i + 2) : "";
        int length = TWO_CHAR_SYMBOLS.contains(two) ? 2 : 1;
        tokens.add(new Token(Kind.SYMBOL, drl.substring(i, i + length), i, i + length, line));
        i += length;
      }
    }
    return tokens;
  }

  private static int count(String text, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** The index of the token that closes the bracket opened at {@code open}, or the last index when unbalanced. */
  static int closing(List<Token> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      String t = tokens.get(i).kind() == Kind.SYMBOL ? tokens.get(i).text() : "";
      if (t.equals("(") || t.equals("{") || t.equals("[")) {
        depth++;
      } else if (t.equals(")") || t.equals("}") || t.equals("]")) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return tokens.size() - 1;
  }
}

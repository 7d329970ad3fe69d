package io.github.engagementrules.examples;

import java.io.IOException;
import java.io.Reader;

/** Reads lines without ever holding more than a set number of characters: a longer line is skipped and flagged. */
final class BoundedLineReader {
  /**
   * One line.
   *
   * @param text the line without its terminator; empty when {@code tooLong}
   * @param tooLong whether the line exceeded the limit and was skipped
   */
  record Line(String text, boolean tooLong) {}

  private final Reader reader;
  private final int limit;
  private final StringBuilder buffer = new StringBuilder();
  private boolean ended;

  BoundedLineReader(Reader reader, int limit) {
    this.reader = reader;
    this.limit = limit;
  }

  /** The next line, or {@code null} at the end of input. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    buffer.setLength(0);
    boolean tooLong = false;
    boolean readAny = false;
    while (true) {
      int c = reader.read();
      if (c == -1) {
        ended = true;
        return readAny ? new Line(tooLong ? "" : stripCarriageReturn(), tooLong) : null;
      }
      readAny = true;
      if (c == '\n') {
        return new Line(tooLong ? "" : stripCarriageReturn(), tooLong);
      }
      if (!tooLong) {
        if (buffer.length() >= limit) {
          tooLong = true;
          buffer.setLength(0);
        } else {
          buffer.append((char) c);
        }
      }
    }
  }

  private String stripCarriageReturn() {
    int length = buffer.length();
    return length > 0 && buffer.charAt(length - 1) == '\r' ? buffer.substring(0, length - 1) : buffer.toString();
  }
}

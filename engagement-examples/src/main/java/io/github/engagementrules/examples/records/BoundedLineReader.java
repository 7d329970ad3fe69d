package io.github.engagementrules.examples.records;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes without ever holding more than a set number of bytes: a longer line is skipped and flagged.
 * Each line knows the offset of its first byte in the whole input, so that an error in it can name where it is.
 */
final class BoundedLineReader {
  /**
   * One line.
   *
   * @param bytes the line without its terminator (a carriage return before the newline is dropped); empty when
   *     {@code tooLong}
   * @param startOffset the offset of the line's first byte in the whole input
   * @param tooLong whether the line exceeded the limit and was skipped
   */
  record Line(byte[] bytes, long startOffset, boolean tooLong) {}

  private final InputStream in;
  private final int limit;
  private byte[] buffer = new byte[8192];
  private long offset;
  private boolean ended;

  /** Reads {@code in}, whose first byte is at {@code startOffset} of the whole input. */
  BoundedLineReader(InputStream in, long startOffset, int limit) {
    this.in = in;
    this.offset = startOffset;
    this.limit = limit;
  }

  /** The next line, or {@code null} at the end of input. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    long start = offset;
    int length = 0;
    boolean tooLong = false;
    boolean readAny = false;
    while (true) {
      int b = in.read();
      if (b == -1) {
        ended = true;
        return readAny ? line(length, start, tooLong) : null;
      }
      offset++;
      readAny = true;
      if (b == '\n') {
        return line(length, start, tooLong);
      }
      if (tooLong) {
        continue;
      }
      if (length >= limit) {
        tooLong = true;
        continue;
      }
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(limit, buffer.length * 2));
      }
      buffer[length++] = (byte) b;
    }
  }

  private Line line(int length, long start, boolean tooLong) {
    if (tooLong) {
      return new Line(new byte[0], start, true);
    }
    int end = length > 0 && buffer[length - 1] == '\r' ? length - 1 : length;
    return new Line(Arrays.copyOf(buffer, end), start, false);
  }
}

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
  /** Bytes read from {@link #in} and not yet handed out: {@code chunk[position..end)}. */
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int end;
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
      if (position == end && !fill()) {
        ended = true;
        return readAny ? line(length, start, tooLong) : null;
      }
      readAny = true;
      int newline = position;
      while (newline < end && chunk[newline] != '\n') {
        newline++;
      }
      int taken = newline - position;
      offset += taken;
      if (!tooLong) {
        if (length + taken > limit) {
          tooLong = true;
        } else {
          if (length + taken > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(limit, Math.max(length + taken, buffer.length * 2)));
          }
          System.arraycopy(chunk, position, buffer, length, taken);
          length += taken;
        }
      }
      position = newline;
      if (newline < end) {
        position++; // the line break
        offset++;
        return line(length, start, tooLong);
      }
    }
  }

  /** Reads the next chunk of input; false at its end. */
  private boolean fill() throws IOException {
    int read = in.read(chunk, 0, chunk.length);
    while (read == 0) {
      read = in.read(chunk, 0, chunk.length);
    }
    position = 0;
    end = Math.max(read, 0);
    return read > 0;
  }

  private Line line(int length, long start, boolean tooLong) {
    if (tooLong) {
      return new Line(new byte[0], start, true);
    }
    int end = length > 0 && buffer[length - 1] == '\r' ? length - 1 : length;
    return new Line(Arrays.copyOf(buffer, end), start, false);
  }
}

package io.github.engagementrules.examples.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8: bytes that are not UTF-8 (stray continuation bytes, overlong forms, encoded surrogates, truncated
 * sequences) are an error naming their byte offset, never silently replaced with U+FFFD. A leading byte order mark is
 * accepted and skipped.
 */
public final class Utf8 {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Utf8() {}

  /** Bytes that are not UTF-8, at a byte offset. */
  public static final class InvalidException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;

    InvalidException(long byteOffset, int badByte) {
      super(String.format(Locale.ROOT, "invalid UTF-8 at byte offset %d (byte 0x%02X)", byteOffset, badByte & 0xFF));
      this.byteOffset = byteOffset;
    }

    /** The offset, from 0, of the first byte that is not UTF-8. */
    public long byteOffset() {
      return byteOffset;
    }
  }

  /** How many bytes of {@code bytes} from {@code offset} are a UTF-8 byte order mark: 3 or 0. */
  static int bomLength(byte[] bytes, int offset, int length) {
    return length >= 3 && bytes[offset] == BOM[0] && bytes[offset + 1] == BOM[1] && bytes[offset + 2] == BOM[2] ? 3 : 0;
  }

  /**
   * Decodes {@code bytes}, skipping a leading byte order mark.
   *
   * @throws InvalidException naming the offset of the first byte that is not UTF-8
   */
  public static String decode(byte[] bytes) throws InvalidException {
    int bom = bomLength(bytes, 0, bytes.length);
    return decode(bytes, bom, bytes.length - bom, 0);
  }

  /**
   * Decodes {@code length} bytes from {@code offset}; an error names its offset counted from {@code baseOffset}.
   */
  static String decode(byte[] bytes, int offset, int length, long baseOffset) throws InvalidException {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = strictDecoder().decode(in, out, true);
    if (result.isError()) {
      throw new InvalidException(baseOffset + in.position() - offset, bytes[in.position()]);
    }
    return out.flip().toString();
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * A reader decoding a stream strictly: it fails with {@link InvalidException} at the first byte that is not UTF-8,
   * after handing out every character before it.
   */
  static final class StrictReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = strictDecoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private long consumed;
    private boolean ended;
    private InvalidException pending;

    /** Decodes {@code in}, whose first byte is at {@code startOffset} of the whole input. */
    StrictReader(InputStream in, long startOffset) {
      this.in = in;
      this.consumed = startOffset;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (pending != null) {
        throw pending;
      }
      if (length == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      while (true) {
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, out, ended);
        consumed += bytes.position() - before;
        if (result.isError()) {
          pending = new InvalidException(consumed, bytes.get(bytes.position()));
          if (out.position() > offset) {
            return out.position() - offset;
          }
          throw pending;
        }
        if (out.position() > offset) {
          return out.position() - offset;
        }
        if (ended) {
          return -1;
        }
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
          ended = true;
        } else {
          bytes.position(bytes.position() + read);
        }
        bytes.flip();
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}

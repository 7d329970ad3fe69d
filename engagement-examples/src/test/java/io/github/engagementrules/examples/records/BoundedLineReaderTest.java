package io.github.engagementrules.examples.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines of bytes, read in chunks, with their offsets, and lines over the limit skipped and flagged. */
class BoundedLineReaderTest {
  private static final int LIMIT = 100_000;

  /** An input that hands out at most a few bytes a read, as a pipe or a socket may. */
  private static InputStream trickling(byte[] bytes, Random random) {
    return new InputStream() {
      private int at;

      @Override
      public int read() {
        return at < bytes.length ? bytes[at++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        if (at == bytes.length) {
          return -1;
        }
        int n = Math.min(Math.min(length, 1 + random.nextInt(70_000)), bytes.length - at);
        System.arraycopy(bytes, at, into, offset, n);
        at += n;
        return n;
      }
    };
  }

  @Test
  void seededRandomLines_comeBackWhole_withTheirOffsets_andThoseOverTheLimitFlagged() throws IOException {
    for (long seed = 1; seed <= 40; seed++) {
      Random random = new Random(seed);
      ByteArrayOutputStream input = new ByteArrayOutputStream();
      List<byte[]> expected = new ArrayList<>();
      List<Long> starts = new ArrayList<>();
      int lines = 1 + random.nextInt(30);
      for (int i = 0; i < lines; i++) {
        int length = random.nextInt(4) == 0 ? LIMIT - 2 + random.nextInt(5) : random.nextInt(3_000);
        byte[] line = new byte[length];
        for (int b = 0; b < length; b++) {
          line[b] = (byte) ('a' + random.nextInt(26));
        }
        starts.add((long) input.size());
        input.writeBytes(line);
        boolean crlf = random.nextBoolean();
        if (crlf) {
          input.write('\r');
        }
        boolean last = i == lines - 1 && random.nextBoolean();
        if (!last) {
          input.write('\n');
        }
        expected.add(length + (crlf ? 1 : 0) > LIMIT ? null : line);
      }

      BoundedLineReader reader = new BoundedLineReader(trickling(input.toByteArray(), random), 0, LIMIT);

      for (int i = 0; i < lines; i++) {
        BoundedLineReader.Line line = reader.next();
        String where = "seed " + seed + ", line " + i;
        assertEquals(starts.get(i), line.startOffset(), where);
        assertEquals(expected.get(i) == null, line.tooLong(), where);
        assertArrayEquals(expected.get(i) == null ? new byte[0] : expected.get(i), line.bytes(), where);
      }
      assertNull(reader.next(), "seed " + seed + ": the end");
    }
  }

  @Test
  void emptyInput_hasNoLine_andAFinalLineBreak_endsTheLastLine() throws IOException {
    assertNull(new BoundedLineReader(InputStream.nullInputStream(), 0, LIMIT).next());
    BoundedLineReader reader = new BoundedLineReader(new java.io.ByteArrayInputStream("a\n\nb\n".getBytes()), 7, 10);
    List<String> lines = new ArrayList<>();
    for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(new String(line.bytes()) + "@" + line.startOffset());
    }
    assertEquals(Arrays.asList("a@7", "@9", "b@10"), lines);
  }
}

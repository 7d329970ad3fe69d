package io.github.engagementrules.examples.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Streams JSON records from bytes, one at a time and in order, holding only one record in memory: either a JSON array
 * of records, read element by element with Jackson's streaming parser, or JSON Lines (one record per line). Each
 * record reaches the consumer as a tree or as the error that kept it from being read. In JSON Lines a bad line spoils
 * only itself; in an array an element that is well-formed JSON but no valid record (a field given twice, nesting
 * deeper than {@link EngagementJson#MAX_NESTING_DEPTH}) spoils only itself, while JSON that is not well formed stops
 * the reading, since an array cannot be resynchronised after a break. The input is strict UTF-8; a leading byte order
 * mark is skipped.
 */
public final class RecordReader {
  /**
   * One input record: its position and either its JSON or the reason it could not be read.
   *
   * @param index the record's position in the input, from 0
   * @param json the record, or {@code null} when it could not be read
   * @param error why the record could not be read, or {@code null}
   * @param fatal whether reading stopped at this record (a broken array)
   */
  public record Input(int index, JsonNode json, EngagementException error, boolean fatal) {
    /** A record that was read. */
    public static Input of(int index, JsonNode json) {
      return new Input(index, json, null, false);
    }
  }

  /**
   * Nesting accepted while a JSON array is read: an element is then checked against {@link
   * EngagementJson#MAX_NESTING_DEPTH} on its own, so that a too-deep element spoils only itself. Deeper still is
   * hostile, and stops the reading.
   */
  private static final int ARRAY_NESTING_LIMIT = 1_000;

  private static final ObjectMapper ARRAY_MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(EngagementJson.MAX_DOCUMENT_LENGTH)
                          .maxNestingDepth(ARRAY_NESTING_LIMIT)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  /** The longest line of JSON Lines read, in bytes: a line of the longest document of four-byte characters. */
  static final int MAX_LINE_BYTES = 4 * EngagementJson.MAX_DOCUMENT_LENGTH;

  private RecordReader() {}

  /**
   * Reads every record and hands each to {@code consumer}, in input order.
   *
   * @throws IOException when the stream fails
   */
  public static void read(InputStream source, Consumer<Input> consumer) throws IOException {
    BufferedInputStream in = source instanceof BufferedInputStream b ? b : new BufferedInputStream(source, 1 << 16);
    long offset = skipBom(in);
    in.mark(1);
    int first = in.read();
    while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
      offset++;
      in.mark(1);
      first = in.read();
    }
    if (first == -1) {
      return;
    }
    in.reset();
    if (first == '[') {
      readArray(new Utf8.StrictReader(in, offset), consumer);
    } else {
      readLines(new BoundedLineReader(in, offset, MAX_LINE_BYTES), consumer);
    }
  }

  private static long skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    byte[] start = in.readNBytes(3);
    if (Utf8.bomLength(start, 0, start.length) == 3) {
      return 3;
    }
    in.reset();
    return 0;
  }

  private static void readArray(Reader reader, Consumer<Input> consumer) throws IOException {
    RecordBudget budget = new RecordBudget(reader, EngagementJson.MAX_DOCUMENT_LENGTH);
    int index = 0;
    try (JsonParser parser = ARRAY_MAPPER.createParser(budget)) {
      parser.nextToken(); // the opening bracket
      JsonStreamContext array = parser.getParsingContext();
      boolean insideSkippedRecord = false;
      while (true) {
        try {
          if (insideSkippedRecord) {
            skipToEndOfRecord(parser, array);
            insideSkippedRecord = false;
          }
          budget.startRecord();
          JsonToken token = parser.nextToken();
          if (token == JsonToken.END_ARRAY) {
            return;
          }
          if (token == null) {
            throw new EngagementException(ErrorCode.MALFORMED_JSON, null, "the JSON array is not closed");
          }
          JsonNode node = parser.readValueAsTree();
          if (depth(node) > EngagementJson.MAX_NESTING_DEPTH) {
            consumer.accept(
                new Input(
                    index++,
                    null,
                    new EngagementException(
                        ErrorCode.MALFORMED_JSON,
                        null,
                        "malformed JSON: the record nests deeper than the limit of " + EngagementJson.MAX_NESTING_DEPTH),
                    false));
          } else {
            consumer.accept(Input.of(index++, node));
          }
        } catch (JsonMappingException e) {
          // Well-formed JSON that makes no valid record (a duplicated field): skip to the record's end and go on.
          consumer.accept(new Input(index++, null, malformed(e), false));
          insideSkippedRecord = true;
        } catch (JsonProcessingException e) {
          consumer.accept(stopped(index, malformed(e)));
          return;
        } catch (RecordBudget.Exceeded | Utf8.InvalidException e) {
          consumer.accept(stopped(index, new EngagementException(ErrorCode.MALFORMED_JSON, null, e.getMessage()
              + "; a JSON array cannot be resynchronised, so reading stopped here")));
          return;
        } catch (EngagementException e) {
          consumer.accept(stopped(index, e));
          return;
        }
      }
    }
  }

  private static Input stopped(int index, EngagementException error) {
    return new Input(index, null, error, true);
  }

  /** The nesting depth of a tree: 1 for an object or array of scalars, 0 for a scalar. */
  private static int depth(JsonNode node) {
    int deepest = 0;
    for (JsonNode child : node) {
      deepest = Math.max(deepest, depth(child));
    }
    return node.isContainerNode() ? deepest + 1 : 0;
  }

  private static void skipToEndOfRecord(JsonParser parser, JsonStreamContext array) throws IOException {
    while (parser.getParsingContext() != array) {
      if (parser.nextToken() == null) {
        throw new EngagementException(ErrorCode.MALFORMED_JSON, null, "the JSON array is not closed");
      }
    }
  }

  private static EngagementException malformed(JsonProcessingException e) {
    return new EngagementException(ErrorCode.MALFORMED_JSON, null, "malformed JSON: " + EngagementJson.malformation(e));
  }

  /**
   * Counts the characters read since the current record of a JSON array began and fails once a record runs over the
   * limit, so that one huge array element cannot exhaust the heap. The parser reads ahead by a buffer, so the count
   * may run over by that much; the limit allows for it.
   */
  private static final class RecordBudget extends FilterReader {
    /** One record of the array is longer than the limit. */
    static final class Exceeded extends IOException {
      private static final long serialVersionUID = 1L;

      Exceeded(String message) {
        super(message);
      }
    }

    private static final int READ_AHEAD = 64 * 1024;

    private final long limit;
    private long used;

    RecordBudget(Reader reader, int limit) {
      super(reader);
      this.limit = (long) limit + READ_AHEAD;
    }

    void startRecord() {
      used = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c < 0 ? 0 : 1);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      count(Math.max(read, 0));
      return read;
    }

    private void count(int read) throws Exceeded {
      used += read;
      if (used > limit) {
        throw new Exceeded(
            "a record of the JSON array is longer than the limit of " + EngagementJson.MAX_DOCUMENT_LENGTH
                + " characters");
      }
    }
  }

  private static void readLines(BoundedLineReader lines, Consumer<Input> consumer) throws IOException {
    int index = 0;
    for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
      int at = index++;
      try {
        consumer.accept(Input.of(at, parseLine(line, "line " + (at + 1) + ": ")));
      } catch (EngagementException e) {
        consumer.accept(new Input(at, null, e, false));
      }
    }
  }

  /**
   * Parses one line of JSON Lines.
   *
   * @param where what to put before a UTF-8 error's byte offset (the line's number)
   * @throws EngagementException ({@link ErrorCode#MALFORMED_JSON}) when the line is too long, not UTF-8, empty or
   *     not well-formed JSON
   */
  static JsonNode parseLine(BoundedLineReader.Line line, String where) {
    if (line.tooLong()) {
      throw lineError("line is longer than the limit of " + EngagementJson.MAX_DOCUMENT_LENGTH + " characters");
    }
    String text;
    try {
      text = Utf8.decode(line.bytes(), 0, line.bytes().length, line.startOffset());
    } catch (Utf8.InvalidException e) {
      throw lineError(where + e.getMessage());
    }
    if (text.length() > EngagementJson.MAX_DOCUMENT_LENGTH) {
      throw lineError("line is longer than the limit of " + EngagementJson.MAX_DOCUMENT_LENGTH + " characters");
    }
    if (text.isBlank()) {
      throw lineError("empty line");
    }
    return EngagementJson.parse(text);
  }

  private static EngagementException lineError(String message) {
    return new EngagementException(ErrorCode.MALFORMED_JSON, null, message);
  }
}

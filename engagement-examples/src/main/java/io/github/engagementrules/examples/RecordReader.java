package io.github.engagementrules.examples;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Streams JSON records from a reader, one at a time and in order, holding only one record in memory: either a JSON
 * array of records or JSON Lines (one record per line). Each record reaches the consumer as a tree or as the error
 * that kept it from being read; a bad line in JSON Lines spoils only itself.
 */
final class RecordReader {
  /** One input record: its position and either its JSON or the reason it could not be read. */
  record Input(int index, JsonNode json, EngagementException error) {}

  private RecordReader() {}

  /** Reads every record and hands each to {@code consumer}, in input order. */
  static void read(Reader source, Consumer<Input> consumer) throws IOException {
    PushbackReader reader = new PushbackReader(source, 1);
    int first = skipWhitespace(reader);
    if (first == -1) {
      return;
    }
    reader.unread(first);
    if (first == '[') {
      readArray(reader, consumer);
    } else {
      readLines(reader, consumer);
    }
  }

  private static int skipWhitespace(PushbackReader reader) throws IOException {
    int c;
    do {
      c = reader.read();
    } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF');
    return c;
  }

  private static void readArray(Reader reader, Consumer<Input> consumer) throws IOException {
    RecordBudget budget = new RecordBudget(reader, EngagementJson.MAX_DOCUMENT_LENGTH);
    int index = 0;
    try (JsonParser parser = EngagementJson.newParser(budget)) {
      parser.nextToken(); // the opening bracket
      JsonStreamContext array = parser.getParsingContext();
      boolean insideSkippedRecord = false;
      while (true) {
        JsonToken token;
        try {
          if (insideSkippedRecord) {
            skipToEndOfRecord(parser, array);
            insideSkippedRecord = false;
          }
          budget.startRecord();
          token = parser.nextToken();
          if (token == JsonToken.END_ARRAY) {
            return;
          }
          if (token == null) {
            throw new EngagementException(ErrorCode.MALFORMED_JSON, null, "the JSON array is not closed");
          }
          JsonNode node = parser.readValueAsTree();
          consumer.accept(new Input(index++, node, null));
        } catch (JsonMappingException e) {
          // Well-formed JSON that makes no valid record (a duplicated field): skip to the record's end and go on.
          consumer.accept(new Input(index++, null, malformed(e)));
          insideSkippedRecord = true;
        } catch (JsonProcessingException e) {
          // A malformed array cannot be resynchronised: report where it broke and stop.
          consumer.accept(new Input(index, null, malformed(e)));
          return;
        } catch (RecordBudget.Exceeded e) {
          consumer.accept(new Input(index, null, new EngagementException(ErrorCode.MALFORMED_JSON, null, e.getMessage())));
          return;
        } catch (EngagementException e) {
          consumer.accept(new Input(index, null, e));
          return;
        }
      }
    }
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
                + " characters; a JSON array cannot be resynchronised, so reading stopped here");
      }
    }
  }

  private static void readLines(Reader reader, Consumer<Input> consumer) throws IOException {
    BoundedLineReader lines = new BoundedLineReader(reader, EngagementJson.MAX_DOCUMENT_LENGTH);
    int index = 0;
    for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
      int at = index++;
      if (line.tooLong()) {
        consumer.accept(
            new Input(
                at,
                null,
                new EngagementException(
                    ErrorCode.MALFORMED_JSON,
                    null,
                    "line is longer than the limit of " + EngagementJson.MAX_DOCUMENT_LENGTH + " characters")));
      } else if (line.text().isBlank()) {
        consumer.accept(new Input(at, null, new EngagementException(ErrorCode.MALFORMED_JSON, null, "empty line")));
      } else {
        try {
          consumer.accept(new Input(at, EngagementJson.parse(line.text()), null));
        } catch (EngagementException e) {
          consumer.accept(new Input(at, null, e));
        }
      }
    }
  }
}

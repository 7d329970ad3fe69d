package io.github.engagementrules.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
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

  private static final ObjectMapper MAPPER = new ObjectMapper();

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
    JsonFactory factory = MAPPER.getFactory();
    int index = 0;
    try (JsonParser parser = factory.createParser(reader)) {
      parser.nextToken(); // the opening bracket
      while (true) {
        JsonToken token;
        try {
          token = parser.nextToken();
          if (token == JsonToken.END_ARRAY) {
            return;
          }
          if (token == null) {
            throw new EngagementException(ErrorCode.MALFORMED_JSON, null, "the JSON array is not closed");
          }
          JsonNode node = parser.readValueAsTree();
          consumer.accept(new Input(index++, node, null));
        } catch (JsonProcessingException e) {
          // A malformed array cannot be resynchronised: report where it broke and stop.
          consumer.accept(
              new Input(
                  index,
                  null,
                  new EngagementException(ErrorCode.MALFORMED_JSON, null, "malformed JSON: " + e.getOriginalMessage())));
          return;
        } catch (EngagementException e) {
          consumer.accept(new Input(index, null, e));
          return;
        }
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

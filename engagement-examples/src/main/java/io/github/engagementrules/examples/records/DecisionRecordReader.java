package io.github.engagementrules.examples.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Streams decision records, the JSON Lines that {@code decide --record} and {@code serve --record} write through
 * {@link io.github.engagementrules.rules.JsonLinesDecisionSink}, from files in order, holding one line in memory.
 * Each line reaches the handler as a record or as the reason it is not one, named {@code FILE:LINE}; a bad line spoils
 * only itself. Blank lines are skipped. Shared by {@code replay} and {@code report}.
 */
public final class DecisionRecordReader {
  /** How many lines between two calls of the progress callback. */
  public static final int PROGRESS_EVERY = 10_000;

  private static final String ATTENDANCES =
      Arrays.stream(Attendance.values()).map(Enum::name).collect(Collectors.joining(", "));

  private DecisionRecordReader() {}

  /**
   * One decision record.
   *
   * @param recordedAt when it was recorded: the time of the decision
   * @param opportunity the opportunity decided
   * @param attendance the decision's attendance
   * @param decision the decision as the JSON contract writes it (personal names may be masked)
   */
  public record Recorded(Instant recordedAt, Opportunity opportunity, Attendance attendance, JsonNode decision) {}

  /** What is done with each line. */
  public interface Handler {
    /** A line that holds a decision record, at {@code where} ({@code FILE:LINE}). */
    void recorded(String where, Recorded record);

    /** A line that is no decision record, at {@code where} ({@code FILE:LINE}), and why. */
    void unreadable(String where, String problem);
  }

  /**
   * Reads every line of every file, in order, telling {@code progress} how many lines were read every {@value
   * #PROGRESS_EVERY} lines.
   *
   * @throws NoSuchFileException naming the first file that does not exist, before any file is read
   * @throws IOException when a file cannot be read
   */
  public static void read(List<Path> files, Handler handler, LongConsumer progress) throws IOException {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
    }
    long read = 0;
    for (Path file : files) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        BoundedLineReader lines = new BoundedLineReader(in, 0, RecordReader.MAX_LINE_BYTES);
        long number = 0;
        for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
          number++;
          if (++read % PROGRESS_EVERY == 0) {
            progress.accept(read);
          }
          if (!blank(line.bytes())) {
            String where = file + ":" + number;
            try {
              handler.recorded(where, parse(line));
            } catch (EngagementException e) {
              handler.unreadable(where, e.getMessage());
            }
          }
        }
      }
    }
  }

  private static Recorded parse(BoundedLineReader.Line line) {
    JsonNode record = RecordReader.parseLine(line, "");
    if (!record.isObject()) {
      throw problem("a decision record is a JSON object, got " + record.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    JsonNode decision = record.path("decision");
    return new Recorded(
        recordedAt(record.path("recordedAt")),
        EngagementJson.readOpportunity(record.path("opportunity")),
        attendance(decision.path("attendance")),
        decision);
  }

  private static Instant recordedAt(JsonNode value) {
    if (!value.isTextual()) {
      throw problem("recordedAt: expected a time such as 2026-11-21T10:15:30Z, got " + describe(value));
    }
    try {
      return Instant.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw problem("recordedAt: '" + shortened(value.asText()) + "' is not a time such as 2026-11-21T10:15:30Z");
    }
  }

  private static Attendance attendance(JsonNode value) {
    if (value.isTextual()) {
      for (Attendance attendance : Attendance.values()) {
        if (attendance.name().equals(value.asText())) {
          return attendance;
        }
      }
    }
    throw problem("decision.attendance: expected one of " + ATTENDANCES + ", got " + describe(value));
  }

  private static String describe(JsonNode value) {
    return value.isMissingNode() ? "nothing" : value.isTextual() ? "'" + shortened(value.asText()) + "'"
        : shortened(value.toString());
  }

  private static String shortened(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }

  private static EngagementException problem(String message) {
    return new EngagementException(ErrorCode.INVALID_INPUT, null, message);
  }

  private static boolean blank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}

package io.github.engagementrules.examples.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.PublicAnswer;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.PublicAnswers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Decides the records of one batch, as {@code decide} and {@code POST /decisions} both do: each record gets its
 * decision or {@code {"index", "opportunityId", "error", "code"}}, and an id used by an earlier record of the batch is
 * an error ({@code ENG-103}). Not thread-safe: one per batch.
 */
public final class BatchDecider {
  /**
   * The output for one record: its decision, or the error that kept it from being decided.
   *
   * @param decision the decision, or {@code null} when the record failed
   * @param error {@code {"index", "opportunityId", "error", "code"}}, or {@code null} when the record was decided
   * @param publicAnswer the answer for the person who invited the police, when the batch is answered for the public;
   *     else {@code null}
   */
  public record Outcome(Decision decision, ObjectNode error, PublicAnswer publicAnswer) {
    /** Whether the record could not be decided. */
    public boolean failed() {
      return error != null;
    }

    /** The error, the public answer or the decision as JSON. */
    public ObjectNode json() {
      return failed() ? error : publicAnswer != null ? EngagementJson.toJson(publicAnswer) : EngagementJson.toJson(decision);
    }

    /** The outcome as one line of JSON, without its line terminator. */
    public String line() {
      return write(json());
    }

    /**
     * {@link #line()} in UTF-8. A decision is written straight to bytes, without its tree and text: in a service most
     * of what a request costs besides the decision itself.
     */
    public byte[] utf8() {
      if (failed() || publicAnswer != null) {
        return line().getBytes(StandardCharsets.UTF_8);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
      try (JsonGenerator out = UTF8.createGenerator(bytes)) {
        EngagementJson.write(decision, out);
      } catch (IOException e) {
        throw new UncheckedIOException("writing to memory cannot fail", e);
      }
      return escapeLineSeparators(bytes.toByteArray());
    }
  }

  /**
   * Writes UTF-8 as {@link EngagementJson#write(JsonNode)} writes text: non-BMP characters as four bytes, not as escaped
   * surrogate pairs (Jackson's default for bytes).
   */
  private static final JsonFactory UTF8 =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  private static final byte[] ESCAPED_LINE_SEPARATOR = "\\u2028".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ESCAPED_PARAGRAPH_SEPARATOR = "\\u2029".getBytes(StandardCharsets.US_ASCII);

  private final EngagementDecider decider;
  private final boolean forPublic;
  private final Set<String> seenIds = new SeenIds(); // fingerprints: a stream of any length stays within a small heap

  /** A batch decided by {@code decider}. */
  public BatchDecider(EngagementDecider decider) {
    this(decider, false);
  }

  private BatchDecider(EngagementDecider decider, boolean forPublic) {
    this.decider = decider;
    this.forPublic = forPublic;
  }

  /** A batch decided by {@code decider}, each decision answered for the public ({@link PublicAnswers}). */
  public static BatchDecider forPublic(EngagementDecider decider) {
    return new BatchDecider(decider, true);
  }

  /**
   * Writes JSON as one line of text. U+2028 and U+2029 are escaped: JSON allows them raw in strings, but consumers
   * that split lines on them (JavaScript before ES2019, Python's {@code splitlines}) would break the line.
   */
  public static String write(JsonNode json) {
    String text = EngagementJson.write(json);
    return text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0
        ? text
        : text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  /** {@code json} with U+2028 and U+2029 (E2 80 A8 and E2 80 A9 in UTF-8) escaped, as {@link #write} does. */
  static byte[] escapeLineSeparators(byte[] json) {
    int first = lineSeparatorAt(json, 0);
    if (first < 0) {
      return json;
    }
    ByteArrayOutputStream escaped = new ByteArrayOutputStream(json.length + 16);
    int from = 0;
    for (int at = first; at >= 0; at = lineSeparatorAt(json, from)) {
      escaped.write(json, from, at - from);
      escaped.writeBytes(json[at + 2] == (byte) 0xA8 ? ESCAPED_LINE_SEPARATOR : ESCAPED_PARAGRAPH_SEPARATOR);
      from = at + 3;
    }
    escaped.write(json, from, json.length - from);
    return escaped.toByteArray();
  }

  private static int lineSeparatorAt(byte[] json, int from) {
    for (int i = from; i + 2 < json.length; i++) {
      if (json[i] == (byte) 0xE2 && json[i + 1] == (byte) 0x80 && (json[i + 2] == (byte) 0xA8 || json[i + 2] == (byte) 0xA9)) {
        return i;
      }
    }
    return -1;
  }

  /** The outcome for one record: its decision, or its error. */
  public Outcome decide(RecordReader.Input record) {
    if (record.error() != null) {
      return error(record.index(), null, record.error());
    }
    String id = EngagementJson.peekId(record.json()).orElse(null);
    try {
      Opportunity opportunity = EngagementJson.readOpportunity(record.json());
      if (!seenIds.add(opportunity.id())) {
        throw new EngagementException(
            ErrorCode.DUPLICATE_ID, "id", "'" + opportunity.id() + "' is used by an earlier record of this batch");
      }
      Decision decision = decider.decide(opportunity);
      return new Outcome(decision, null, forPublic ? PublicAnswers.of(decider, opportunity, decision) : null);
    } catch (EngagementException e) {
      return error(record.index(), id, e);
    }
  }

  private static Outcome error(int index, String opportunityId, EngagementException e) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("index", index);
    line.put("opportunityId", opportunityId);
    line.put("error", e.getMessage());
    line.put("code", e.code().code());
    return new Outcome(null, line, null);
  }
}

package io.github.engagementrules.examples.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.EngagementDecider;
import java.util.Set;

/**
 * Decides the records of one batch, as {@code decide} and {@code POST /decisions} both do: each record gets its
 * decision or {@code {"index", "opportunityId", "error", "code"}}, and an id used by an earlier record of the batch is
 * an error ({@code ENG-103}). Not thread-safe: one per batch.
 */
public final class BatchDecider {
  /**
   * The output for one record.
   *
   * @param json the decision, or the error
   * @param failed whether the record could not be decided
   */
  public record Outcome(ObjectNode json, boolean failed) {
    /** The outcome as one line of JSON, without its line terminator. */
    public String line() {
      return write(json);
    }
  }

  private final EngagementDecider decider;
  private final Set<String> seenIds = new SeenIds(); // fingerprints: a stream of any length stays within a small heap

  /** A batch decided by {@code decider}. */
  public BatchDecider(EngagementDecider decider) {
    this.decider = decider;
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
      return new Outcome(EngagementJson.toJson(decision), false);
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
    return new Outcome(line, true);
  }
}

package io.github.engagementrules.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Reason;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Objects;

/**
 * A {@link DecisionListener} that appends one JSON object per decision to a file (JSON Lines):
 *
 * <pre>{@code
 * {"recordedAt": "2026-11-21T10:15:30Z", "ruleBaseVersion": "sha256:...", "rosterVersion": "sha256:...",
 *  "opportunity": {...}, "decision": {...}, "firedRules": [{"rule": "...", "section": "..."}]}
 * }</pre>
 *
 * <p>{@code opportunity} and {@code decision} have the JSON contract's form. {@code recordedAt} comes from the sink's
 * {@link Clock}, never from the decision. With name masking, the personal names in a record (stakeholders' names in
 * the opportunity, officers' and intermediaries' names in the decision's contacts) are written as {@value #MASK};
 * ids are kept, so a record can still be traced to a post.
 *
 * <p>Thread-safe: records from concurrent decisions are written whole, one per line, and each is flushed before
 * {@link #decided} returns.
 */
public final class JsonLinesDecisionSink implements DecisionListener, Closeable {
  /** What a masked name is written as. */
  public static final String MASK = "***";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Writer writer;
  private final Clock clock;
  private final boolean maskNames;

  private JsonLinesDecisionSink(Writer writer, Clock clock, boolean maskNames) {
    this.writer = writer;
    this.clock = clock;
    this.maskNames = maskNames;
  }

  /**
   * Opens a sink that appends to {@code file}, creating it when it does not exist.
   *
   * @param file the JSON Lines file
   * @param clock where {@code recordedAt} comes from ({@link Clock#systemUTC()} in production, a fixed clock in tests)
   * @param maskNames whether to write personal names as {@value #MASK}
   * @return the sink; close it to release the file
   * @throws IOException when the file cannot be opened for appending
   */
  public static JsonLinesDecisionSink open(Path file, Clock clock, boolean maskNames) throws IOException {
    Objects.requireNonNull(clock, "clock");
    Writer writer =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
            StandardOpenOption.WRITE);
    return new JsonLinesDecisionSink(writer, clock, maskNames);
  }

  /**
   * Appends the record as one line and flushes it.
   *
   * @throws UncheckedIOException when the line cannot be written (the sink is closed, the disk is full)
   */
  @Override
  public void decided(DecisionRecord record) {
    String line = EngagementJson.write(toJson(record));
    synchronized (writer) {
      try {
        writer.write(line);
        writer.write('\n');
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot record decision '" + record.decision().opportunityId() + "'", e);
      }
    }
  }

  /** The line written for {@code record}, before it is turned into text. */
  ObjectNode toJson(DecisionRecord record) {
    ObjectNode line = NODES.objectNode();
    line.put("recordedAt", clock.instant().toString());
    line.put("ruleBaseVersion", record.ruleBaseVersion());
    record.decision().rosterVersion().ifPresent(version -> line.put("rosterVersion", version));
    ObjectNode opportunity = EngagementJson.toJson(record.opportunity());
    ObjectNode decision = EngagementJson.toJson(record.decision());
    if (maskNames) {
      opportunity.get("stakeholders").forEach(JsonLinesDecisionSink::maskName);
      maskName(decision.get("pointOfContact"));
      decision.get("contacts").forEach(JsonLinesDecisionSink::maskName);
    }
    line.set("opportunity", opportunity);
    line.set("decision", decision);
    ArrayNode fired = line.putArray("firedRules");
    for (Reason reason : record.firedRules()) {
      fired.addObject().put("rule", reason.rule()).put("section", reason.section());
    }
    return line;
  }

  private static void maskName(JsonNode node) {
    if (node instanceof ObjectNode object && object.hasNonNull("name")) {
      object.put("name", MASK);
    }
  }

  /**
   * Flushes and closes the file.
   *
   * @throws IOException when the file cannot be closed
   */
  @Override
  public void close() throws IOException {
    synchronized (writer) {
      writer.close();
    }
  }
}

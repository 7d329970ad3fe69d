package io.github.engagementrules.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Reason;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p><b>An audit trail that never lies.</b> Every line is whole:
 *
 * <ul>
 *   <li>A record that cannot be written (a full disk) fails {@link #decided} with a {@link
 *       DecisionNotRecordedException}, so the decision is not handed out; whatever part of the line reached the file is
 *       cut off again at once, or, if even that fails, before the next line is written.
 *   <li>A file whose last line is torn (the process was killed mid-write, the disk filled) is repaired when the sink
 *       opens it: the fragment is moved to a file beside it named {@code FILE.torn} and cut from the record file.
 *   <li>With {@link Builder#fsync(boolean)}, each line is forced to the storage device before {@link #decided}
 *       returns, so a decision answered is a record that survives a power cut.
 *   <li>Rotation ({@link Builder#rotateAtBytes(long)}, {@link Builder#rotateDaily(boolean)}) happens between lines:
 *       the file is renamed to {@code NAME-yyyy-MM-dd-N.EXT} and a new one started; no line is split or lost.
 *   <li>{@link #reopen()} closes the file and opens the same path again, for tools (logrotate) that move it away.
 * </ul>
 *
 * <p>{@link #failure()} tells whether the last write failed, and {@link #recover()} whether the disk has room again,
 * for a readiness check.
 *
 * <p>Thread-safe: records from concurrent decisions are written whole, one per line, in one file, and each is written
 * before {@link #decided} returns.
 */
public final class JsonLinesDecisionSink implements DecisionListener, Closeable {
  /** What a masked name is written as. */
  public static final String MASK = "***";

  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesDecisionSink.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The suffix of the file a torn last line is moved to. */
  private static final String TORN = ".torn";
  /** How much {@link #recover()} writes to find out whether the disk has room again. */
  private static final int PROBE_BYTES = 64 * 1024;
  /** How much of a file's end is read at a time, looking for its last line break. */
  private static final int TAIL_BLOCK = 8192;

  /** Opens the record file's channel; the tests' opener injects failures. */
  @FunctionalInterface
  interface ChannelOpener {
    FileChannel open(Path file) throws IOException;
  }

  /** Configures a sink; see {@link JsonLinesDecisionSink#builder(Path)}. Not thread-safe. */
  public static final class Builder {
    private final Path file;
    private Clock clock = Clock.systemUTC();
    private boolean maskNames;
    private boolean fsync;
    private long rotateAtBytes;
    private boolean rotateDaily;
    private ChannelOpener opener =
        path -> FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);

    private Builder(Path file) {
      this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * Where {@code recordedAt} and the day of daily rotation come from (default {@link Clock#systemUTC()}; a fixed
     * clock in tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether to write personal names as {@value #MASK} (default {@code false}).
     *
     * @param maskNames whether to mask
     * @return this builder
     */
    public Builder maskNames(boolean maskNames) {
      this.maskNames = maskNames;
      return this;
    }

    /**
     * Whether to force each line to the storage device before the decision is handed out (default {@code false}: the
     * line is written to the operating system, which survives the process being killed but not a power cut).
     *
     * @param fsync whether to fsync each line
     * @return this builder
     */
    public Builder fsync(boolean fsync) {
      this.fsync = fsync;
      return this;
    }

    /**
     * Starts a new file before a line would take the file past this many bytes (default 0: never). A single line
     * longer than the limit still goes whole into a file of its own.
     *
     * @param bytes the largest size of a record file, or 0 for no limit
     * @return this builder
     * @throws IllegalArgumentException when {@code bytes} is negative
     */
    public Builder rotateAtBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("rotateAtBytes: must be 0 (never) or positive, got " + bytes);
      }
      this.rotateAtBytes = bytes;
      return this;
    }

    /**
     * Starts a new file for the first record of each day, by the clock's time zone (default {@code false}).
     *
     * @param daily whether to rotate daily
     * @return this builder
     */
    public Builder rotateDaily(boolean daily) {
      this.rotateDaily = daily;
      return this;
    }

    /** For tests: how the record file's channel is opened. */
    Builder opener(ChannelOpener opener) {
      this.opener = Objects.requireNonNull(opener, "opener");
      return this;
    }

    /**
     * Opens the file for appending, creating it when it does not exist and repairing a torn last line.
     *
     * @return the sink; close it to release the file
     * @throws IOException when the file cannot be opened or repaired
     */
    public JsonLinesDecisionSink open() throws IOException {
      return new JsonLinesDecisionSink(this);
    }
  }

  private final Path file;
  private final Clock clock;
  private final boolean maskNames;
  private final boolean fsync;
  private final long rotateAtBytes;
  private final boolean rotateDaily;
  private final ChannelOpener opener;
  private final Object lock = new Object();
  // Guarded by lock.
  private FileChannel channel;
  /** The length of the file's whole lines: where the next line goes, and where a failed write is cut back to. */
  private long committed;
  /** Whether bytes past {@link #committed} may be in the file (a failed write that could not be cut back). */
  private boolean torn;
  private LocalDate day;
  private volatile String failure;

  private JsonLinesDecisionSink(Builder builder) throws IOException {
    this.file = builder.file;
    this.clock = builder.clock;
    this.maskNames = builder.maskNames;
    this.fsync = builder.fsync;
    this.rotateAtBytes = builder.rotateAtBytes;
    this.rotateDaily = builder.rotateDaily;
    this.opener = builder.opener;
    synchronized (lock) {
      openFile();
    }
  }

  /**
   * A builder for a sink appending to {@code file}.
   *
   * @param file the JSON Lines file
   * @return the builder
   */
  public static Builder builder(Path file) {
    return new Builder(file);
  }

  /**
   * Opens a sink that appends to {@code file}, creating it when it does not exist; as {@code
   * builder(file).clock(clock).maskNames(maskNames).open()}.
   *
   * @param file the JSON Lines file
   * @param clock where {@code recordedAt} comes from ({@link Clock#systemUTC()} in production, a fixed clock in tests)
   * @param maskNames whether to write personal names as {@value #MASK}
   * @return the sink; close it to release the file
   * @throws IOException when the file cannot be opened for appending
   */
  public static JsonLinesDecisionSink open(Path file, Clock clock, boolean maskNames) throws IOException {
    return builder(file).clock(clock).maskNames(maskNames).open();
  }

  /**
   * Appends the record as one line, and forces it to the device when fsync is on.
   *
   * @throws DecisionNotRecordedException when the line cannot be written (the sink is closed, the disk is full); no
   *     part of it stays in the file
   */
  @Override
  public void decided(DecisionRecord record) {
    byte[] line = (EngagementJson.write(toJson(record)) + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (lock) {
      try {
        if (channel == null) {
          throw new IOException("the record file " + file + " is closed");
        }
        cutTornTail();
        rotateIfDue(line.length);
        ByteBuffer bytes = ByteBuffer.wrap(line);
        torn = true; // until the whole line is in
        while (bytes.hasRemaining()) {
          channel.write(bytes, committed + bytes.position());
        }
        if (fsync) {
          channel.force(false);
        }
        committed += line.length;
        torn = false;
        failure = null;
      } catch (IOException e) {
        failure = "cannot write to the record file " + file + ": " + e.getMessage();
        LOG.error("decision '{}' not recorded, so not handed out: {}", record.decision().opportunityId(), failure);
        tryToCutTornTail();
        throw new DecisionNotRecordedException(
            "cannot record decision '" + record.decision().opportunityId() + "': " + e.getMessage(), e);
      }
    }
  }

  /**
   * Why the last record could not be written, while no record has been written since; empty when records are being
   * written. For a readiness check: a failing sink refuses every decision.
   *
   * @return the failure, naming the file and the cause
   */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * After a failed record, checks whether records can be written again, without writing one: writes {@value
   * #PROBE_BYTES} bytes to a scratch file beside the record file (then deletes it) and cuts a fragment a failed write
   * left. When both work, {@link #failure()} is cleared. For a readiness check that must not stay failed just because
   * no decision is tried while it fails.
   *
   * @return the failure that remains, if any
   */
  public Optional<String> recover() {
    synchronized (lock) {
      if (failure == null || channel == null) {
        return failure();
      }
      Path scratch = file.resolveSibling(file.getFileName() + ".probe");
      try (FileChannel probe = opener.open(scratch)) {
        ByteBuffer bytes = ByteBuffer.allocate(PROBE_BYTES);
        while (bytes.hasRemaining()) {
          probe.write(bytes, bytes.position());
        }
        cutTornTail();
        failure = null;
      } catch (IOException e) {
        failure = "cannot write to the record file " + file + ": " + e.getMessage();
      } finally {
        try {
          Files.deleteIfExists(scratch);
        } catch (IOException e) {
          LOG.warn("cannot delete the scratch file {}: {}", scratch, e.getMessage());
        }
      }
      return failure();
    }
  }

  /**
   * Closes the file and opens the same path again (creating it when it was moved away), repairing a torn last line;
   * what SIGHUP does in a service whose record files are rotated by another tool.
   *
   * @throws IOException when the file cannot be opened again; records then fail until a reopen succeeds
   */
  public void reopen() throws IOException {
    synchronized (lock) {
      closeFile();
      openFile();
      failure = null;
    }
  }

  /** Opens {@link #file}, moving a torn last line aside. */
  private void openFile() throws IOException {
    FileChannel opened = opener.open(file);
    try {
      long size = opened.size();
      long whole = wholeLinesLength(opened, size);
      if (whole < size) {
        moveAside(opened, whole, size);
      }
      this.channel = opened;
      this.committed = whole;
      this.torn = false;
      this.day = LocalDate.now(clock);
    } catch (IOException e) {
      opened.close();
      throw e;
    }
  }

  /** The length of the file up to and including its last line break. */
  private static long wholeLinesLength(FileChannel channel, long size) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(TAIL_BLOCK);
    for (long end = size; end > 0; ) {
      long start = Math.max(0, end - TAIL_BLOCK);
      block.clear().limit((int) (end - start));
      while (block.hasRemaining() && channel.read(block, start + block.position()) >= 0) {
        // read the block whole
      }
      for (int i = block.position() - 1; i >= 0; i--) {
        if (block.get(i) == '\n') {
          return start + i + 1;
        }
      }
      end = start;
    }
    return 0;
  }

  /** Appends the bytes from {@code from} to {@code to} to {@code FILE.torn}, then cuts them from the file. */
  private void moveAside(FileChannel channel, long from, long to) throws IOException {
    ByteBuffer fragment = ByteBuffer.allocate(Math.toIntExact(to - from + 1));
    fragment.limit(fragment.capacity() - 1);
    while (fragment.hasRemaining() && channel.read(fragment, from + fragment.position()) >= 0) {
      // read the fragment whole
    }
    fragment.limit(fragment.capacity()).put((byte) '\n');
    Path aside = file.resolveSibling(file.getFileName() + TORN);
    Files.write(aside, Arrays.copyOf(fragment.array(), fragment.position()), StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    channel.truncate(from);
    channel.force(false);
    LOG.warn("the record file {} ended with a torn line of {} bytes (a write cut off by a crash or a full disk):"
        + " moved to {}", file, to - from, aside);
  }

  /** Cuts what a failed write left past the whole lines, before anything else is written. */
  private void cutTornTail() throws IOException {
    if (torn) {
      channel.truncate(committed);
      torn = false;
    }
  }

  private void tryToCutTornTail() {
    try {
      if (channel != null) {
        cutTornTail();
      }
    } catch (IOException e) {
      LOG.warn("cannot yet cut the torn end of the record file {} ({}): it is cut before the next record",
          file, e.getMessage());
    }
  }

  /** Starts a new file when the line would take this one past the size limit, or the day has changed. */
  private void rotateIfDue(int lineLength) throws IOException {
    LocalDate today = LocalDate.now(clock);
    boolean tooLarge = rotateAtBytes > 0 && committed > 0 && committed + lineLength > rotateAtBytes;
    boolean newDay = rotateDaily && !today.equals(day) && committed > 0;
    if (!tooLarge && !newDay) {
      return;
    }
    LocalDate fileDay = day;
    channel.force(false);
    closeFile();
    try {
      Files.move(file, rotatedName(fileDay), StandardCopyOption.ATOMIC_MOVE);
    } finally {
      openFile(); // a new file; or, when the move failed, the same one again, to rotate at the next line
    }
  }

  /** {@code NAME-yyyy-MM-dd-N.EXT} beside the file, with the first N not yet taken. */
  private Path rotatedName(LocalDate fileDay) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int n = 1; ; n++) {
      Path candidate = file.resolveSibling(stem + "-" + fileDay + "-" + n + extension);
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
  }

  private void closeFile() throws IOException {
    if (channel != null) {
      FileChannel closing = channel;
      channel = null;
      closing.close();
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
   * Forces what was written to the device and closes the file; records after this fail.
   *
   * @throws IOException when the file cannot be closed
   */
  @Override
  public void close() throws IOException {
    synchronized (lock) {
      if (channel != null) {
        cutTornTail();
        channel.force(false);
      }
      closeFile();
    }
  }
}

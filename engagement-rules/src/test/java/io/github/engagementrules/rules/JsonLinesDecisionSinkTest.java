package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision record file never lies: a record that cannot be written fails its decision and leaves no fragment, a
 * torn last line is moved aside, rotation splits and loses no line, fsync forces every line. The full disk is a
 * {@link FaultyFileChannel}.
 */
class JsonLinesDecisionSinkTest {
  private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

  @TempDir Path directory;

  private final FaultyFileChannel.Disk disk = new FaultyFileChannel.Disk();

  @Test
  void fullDisk_failsTheDecision_leavesNoFragment_andRecordsAgainOnceSpaceReturns() throws IOException {
    Path file = directory.resolve("records.jsonl");
    try (JsonLinesDecisionSink sink = faulty(file).open()) {
      EngagementDecider decider = decider(sink);
      decider.decide(meeting("o-1"));
      disk.fillUpAfter(100); // the next line is cut after 100 bytes

      DecisionNotRecordedException refused =
          assertThrows(DecisionNotRecordedException.class, () -> decider.decide(meeting("o-2")));
      assertTrue(refused.getMessage().startsWith("cannot record decision 'o-2': No space left on device"),
          refused.getMessage());
      assertTrue(sink.failure().orElseThrow().contains("No space left on device"));
      assertEquals(List.of("o-1"), recordedIds(file), "the fragment was cut at once");

      assertEquals(sink.failure(), sink.recover(), "the disk is still full");

      disk.free();
      assertEquals(Optional.empty(), sink.recover(), "there is room again");
      decider.decide(meeting("o-3"));
      assertEquals(Optional.empty(), sink.failure());
    }
    assertEquals(List.of("o-1", "o-3"), recordedIds(file));
    assertFalse(Files.exists(directory.resolve("records.jsonl.probe")));
  }

  @Test
  void fullDisk_whenTheFragmentCannotBeCutAtOnce_itIsCutBeforeTheNextLine() throws IOException {
    Path file = directory.resolve("records.jsonl");
    try (JsonLinesDecisionSink sink = faulty(file).open()) {
      EngagementDecider decider = decider(sink);
      decider.decide(meeting("o-1"));
      disk.fillUpAfter(100);
      disk.failTruncations(1);

      assertThrows(DecisionNotRecordedException.class, () -> decider.decide(meeting("o-2")));
      assertFalse(Files.readString(file).endsWith("\n"), "the fragment is still there");

      disk.free();
      decider.decide(meeting("o-3"));
    }
    assertEquals(List.of("o-1", "o-3"), recordedIds(file));
  }

  @Test
  void tornLastLine_isMovedAsideWhenTheFileIsOpened() throws IOException {
    Path file = directory.resolve("records.jsonl");
    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.builder(file).open()) {
      decider(sink).decideAll(List.of(meeting("o-1"), meeting("o-2")));
    }
    String fragment = "{\"recordedAt\": \"2026-11-21T10:15:30Z\", \"ruleBaseVer";
    Files.writeString(file, fragment, java.nio.file.StandardOpenOption.APPEND); // killed mid-write

    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.builder(file).open()) {
      assertTrue(Files.readString(file).endsWith("}\n"), "the file holds whole lines only");
      decider(sink).decide(meeting("o-3"));
    }

    assertEquals(List.of("o-1", "o-2", "o-3"), recordedIds(file));
    assertEquals(fragment + "\n", Files.readString(directory.resolve("records.jsonl.torn")));
  }

  @Test
  void fsync_forcesEveryLineToTheDevice_andIsOffByDefault() throws IOException {
    try (JsonLinesDecisionSink sink = faulty(directory.resolve("plain.jsonl")).open()) {
      decider(sink).decideAll(List.of(meeting("o-1"), meeting("o-2"), meeting("o-3")));
      assertEquals(0, disk.forces());
    }
    int afterClose = disk.forces();
    try (JsonLinesDecisionSink sink = faulty(directory.resolve("synced.jsonl")).fsync(true).open()) {
      decider(sink).decideAll(List.of(meeting("o-1"), meeting("o-2"), meeting("o-3")));
      assertEquals(afterClose + 3, disk.forces());
    }
  }

  @Test
  void rotationBySize_underLoad_splitsAndLosesNoLine() throws Exception {
    Path file = directory.resolve("records.jsonl");
    int threads = 4;
    int perThread = 100;
    long limit = 16_000;
    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.builder(file).rotateAtBytes(limit).open()) {
      EngagementDecider decider = decider(sink);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          done.add(pool.submit(() -> {
            for (int i = 0; i < perThread; i++) {
              decider.decide(meeting("t" + thread + "-" + i));
            }
          }));
        }
        for (Future<?> future : done) {
          future.get();
        }
      } finally {
        pool.shutdown();
      }
    }

    List<Path> files;
    try (Stream<Path> listed = Files.list(directory)) {
      files = listed.filter(p -> p.getFileName().toString().startsWith("records")).sorted().toList();
    }
    assertTrue(files.size() > 2, "rotated: " + files);
    List<String> ids = new ArrayList<>();
    for (Path each : files) {
      assertTrue(Files.size(each) <= limit, each + " is " + Files.size(each) + " bytes");
      ids.addAll(recordedIds(each));
    }
    Set<String> unique = new HashSet<>(ids);
    assertEquals(ids.size(), unique.size(), "no line is written twice");
    assertEquals(threads * perThread, unique.size(), "no line is lost");
  }

  @Test
  void dailyRotation_startsAFileForTheFirstRecordOfEachDay() throws IOException {
    AtomicReference<Instant> now = new AtomicReference<>(NOON);
    Clock clock = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
    Path file = directory.resolve("records.jsonl");
    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.builder(file).clock(clock).rotateDaily(true).open()) {
      EngagementDecider decider = decider(sink);
      decider.decide(meeting("day-1a"));
      decider.decide(meeting("day-1b"));
      now.set(NOON.plus(Duration.ofDays(1)));
      decider.decide(meeting("day-2"));
    }

    assertEquals(List.of("day-1a", "day-1b"), recordedIds(directory.resolve("records-2026-11-21-1.jsonl")));
    assertEquals(List.of("day-2"), recordedIds(file));
  }

  @Test
  void reopen_afterTheFileWasMovedAway_writesToANewFileAtThePath() throws IOException {
    Path file = directory.resolve("records.jsonl");
    Path moved = directory.resolve("records.jsonl.1");
    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.builder(file).open()) {
      EngagementDecider decider = decider(sink);
      decider.decide(meeting("before"));
      Files.move(file, moved); // logrotate
      decider.decide(meeting("moved"));

      sink.reopen();
      decider.decide(meeting("after"));
    }

    assertEquals(List.of("before", "moved"), recordedIds(moved));
    assertEquals(List.of("after"), recordedIds(file));
  }

  private JsonLinesDecisionSink.Builder faulty(Path file) {
    return JsonLinesDecisionSink.builder(file).opener(disk::open);
  }

  private static EngagementDecider decider(JsonLinesDecisionSink sink) {
    return EngagementRules.builder().roster(Rosters.standard()).decisionListener(sink).build();
  }

  private static Opportunity meeting(String id) {
    return Opportunity.builder()
        .id(id)
        .kind(OpportunityKind.COMMUNITY_MEETING)
        .borough(Rosters.FULL)
        .ward(Rosters.STAFFED_WARD)
        .addRequests(Request.STATISTICS_REPORT)
        .build();
  }

  /** The opportunity ids of the file's records, in order; fails unless every line is a whole record. */
  private static List<String> recordedIds(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(content.isEmpty() || content.endsWith("\n"), file + " ends in a torn line");
    return content.lines().map(line -> EngagementJson.parse(line).at("/opportunity/id").asText()).toList();
  }
}

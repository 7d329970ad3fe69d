package io.github.engagementrules.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code decide} streams: the packaged CLI, in a child JVM with a small fixed heap, decides a long JSON Lines stream
 * generated on the fly (never held in memory, by either side) and writes exactly one line per input line, in order.
 *
 * <p>By default 20,000 records under {@code -Xmx64m}, a few seconds; the full million with
 * {@code -Dengagement.streaming.records=1000000} (see docs/RELIABILITY.md). The input is ~200 bytes a record, so a
 * reader that loaded the batch, or a duplicate check that kept every id as a string, would not fit in the heap.
 */
class DecideStreamingIT {
  private static final Path JAR = Path.of("target/engagement-cli.jar");
  private static final int RECORDS = Integer.getInteger("engagement.streaming.records", 20_000);
  private static final String HEAP = System.getProperty("engagement.streaming.heap", "64m");
  /** Every this-many records one is invalid, to check that error lines keep their place too. */
  private static final int INVALID_EVERY = 1_000;
  private static final String ID = "@ID@";

  @Test
  void decidesALongJsonLinesStream_withBoundedMemory_oneLineEachInOrder() throws Exception {
    List<String> templates = templates();
    Path stderr = Files.createTempFile("decide-streaming", ".err");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-jar", JAR.toString(),
                "decide", "--roster", CliTestSupport.ROSTER, "-")
            .redirectError(stderr.toFile())
            .start();
    Thread feeder = new Thread(() -> feed(process, templates), "feeder");
    feeder.start();

    long lines = 0;
    long errors = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        JsonNode json = parse(line, lines, stderr);
        if (lines % INVALID_EVERY == INVALID_EVERY - 1) {
          assertEquals(lines, json.get("index").asLong(), line);
          assertEquals("ENG-100", json.get("code").asText(), line);
          errors++;
        } else {
          assertEquals("s-" + lines, json.get("opportunityId").asText(), "line " + lines + " in input order");
          assertTrue(json.has("attendance"), line);
        }
        lines++;
      }
    }
    feeder.join();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "decide finished");
    String errorOutput = Files.readString(stderr, UTF_8);
    Files.delete(stderr);

    assertEquals(1, process.exitValue(), "exit status 1: some records were invalid\n" + errorOutput);
    assertEquals(RECORDS, lines, "one output line per input line");
    assertEquals(RECORDS / INVALID_EVERY, errors);
    assertTrue(!errorOutput.contains("Exception") && !errorOutput.contains("\tat "), errorOutput);
  }

  /** One output line as JSON; a broken line means the child died mid-write (out of memory?): show its stderr. */
  private static JsonNode parse(String line, long number, Path stderr) throws IOException {
    try {
      return EngagementJson.parse(line);
    } catch (EngagementException e) {
      throw new AssertionError("output line " + number + " is broken (" + e.getMessage() + "); the child said:\n"
          + Files.readString(stderr, UTF_8), e);
    }
  }

  /** The sample opportunities with a placeholder id, as one-line JSON, and one invalid record. */
  private static List<String> templates() throws IOException {
    List<String> templates = new ArrayList<>();
    for (String line : Files.readAllLines(CliTestSupport.SAMPLES.resolve("opportunities.jsonl"), UTF_8)) {
      if (!line.isBlank()) {
        ObjectNode record = (ObjectNode) EngagementJson.parse(line);
        templates.add(EngagementJson.write(record.put("id", ID)));
      }
    }
    return templates;
  }

  /** Writes the records to the child's standard input as they are generated, then closes it. */
  private static void feed(Process process, List<String> templates) {
    try (Writer in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), UTF_8), 1 << 16)) {
      for (int i = 0; i < RECORDS; i++) {
        String record = templates.get(i % templates.size()).replace(ID, "s-" + i);
        if (i % INVALID_EVERY == INVALID_EVERY - 1) {
          record = record.replaceFirst("\"kind\":\"[A-Z_]+\"", "\"kind\":\"PARADE\"");
        }
        in.write(record);
        in.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the child stopped reading", e);
    }
  }
}

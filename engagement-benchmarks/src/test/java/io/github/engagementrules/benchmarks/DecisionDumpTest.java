package io.github.engagementrules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision dump's lines and its usage errors. */
class DecisionDumpTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return DecisionDump.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void dump_writesEachInputSinglyThenInBatches_withTheSameDecisionBothWays(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dump.txt");

    int status = run(file.toString(), "5");

    assertEquals(0, status, err::toString);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int inputs = lines.size() / 2;
    assertTrue(inputs > 5, out::toString);
    for (int i = 0; i < inputs; i++) {
      String single = lines.get(i);
      String batch = lines.get(inputs + i);
      assertTrue(single.matches("single " + i + " (\\{.*}|ERROR [A-Z_]+ .*)"), single);
      assertEquals(single.substring("single".length()), batch.substring("batch".length()));
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(inputs + " inputs ("), out::toString);
  }

  @Test
  void dump_withANegativeSampleCount_isAUsageError(@TempDir Path dir) {
    int status = run(dir.resolve("dump.txt").toString(), "-1");

    assertEquals(DecisionDump.USAGE_OR_FILE, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("SAMPLES must not be negative, got -1"), err::toString);
  }
}

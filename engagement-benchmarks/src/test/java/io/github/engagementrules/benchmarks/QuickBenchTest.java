package io.github.engagementrules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick benchmark's report and its usage errors; what it measures is never asserted. */
class QuickBenchTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return QuickBench.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void quickBench_reportsEverySubjectAndEndsWithTheRatio() {
    int status = run("--iterations", "3", "--threads", "2");

    assertEquals(0, status, err::toString);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(0).matches("rule base sha256:\\w+, \\d+ rules: cold build \\d+ ms; rebuilds .*"), lines.get(0));
    for (String subject : List.of("decider: decide", "decider: decideAll of 1000", "naive: new session each",
        "verify: enumerate+decide+check")) {
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(subject) && l.matches(".*\\d+ .*KB .*\\d")), subject);
    }
    assertTrue(lines.get(lines.size() - 1).matches("decider/naive throughput ratio: \\d+\\.\\d\\d"),
        lines.get(lines.size() - 1));
  }

  @Test
  void quickBench_withANonPositiveDuration_isAUsageError() {
    int status = run("--seconds", "0");

    assertEquals(QuickBench.USAGE_OR_RULES, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--seconds must be a positive whole number, got '0'"),
        err::toString);
  }

  @Test
  void quickBench_withARuleDirectoryThatDoesNotExist_namesIt() {
    int status = run("--rules", "no-such-directory", "--iterations", "1");

    assertEquals(QuickBench.USAGE_OR_RULES, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-directory"), err::toString);
  }

  @Test
  void quickBench_withARosterFileThatDoesNotExist_namesIt() {
    int status = run("--roster", "no-such-roster.json", "--iterations", "1");

    assertEquals(QuickBench.USAGE_OR_RULES, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("roster file 'no-such-roster.json'"), err::toString);
  }
}

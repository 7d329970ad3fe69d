package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay}: the recorded opportunities re-decided with proposed rules, and what would change. */
class ReplayCommandTest {
  @TempDir Path directory;

  private Path records;

  @BeforeEach
  void record() {
    records = directory.resolve("records.jsonl");
    CliTestSupport.Run decided = CliTestSupport.run("", "decide", "--roster", CliTestSupport.ROSTER, "--record",
        records.toString(), "--mask-names", CliTestSupport.SAMPLES.resolve("opportunities.jsonl").toString());
    assertEquals(EngagementCli.OK, decided.status(), decided.err());
  }

  @Test
  void sameRulesAndRoster_changeNothing() throws Exception {
    CliTestSupport.Run replay =
        CliTestSupport.run("", "replay", "--roster", CliTestSupport.ROSTER, "--records", records.toString());

    assertEquals(EngagementCli.OK, replay.status(), replay.err());
    long recorded = Files.readAllLines(records).size();
    assertTrue(replay.out().matches("(?s)replayed " + recorded + " recorded decisions with rule base sha256:\\w+ and"
        + " roster sha256:\\w+: 0 would change, " + recorded + " would not\n.*"), replay.out());
  }

  @Test
  void editedRules_showTheChangedSections_theWorkload_andExamples() throws Exception {
    Path rules = CliTestSupport.copyBuiltInRules(directory, "rules");
    Files.delete(rules.resolve("community-meetings.drl")); // a proposal that drops a whole section

    CliTestSupport.Run replay = CliTestSupport.run("", "replay", "--rules", rules.toString(), "--roster",
        CliTestSupport.ROSTER, "--records", records.toString(), "--examples", "2");

    assertEquals(EngagementCli.OK, replay.status(), replay.err());
    Matcher summary = Pattern.compile("replayed (\\d+) recorded decisions .*: (\\d+) would change").matcher(replay.out());
    assertTrue(summary.find(), replay.out());
    assertTrue(Integer.parseInt(summary.group(2)) > 0, replay.out());
    assertTrue(replay.out().contains("changed decisions by guide section:\n"), replay.out());
    assertTrue(replay.out().contains("  community-meetings: "), replay.out());
    assertTrue(replay.out().matches("(?s).*workload by role \\(attendee or point of contact\\), recorded -> replayed:\n"
        + "(  [A-Z_]+: \\d+ -> \\d+( \\([+-]\\d+\\))?\n)+.*"), replay.out());
    assertEquals(2, replay.out().lines().filter(l -> l.matches("  opp-\\d+: .* -> .*")).count(), replay.out());
  }

  @Test
  void linesThatAreNotRecords_areNamedWithTheirLine_andExitStatusIs1() throws Exception {
    Files.writeString(records, "{\"not\": \"a record\"}\n", java.nio.file.StandardOpenOption.APPEND);

    CliTestSupport.Run replay =
        CliTestSupport.run("", "replay", "--roster", CliTestSupport.ROSTER, "--records", records.toString());

    assertEquals(EngagementCli.SOME_FAILED, replay.status());
    int line = Files.readAllLines(records).size();
    assertTrue(replay.out().contains("1 lines are not decision records:\n  " + records + ":" + line + ": "),
        replay.out());
  }
}

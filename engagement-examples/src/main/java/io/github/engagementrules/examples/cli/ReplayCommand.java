package io.github.engagementrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.examples.records.DecisionRecordReader;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.EngagementDecider;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code replay}: re-decides the opportunities of decision records with a proposed edition of the rules and the
 * current roster, and reports what would change, by guide section and by role's workload, with examples. Reads the
 * records a line at a time: memory holds counters by section and role and a few examples, whatever the records' size.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Re-decides the opportunities in decision records (serve/decide --record) with proposed rules and the current"
          + " roster, and reports what would change: by guide section, by role's workload, with examples.",
      "Exit status 0 when every line was replayed, 1 when some lines were not decision records."
    })
final class ReplayCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;

  @Mixin CliSupport.RequiredRoster roster;
  @Mixin CliSupport.RuleOptions rules;

  @Option(names = "--records", paramLabel = "FILE", required = true, arity = "1..*",
      description = "decision record files (JSON Lines), in order")
  List<Path> records;

  @Option(names = "--examples", paramLabel = "N", description = "how many changed decisions to show (default: 5)")
  int exampleLimit = 5;

  /** What the replay found so far; counters and a bounded list of examples. */
  private static final class Findings {
    long replayed;
    long changed;
    final List<String> unreadable = new ArrayList<>();
    long unreadableCount;
    final Map<String, Long> nowFailing = new TreeMap<>();
    final Map<String, Long> sectionsChanged = new TreeMap<>();
    final Map<String, long[]> workload = new TreeMap<>(); // role -> {before, after}
    final List<String> examples = new ArrayList<>();
  }

  @Override
  public Integer call() throws IOException {
    EngagementDecider decider = CliSupport.decider(roster.load(), rules.directories);
    Findings findings = new Findings();
    try (ProgressLine progress = new ProgressLine(cli.err(), "replayed")) {
      DecisionRecordReader.read(records, new DecisionRecordReader.Handler() {
        @Override
        public void recorded(String where, DecisionRecordReader.Recorded record) {
          replay(decider, record, findings);
        }

        @Override
        public void unreadable(String where, String problem) {
          findings.unreadableCount++;
          if (findings.unreadable.size() < exampleLimit) {
            findings.unreadable.add(where + ": " + problem);
          }
        }
      }, progress);
    } catch (NoSuchFileException e) {
      throw new UsageException("record file '" + e.getFile() + "' does not exist");
    }
    print(findings, decider, cli.out());
    return findings.unreadableCount == 0 ? EngagementCli.OK : EngagementCli.SOME_FAILED;
  }

  private void replay(EngagementDecider decider, DecisionRecordReader.Recorded record, Findings findings) {
    Opportunity opportunity = record.opportunity();
    findings.replayed++;
    JsonNode before = record.decision();
    count(findings.workload, before, 0);
    Decision after;
    try {
      after = decider.decide(opportunity);
    } catch (EngagementException e) {
      findings.changed++;
      findings.nowFailing.merge(e.code().code(), 1L, Long::sum);
      example(findings, opportunity.id() + ": " + summary(before) + " -> fails with " + e.code().code());
      return;
    }
    JsonNode now = EngagementJson.toJson(after);
    count(findings.workload, now, 1);
    if (!outcome(before).equals(outcome(now))) {
      findings.changed++;
      // The sections whose rules took part on one side only: those the edit changed for this opportunity.
      Set<String> sections = sections(before);
      Set<String> nowSections = sections(now);
      Set<String> differing = new TreeSet<>(sections);
      differing.addAll(nowSections);
      Set<String> common = new TreeSet<>(sections);
      common.retainAll(nowSections);
      differing.removeAll(common);
      if (differing.isEmpty()) {
        differing.add("(same sections, other findings)");
      }
      differing.forEach(s -> findings.sectionsChanged.merge(s, 1L, Long::sum));
      example(findings, opportunity.id() + ": " + summary(before) + " -> " + summary(now));
    }
  }

  private void example(Findings findings, String text) {
    if (findings.examples.size() < exampleLimit) {
      findings.examples.add(text);
    }
  }

  /** What a decision decides, without versions and names (records may mask names): attendance, who, why. */
  private static String outcome(JsonNode decision) {
    StringBuilder out = new StringBuilder(attendanceOrContact(decision));
    decision.path("contacts").forEach(c -> out.append("|contact ").append(c.path("role").asText()).append(' ')
        .append(c.path("remit").asText()));
    decision.path("escalations").forEach(e -> out.append("|escalate ").append(e.path("to").asText()));
    decision.path("reasons").forEach(r -> out.append("|rule ").append(r.path("rule").asText()));
    return out.toString();
  }

  private static String attendanceOrContact(JsonNode decision) {
    return decision.path("attendance").asText() + " " + decision.path("attendee").asText("-") + " "
        + decision.path("pointOfContact").path("role").asText("-") + " "
        + decision.path("pointOfContact").path("id").asText("-");
  }

  private static String summary(JsonNode decision) {
    return decision.path("attendance").asText() + " (contact " + decision.path("pointOfContact").path("role")
        .asText("none") + ")";
  }

  private static Set<String> sections(JsonNode decision) {
    Set<String> sections = new TreeSet<>();
    decision.path("reasons").forEach(r -> sections.add(r.path("section").asText()));
    return sections;
  }

  /** Counts the attendee and the point of contact of {@code decision} in column {@code column} of the workload. */
  private static void count(Map<String, long[]> workload, JsonNode decision, int column) {
    for (JsonNode role : List.of(decision.path("attendee"), decision.path("pointOfContact").path("role"))) {
      if (role.isTextual()) {
        workload.computeIfAbsent(role.asText(), r -> new long[2])[column]++;
      }
    }
  }

  private static void print(Findings findings, EngagementDecider decider, PrintStream out) {
    out.println("replayed " + findings.replayed + " recorded decisions with rule base "
        + decider.ruleBase().version() + " and roster " + decider.rosterVersion() + ": " + findings.changed
        + " would change, " + (findings.replayed - findings.changed) + " would not");
    if (findings.unreadableCount > 0) {
      out.println(findings.unreadableCount + " lines are not decision records:");
      findings.unreadable.forEach(u -> out.println("  " + u));
    }
    if (!findings.nowFailing.isEmpty()) {
      out.println("would fail: " + findings.nowFailing);
    }
    if (!findings.sectionsChanged.isEmpty()) {
      out.println("changed decisions by guide section:");
      findings.sectionsChanged.forEach((section, count) -> out.println("  " + section + ": " + count));
    }
    out.println("workload by role (attendee or point of contact), recorded -> replayed:");
    findings.workload.forEach((role, counts) -> out.println("  " + role + ": " + counts[0] + " -> " + counts[1]
        + (counts[0] == counts[1] ? "" : " (" + (counts[1] > counts[0] ? "+" : "") + (counts[1] - counts[0]) + ")")));
    if (!findings.examples.isEmpty()) {
      out.println("examples:");
      findings.examples.forEach(e -> out.println("  " + e));
    }
  }
}

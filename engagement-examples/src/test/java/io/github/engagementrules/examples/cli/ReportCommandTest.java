package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.JsonLinesDecisionSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: decision records counted over a period, as an HTML page and CSV files. */
class ReportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  @TempDir Path directory;

  /** Records of the sample opportunities, decided for real by {@code decide --record}. */
  private Path recordSamples(String name) {
    Path records = directory.resolve(name);
    CliTestSupport.Run decided = CliTestSupport.run("", "decide", "--roster", CliTestSupport.ROSTER, "--record",
        records.toString(), CliTestSupport.SAMPLES.resolve("opportunities.jsonl").toString());
    assertEquals(EngagementCli.OK, decided.status(), decided.err());
    return records;
  }

  private CliTestSupport.Run report(String... options) {
    List<String> args = new ArrayList<>(List.of("report", "--out", directory.resolve("out").toString()));
    args.addAll(List.of(options));
    return CliTestSupport.run("", args.toArray(String[]::new));
  }

  /** The rows of a CSV file the report wrote, header first, read by a CSV parser. */
  private List<List<String>> csv(String name) throws IOException {
    try (MappingIterator<List<String>> rows =
        CSV.readerForListOf(String.class).readValues(directory.resolve("out").resolve(name).toFile())) {
      return rows.readAll();
    }
  }

  /** A CSV file's rows after the header, keyed by their first {@code keyColumns} cells joined by '/'. */
  private Map<String, List<String>> rowsByKey(String name, int keyColumns) throws IOException {
    List<List<String>> rows = csv(name);
    return rows.subList(1, rows.size()).stream().collect(Collectors.toMap(
        row -> String.join("/", row.subList(0, keyColumns)), row -> row.subList(keyColumns, row.size()),
        (a, b) -> a, TreeMap::new));
  }

  private static List<JsonNode> lines(Path records) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(records)) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  @Test
  void counts_agreeWithTheRecordsFedIn() throws Exception {
    Path first = recordSamples("first.jsonl");
    Path second = recordSamples("second.jsonl");

    CliTestSupport.Run report = report("--records", first.toString(), second.toString());

    assertEquals(EngagementCli.OK, report.status(), report.out() + report.err());
    List<JsonNode> records = new ArrayList<>(lines(first));
    records.addAll(lines(second));
    assertTrue(report.out().startsWith("counted " + records.size() + " decisions from the first record to the last"
        + " record (UTC); report in "), report.out());
    // Each breakdown against the same count made here from the records themselves.
    Map<String, Long> byBoroughAndAttendance = new TreeMap<>();
    Map<String, Long> byWard = new TreeMap<>();
    Map<String, Long> byKind = new TreeMap<>();
    Map<String, Long> attendees = new TreeMap<>();
    Map<String, Long> pointsOfContact = new TreeMap<>();
    for (JsonNode record : records) {
      JsonNode opportunity = record.get("opportunity");
      JsonNode decision = record.get("decision");
      byBoroughAndAttendance.merge(opportunity.get("borough").asText() + "/" + decision.get("attendance").asText(),
          1L, Long::sum);
      byWard.merge(opportunity.get("borough").asText() + "/" + opportunity.path("ward").asText("(borough-wide)"),
          1L, Long::sum);
      byKind.merge(opportunity.get("kind").asText(), 1L, Long::sum);
      if (decision.get("attendee").isTextual()) {
        attendees.merge(decision.get("attendee").asText(), 1L, Long::sum);
      }
      if (decision.get("pointOfContact").isObject()) {
        pointsOfContact.merge(decision.get("pointOfContact").get("role").asText(), 1L, Long::sum);
      }
    }
    List<String> attendances = csv("by-borough.csv").get(0).subList(2, 7);
    Map<String, Long> reportedByBorough = new TreeMap<>();
    rowsByKey("by-borough.csv", 1).forEach((borough, counts) -> {
      for (int i = 0; i < attendances.size(); i++) {
        long count = Long.parseLong(counts.get(i + 1));
        if (count > 0) {
          reportedByBorough.put(borough + "/" + attendances.get(i).toUpperCase(), count);
        }
      }
      assertEquals(Long.parseLong(counts.get(0)),
          counts.subList(1, counts.size()).stream().mapToLong(Long::parseLong).sum(), "total of " + borough);
    });
    assertEquals(byBoroughAndAttendance, reportedByBorough);
    assertEquals(byWard, totals(rowsByKey("by-ward.csv", 2)));
    Map<String, Long> reportedByKind = new TreeMap<>();
    totals(rowsByKey("by-kind.csv", 1)).forEach((kind, n) -> reportedByKind.put(constant(kind), n));
    assertEquals(byKind, reportedByKind);
    Map<String, List<String>> roles = rowsByKey("roles.csv", 1);
    assertEquals(attendees, column(roles, 0));
    assertEquals(pointsOfContact, column(roles, 1));
    assertEquals(List.of("Attendance", "Decisions"), csv("attendance.csv").get(0));
    assertEquals(records.size(), csv("attendance.csv").stream().skip(1).mapToLong(r -> Long.parseLong(r.get(1))).sum());
    String page = Files.readString(directory.resolve("out/report.html"));
    assertTrue(page.contains("<dt>Decisions counted</dt><dd>" + records.size() + "</dd>"), page);
  }

  private static Map<String, Long> totals(Map<String, List<String>> rows) {
    Map<String, Long> totals = new TreeMap<>();
    rows.forEach((key, counts) -> totals.put(key, Long.parseLong(counts.get(0))));
    return totals;
  }

  /** The non-zero counts of one column, keyed by the role's constant. */
  private static Map<String, Long> column(Map<String, List<String>> rows, int column) {
    Map<String, Long> counts = new TreeMap<>();
    rows.forEach((role, cells) -> {
      long count = Long.parseLong(cells.get(column));
      if (count > 0) {
        counts.put(constant(role), count);
      }
    });
    return counts;
  }

  /** "SNT officer" back to SNT_OFFICER. */
  private static String constant(String label) {
    return label.toUpperCase().replace(' ', '_');
  }

  @Test
  void fromAndTo_countTheDaysBetween_bothIncluded_inTheZoneAsked() throws Exception {
    Path records = directory.resolve("records.jsonl");
    Opportunity opportunity = EngagementJson.readOpportunity(
        Files.readAllLines(CliTestSupport.SAMPLES.resolve("opportunities.jsonl")).get(0));
    List<String> times = List.of("2026-03-31T22:30:00Z", "2026-03-31T23:30:00Z", "2026-04-01T00:00:00Z",
        "2026-04-30T23:59:59Z", "2026-05-01T00:00:00Z");
    for (String time : times) {
      decideAt(records, Instant.parse(time), opportunity);
    }

    CliTestSupport.Run april = report("--records", records.toString(), "--from", "2026-04-01", "--to", "2026-04-30");
    CliTestSupport.Run aprilInLondon = report("--records", records.toString(), "--from", "2026-04-01", "--to",
        "2026-04-30", "--zone", "Europe/London");

    assertEquals(EngagementCli.OK, april.status(), april.err());
    assertTrue(april.out().startsWith("counted 2 decisions from 2026-04-01 to 2026-04-30 (UTC)"), april.out());
    // In London (BST) 23:30 UTC on 31 March is already 1 April, and 23:59 UTC on 30 April is 1 May.
    assertTrue(aprilInLondon.out().startsWith("counted 2 decisions from 2026-04-01 to 2026-04-30 (Europe/London)"),
        aprilInLondon.out());
    assertEquals(List.of(List.of("Day", "Decisions", "Attend", "Decline", "Redirect", "Delegate", "Refer"),
        List.of("2026-04-01", "2", "0", "0", "2", "0", "0")), csv("by-day.csv"));
    assertTrue(report("--records", records.toString()).out().startsWith("counted 5 decisions"));
    CliTestSupport.Run backwards =
        report("--records", records.toString(), "--from", "2026-05-01", "--to", "2026-04-01");
    assertEquals(EngagementCli.USAGE_OR_RULES, backwards.status());
    assertTrue(backwards.err().contains("--from 2026-05-01 is after --to 2026-04-01"), backwards.err());
  }

  /** Decides {@code opportunity} for real with the sample roster, recording it at {@code time}. */
  private static void decideAt(Path records, Instant time, Opportunity opportunity) throws IOException {
    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.open(records, Clock.fixed(time, ZoneOffset.UTC), false)) {
      EngagementDecider decider = EngagementRules.builder()
          .roster(CliSupport.roster(CliTestSupport.ROSTER))
          .decisionListener(sink)
          .build();
      decider.decide(opportunity);
    }
  }

  @Test
  void awkwardWardNames_areQuotedInTheCsv_andAFormulaIsDefused() throws Exception {
    String commaAndQuotes = "Farnham \"Castle\", Upper";
    String formula = "=HYPERLINK(\"http://example.org\")";
    Path roster = directory.resolve("roster.json");
    Path opportunities = directory.resolve("opportunities.jsonl");
    Files.writeString(roster, Files.readString(Path.of(CliTestSupport.ROSTER))
        .replace("\"Farnham Castle\"", JSON.writeValueAsString(commaAndQuotes))
        .replace("\"Godalming Central\"", JSON.writeValueAsString(formula)));
    Files.writeString(opportunities, Files.readString(CliTestSupport.SAMPLES.resolve("opportunities.jsonl"))
        .replace("\"Farnham Castle\"", JSON.writeValueAsString(commaAndQuotes))
        .replace("\"Godalming Central\"", JSON.writeValueAsString(formula)));
    Path records = directory.resolve("records.jsonl");
    CliTestSupport.Run decided = CliTestSupport.run("", "decide", "--roster", roster.toString(), "--record",
        records.toString(), opportunities.toString());
    assertEquals(EngagementCli.OK, decided.status(), decided.err());

    assertEquals(EngagementCli.OK, report("--records", records.toString()).status());

    String raw = Files.readString(directory.resolve("out/by-ward.csv"), StandardCharsets.UTF_8);
    assertTrue(raw.contains("Waverley,\"Farnham \"\"Castle\"\", Upper\",3,"), raw);
    assertTrue(raw.endsWith("\r\n") && !raw.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
    Map<String, List<String>> wards = rowsByKey("by-ward.csv", 2);
    assertTrue(wards.containsKey("Waverley/" + commaAndQuotes), wards.keySet().toString());
    assertTrue(wards.containsKey("Waverley/'" + formula), wards.keySet().toString());
    String page = Files.readString(directory.resolve("out/report.html"));
    assertTrue(page.contains("Farnham &quot;Castle&quot;, Upper"), "escaped in the page, not in a spreadsheet's way");
    assertFalse(page.contains(formula), "the page escapes the quotes of the formula too");
  }

  @Test
  void linesThatAreNotRecords_areNamedWithFileAndLine_theRestCounted_andExitStatusIs1() throws Exception {
    Path records = recordSamples("records.jsonl");
    int good = Files.readAllLines(records).size();
    String firstLine = Files.readAllLines(records).get(0);
    ObjectNode lateRecord = (ObjectNode) JSON.readTree(firstLine);
    lateRecord.put("recordedAt", "yesterday");
    ObjectNode noAttendance = (ObjectNode) JSON.readTree(firstLine);
    ((ObjectNode) noAttendance.get("decision")).put("attendance", "MAYBE");
    Files.writeString(records, "{\"not\": \"a record\"}\n" + lateRecord + "\n" + noAttendance + "\n",
        StandardOpenOption.APPEND);
    Files.write(records, new byte[] {'{', (byte) 0xC3, '}', '\n'}, StandardOpenOption.APPEND);
    Files.writeString(records, firstLine + "\n", StandardOpenOption.APPEND);

    CliTestSupport.Run report = report("--records", records.toString());

    assertEquals(EngagementCli.SOME_FAILED, report.status());
    assertTrue(report.out().startsWith("counted " + (good + 1) + " decisions"), report.out());
    assertTrue(report.out().contains("\n4 lines are not decision records:\n"), report.out());
    assertTrue(report.out().contains("  " + records + ":" + (good + 1) + ": "), report.out());
    assertTrue(report.out().contains("  " + records + ":" + (good + 2)
        + ": recordedAt: 'yesterday' is not a time such as 2026-11-21T10:15:30Z\n"), report.out());
    assertTrue(report.out().contains("  " + records + ":" + (good + 3)
        + ": decision.attendance: expected one of ATTEND, DECLINE, REDIRECT, DELEGATE, REFER, got 'MAYBE'\n"),
        report.out());
    assertTrue(report.out().contains("  " + records + ":" + (good + 4) + ": invalid UTF-8 at byte offset"),
        report.out());
    String page = Files.readString(directory.resolve("out/report.html"));
    assertTrue(page.contains(records + ":" + (good + 2) + ": recordedAt: "), page);
  }

  @Test
  void missingRecordFile_isAUsageError_beforeAnythingIsRead() {
    CliTestSupport.Run report = report("--records", directory.resolve("absent.jsonl").toString());

    assertEquals(EngagementCli.USAGE_OR_RULES, report.status());
    assertTrue(report.err().contains("record file '" + directory.resolve("absent.jsonl") + "' does not exist"),
        report.err());
    assertFalse(Files.exists(directory.resolve("out")));
  }

  @Test
  void vacancies_areStillOpenOrFilledOnTodaysRoster_andUnknownWithoutOne() throws Exception {
    Path records = recordSamples("records.jsonl");
    Path today = directory.resolve("today.json");
    ObjectNode roster = (ObjectNode) JSON.readTree(Path.of(CliTestSupport.ROSTER).toFile());
    for (JsonNode borough : roster.get("boroughs")) {
      for (JsonNode ward : borough.get("wards")) {
        if (ward.get("name").asText().equals("Haslemere East")) {
          ((ObjectNode) ward).putObject("pcso").put("id", "PCSO-4413").put("name", "PCSO Lee Grant");
        }
      }
    }
    Files.writeString(today, roster.toString());

    CliTestSupport.Run withRoster = report("--records", records.toString(), "--roster", today.toString());
    Map<String, List<String>> vacancies = rowsByKey("vacancies.csv", 3);
    CliTestSupport.Run withoutRoster = report("--records", records.toString());
    Map<String, List<String>> unknown = rowsByKey("vacancies.csv", 3);

    assertEquals(EngagementCli.OK, withRoster.status(), withRoster.err());
    assertEquals(EngagementCli.OK, withoutRoster.status(), withoutRoster.err());
    assertEquals(List.of("Designated partner contact/Elmbridge/(borough-wide)", "PCSO/Elmbridge/Walton South",
        "PCSO/Waverley/Haslemere East"), List.copyOf(vacancies.keySet()));
    assertEquals("no", vacancies.get("PCSO/Waverley/Haslemere East").get(0), "filled since");
    assertEquals("yes", vacancies.get("PCSO/Elmbridge/Walton South").get(0));
    assertEquals("yes", vacancies.get("Designated partner contact/Elmbridge/(borough-wide)").get(0));
    assertEquals("1", vacancies.get("PCSO/Elmbridge/Walton South").get(3), "escalated once");
    unknown.values().forEach(row -> assertEquals("unknown", row.get(0)));
  }
}

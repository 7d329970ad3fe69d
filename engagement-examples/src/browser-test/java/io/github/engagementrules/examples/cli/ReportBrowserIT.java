package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.JsonLinesDecisionSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page in a real browser: {@code report} run over records of real decisions made on several days, and its
 * {@code report.html} opened from a {@code file:} address in headless Chromium, with no server. Leaves a screenshot
 * under {@code target/playground-screenshots/}.
 */
class ReportBrowserIT {
  private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  @TempDir static Path directory;

  private static Browser browser;
  private static Path report;

  @BeforeAll
  static void reportAndBrowser() throws Exception {
    Path records = directory.resolve("records.jsonl");
    List<Opportunity> opportunities = Files.readAllLines(CliTestSupport.SAMPLES.resolve("opportunities.jsonl"))
        .stream().map(EngagementJson::readOpportunity).toList();
    Instant day = Instant.parse("2026-04-01T09:00:00Z");
    for (int d = 0; d < 10; d++) {
      Instant at = day.plus(d, ChronoUnit.DAYS);
      try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.open(records, Clock.fixed(at, ZoneOffset.UTC), true)) {
        EngagementDecider decider = EngagementRules.builder()
            .roster(CliSupport.roster(CliTestSupport.ROSTER)).decisionListener(sink).build();
        opportunities.subList(0, 1 + d % opportunities.size()).forEach(decider::decide);
      }
    }
    Path out = directory.resolve("report");
    CliTestSupport.Run run = CliTestSupport.run("", "report", "--records", records.toString(), "--roster",
        CliTestSupport.ROSTER, "--out", out.toString());
    assertEquals(EngagementCli.OK, run.status(), run.err());
    report = out.resolve("report.html");
    browser = Browser.start(report.toUri().toString());
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void reportFromAFile_drawsItsCharts_beside_theirTables_withoutTheNetwork_andPassesAxe() throws Exception {
    browser.open(report.toUri().toString(), 1280, 1600);

    for (String chart : List.of("chart-by-day", "chart-by-borough")) {
      assertEquals(1, browser.elements("#" + chart + " canvas").size(), chart + " drawn");
      assertTrue(browser.element("#" + chart + " canvas").getSize().getWidth() > 200, chart + " has a size");
    }
    for (String table : List.of("attendance", "by-day", "by-borough", "by-ward", "by-kind", "roles", "vacancies")) {
      long csvRows = Files.readAllLines(report.resolveSibling(table + ".csv")).size() - 1;
      assertEquals(csvRows, browser.elements("#" + table + " tbody tr").size(), table + ": a row per CSV row");
    }
    assertEquals(10, browser.elements("#by-day tbody tr").size(), "ten days");
    assertEquals("Every figure this chart draws is in the table beside it.",
        browser.text("#chart-by-day-alternative"));
    assertEquals(List.of(), browser.networkRequests(), "nothing fetched but the page itself");
    assertEquals(List.of(), browser.accessibilityViolations(WCAG_22_AA));
    browser.screenshot("report");
  }

  @Test
  void narrowWindow_stillFits_theTablesScrollInsideTheirRegions() {
    browser.open(report.toUri().toString(), 360, 800);

    assertTrue(browser.fitsWidth(), "nothing scrolls the page sideways at 360 pixels");
    assertEquals(List.of(), browser.accessibilityViolations(WCAG_22_AA));
  }
}

package io.github.engagementrules.examples;

import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.GuideSections;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.Scenario;
import io.github.engagementrules.rules.ScenarioReport;
import io.github.engagementrules.rules.ScenarioResult;
import io.github.engagementrules.rules.Scenarios;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code test}: runs scenario files against a rule base; prints pass or fail per scenario with a diff of expected and
 * actual fields, then the rules that never fired and the guide sections no scenario exercised. Exits with 1 when a
 * scenario fails or the rule coverage is below {@code --min-coverage}.
 */
final class TestCommand implements Command {
  @Override
  public String name() {
    return "test";
  }

  @Override
  public String usage() {
    return "test [--rules DIR]... [--roster FILE] [--min-coverage N] SCENARIO...   run scenario files";
  }

  @Override
  public int run(List<String> rawArgs, InputStream in, PrintStream out, PrintStream err) {
    Arguments args = Arguments.parse(rawArgs, Set.of("rules", "roster", "min-coverage"), Set.of());
    if (args.positional().isEmpty()) {
      throw new UsageException("give at least one scenario file or directory");
    }
    double minCoverage = minCoverage(args);
    Roster roster = CliSupport.rosterOrSample(args.optional("roster"));
    List<Scenario> scenarios = Scenarios.read(args.positional().stream().map(Path::of).toList(), roster);
    EngagementDecider decider = CliSupport.decider(roster, args.all("rules"));
    ScenarioReport report = Scenarios.run(decider, scenarios);
    print(report, out);
    boolean covered = report.ruleCoverage() >= minCoverage;
    if (!covered) {
      out.printf(Locale.ROOT, "FAILED: rule coverage %.1f%% is below the minimum of %.1f%%%n",
          report.ruleCoverage(), minCoverage);
    }
    return report.failures().isEmpty() && covered ? OK : SOME_FAILED;
  }

  private static double minCoverage(Arguments args) {
    String value = args.optional("min-coverage").orElse("0");
    try {
      double parsed = Double.parseDouble(value);
      if (parsed < 0 || parsed > 100) {
        throw new UsageException("--min-coverage must be a percentage from 0 to 100, got '" + value + "'");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new UsageException("--min-coverage must be a percentage from 0 to 100, got '" + value + "'");
    }
  }

  private static void print(ScenarioReport report, PrintStream out) {
    for (ScenarioResult result : report.results()) {
      Scenario scenario = result.scenario();
      out.println((result.passed() ? "PASS  " : "FAIL  ") + scenario.name() + "  (" + scenario.source() + ")");
      if (!result.passed()) {
        result.mismatches().forEach(m -> out.println("      " + m));
        result.decision().ifPresent(d -> out.println("      rules fired: "
            + String.join("; ", d.reasons().stream().map(r -> r.rule()).toList())));
      }
    }
    out.println();
    int failed = report.failures().size();
    out.println(report.results().size() + " scenarios: " + (report.results().size() - failed) + " passed, "
        + failed + " failed (rule base " + report.ruleBase().version() + ")");
    int total = report.ruleBase().rules().size();
    List<RuleDescription> neverFired = report.rulesNeverFired();
    out.printf(Locale.ROOT, "rule coverage: %d of %d rules fired (%.1f%%)%n",
        total - neverFired.size(), total, report.ruleCoverage());
    for (RuleDescription rule : neverFired) {
      out.println("  never fired: \"" + rule.name() + "\"  [" + rule.section() + ", " + rule.file() + "]");
    }
    List<GuideSection> notExercised = report.sectionsNotExercised();
    long sections = GuideSections.all().stream().filter(s -> !s.informational()).count();
    out.println("guide sections exercised: " + (sections - notExercised.size()) + " of " + sections
        + " that imply a decision");
    for (GuideSection section : notExercised) {
      out.println("  not exercised: " + section.id() + "  (" + section.title() + ")");
    }
  }
}

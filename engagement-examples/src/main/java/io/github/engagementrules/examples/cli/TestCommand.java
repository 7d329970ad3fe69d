package io.github.engagementrules.examples.cli;

import io.github.engagementrules.authoring.MutationAnalysis;
import io.github.engagementrules.authoring.MutationOptions;
import io.github.engagementrules.authoring.MutationReport;
import io.github.engagementrules.authoring.Scenario;
import io.github.engagementrules.authoring.ScenarioReport;
import io.github.engagementrules.authoring.ScenarioResult;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleDescription;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code test}: runs scenario files against a rule base; prints pass or fail per scenario with a diff of expected and
 * actual fields, then the rules that never fired and the guide sections no scenario exercised. Exits with 1 when a
 * scenario fails or the rule coverage is below {@code --min-coverage}.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Runs scenario files against the rules.",
      "Prints PASS or FAIL per scenario with the fields that differ, the rules that never fired and the guide"
          + " sections no scenario exercised; exit status 1 when a scenario fails or the coverage is too low."
    })
final class TestCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Spec CommandSpec spec;
  @Mixin CliSupport.RuleOptions rules;

  @Mixin CliSupport.OptionalRoster roster;

  @Option(names = "--min-coverage", paramLabel = "N", description = "the least percentage of rules that must fire")
  double minCoverage;

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files or directories of them")
  List<Path> scenarioFiles;

  @Option(names = "--mutants", description = "mutate the rules (a rule deleted, a constraint dropped, a constant"
      + " changed, ...) and report every change no scenario notices, ending with 'mutants: K of N killed'")
  boolean mutants;

  @Option(names = "--sample-every", paramLabel = "N", description = "with --mutants: try every Nth mutant only")
  int sampleEvery = 1;

  @Option(names = "--domain-step", paramLabel = "N", description = "with --mutants: compare unkilled mutants over"
      + " every Nth opportunity of the domain to tell equivalent ones apart (0: over the scenarios' probes only)")
  long domainStep = MutationOptions.DEFAULT_DOMAIN_STEP;

  @Option(names = "--propose", paramLabel = "FILE", description = "with --mutants: write a scenario file to FILE with"
      + " one scenario per surviving mutant's opportunity, expecting what the rules decide now; check each against"
      + " the guide before adding it to the suite")
  Path propose;

  @Option(names = "--accept", description = "show, scenario by scenario, the expectations the rules now change (old ->"
      + " new, field by field) and rewrite those you confirm; on a terminal each is asked, else only those named with"
      + " --accept-scenario or --accept-file are rewritten")
  boolean accept;

  @Option(names = "--accept-scenario", paramLabel = "NAME", description = "accept the changes of the scenario named"
      + " NAME without asking (repeatable; implies --accept)")
  List<String> acceptScenarios = List.of();

  @Option(names = "--accept-file", paramLabel = "FILE", description = "accept the changes of every failing scenario of"
      + " FILE without asking (repeatable; implies --accept)")
  List<Path> acceptFiles = List.of();

  @Override
  public Integer call() {
    if (minCoverage < 0 || minCoverage > 100) {
      throw new ParameterException(
          spec.commandLine(), "--min-coverage must be a percentage from 0 to 100, got '" + minCoverage + "'");
    }
    boolean accepting = accept || !acceptScenarios.isEmpty() || !acceptFiles.isEmpty();
    if (accepting && mutants) {
      throw new ParameterException(spec.commandLine(), "--accept does not go with --mutants");
    }
    if (propose != null && !mutants) {
      throw new ParameterException(spec.commandLine(), "--propose only goes with --mutants");
    }
    PrintStream out = cli.out();
    Roster loaded = roster.load();
    List<Scenario> scenarios = Scenarios.read(scenarioFiles, loaded);
    if (mutants) {
      return mutationAnalysis(scenarios, loaded, out);
    }
    EngagementDecider decider = CliSupport.decider(loaded, rules.directories);
    ScenarioReport report = Scenarios.run(decider, scenarios);
    print(report, out);
    if (accepting) {
      return new Acceptance(cli, spec, acceptScenarios, acceptFiles).run(report, decider, scenarioFiles, loaded);
    }
    boolean covered = report.ruleCoverage() >= minCoverage;
    if (!covered) {
      out.printf(Locale.ROOT, "FAILED: rule coverage %.1f%% is below the minimum of %.1f%%%n",
          report.ruleCoverage(), minCoverage);
    }
    return report.failures().isEmpty() && covered ? EngagementCli.OK : EngagementCli.SOME_FAILED;
  }

  private int mutationAnalysis(List<Scenario> scenarios, Roster loaded, PrintStream out) {
    CliSupport.positive(spec, "--sample-every", sampleEvery);
    if (propose != null && Files.isDirectory(propose)) {
      throw new ParameterException(
          spec.commandLine(), "--propose must name a file, got the directory '" + propose + "'");
    }
    if (domainStep < 0) {
      throw new ParameterException(spec.commandLine(), "--domain-step must not be negative, got '" + domainStep + "'");
    }
    MutationOptions options =
        MutationOptions.defaults().withDomainRoster(loaded).withSampleEvery(sampleEvery).withDomainStep(domainStep);
    MutationReport report = rules.directories.isEmpty()
        ? MutationAnalysis.runBuiltIn(scenarios, options)
        : MutationAnalysis.run(rules.directories.stream().map(Path::of).toList(), scenarios, options);
    if (propose != null) {
      try {
        Files.writeString(propose, report.guardsFile());
      } catch (IOException e) {
        throw new UsageException("--propose: cannot write '" + propose + "': " + e.getMessage());
      }
      out.println("proposed " + report.guards().size() + " scenarios in " + propose
          + ": each expects what the rules decide now; check it against the guide before adding it");
    }
    out.print(report.text());
    return report.survivors().isEmpty() ? EngagementCli.OK : EngagementCli.SOME_FAILED;
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
    long sections = report.ruleBase().sections().stream().filter(s -> !s.informational()).count();
    out.println("guide sections exercised: " + (sections - notExercised.size()) + " of " + sections
        + " that imply a decision");
    for (GuideSection section : notExercised) {
      out.println("  not exercised: " + section.id() + "  (" + section.title() + ")");
    }
  }
}

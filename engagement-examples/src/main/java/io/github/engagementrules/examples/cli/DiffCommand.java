package io.github.engagementrules.examples.cli;

import io.github.engagementrules.authoring.Coverage;
import io.github.engagementrules.authoring.DecisionChange;
import io.github.engagementrules.authoring.DerivedDomain;
import io.github.engagementrules.authoring.DiffReport;
import io.github.engagementrules.authoring.GuideChange;
import io.github.engagementrules.authoring.GuideChanges;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.authoring.RuleBaseDiff;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code diff}: decides the same opportunities (the domain both rule bases define, as {@code verify} checks one; the
 * hand-picked enumeration with {@code --step}; or the scenarios given) with an old and a new rule base and prints
 * which decisions change and how, grouped by guide section. Like {@code diff(1)}, exits with 0 when nothing changes
 * and 1 when something does.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Shows which decisions a rule edit changes, grouped by guide section.",
      "Decides the domain both rule bases define, as verify does (or the scenarios given), with OLD and NEW; OLD or"
          + " NEW may be '" + DiffCommand.BUILT_IN + "'. Like diff(1), exit status 0 when nothing changes and 1 when"
          + " something does."
    })
final class DiffCommand implements Callable<Integer> {
  /** The {@code --rules} value that stands for the rules built into the library. */
  static final String BUILT_IN = "builtin";
  /** The most kinds of change shown per section; the rest are counted. */
  private static final int MAX_SHOWN = 10;

  @ParentCommand EngagementCli cli;
  @Spec CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", required = true,
      description = "twice: the old rules, then the new (a directory, or '" + BUILT_IN + "')")
  List<String> rules;

  @Mixin CliSupport.OptionalRoster roster;

  @Mixin CliSupport.DomainOptions domainOptions;

  @Option(names = "--step", paramLabel = "N", description = "compare every Nth opportunity of the older hand-picked"
      + " enumeration instead of the domain the rules define. Costly: over the sample roster it holds 6,048,000"
      + " opportunities, each decided twice; --step 1 did not finish in 10 minutes on 2 cores")
  Integer stepOption;

  @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "compare on these scenarios instead")
  List<Path> scenarios = List.of();

  @Override
  public Integer call() {
    if (rules.size() != 2) {
      throw new ParameterException(spec.commandLine(), "give exactly two rule directories: --rules OLD --rules NEW");
    }
    Roster loaded = roster.load();
    EngagementDecider before = decider(loaded, rules.get(0));
    EngagementDecider after = decider(loaded, rules.get(1));
    DiffReport report;
    if (!scenarios.isEmpty()) {
      report = RuleBaseDiff.compare(before, after, Scenarios.read(scenarios, loaded));
    } else if (stepOption != null) {
      int step = CliSupport.positive(spec, "--step", stepOption);
      InputDomain domain = InputDomain.of(loaded);
      cli.err().println("comparing over " + ((domain.size() + step - 1) / step)
          + " opportunities of the hand-picked enumeration...");
      report = RuleBaseDiff.compare(before, after, domain, step);
    } else {
      report = overDerivedDomain(spec, domainOptions, files(rules.get(0)), before, files(rules.get(1)), after, loaded,
          cli.out(), cli.err());
    }
    print(report, before.ruleBase(), after.ruleBase(), cli.out());
    cli.out().println();
    cli.out().println(scenarios.isEmpty()
        ? "The counts are over the verification domain (each opportunity the domain enumerates counted once), not how"
            + " often a change happens in practice; to weigh it on real invitations, re-decide recorded decisions with"
            + " 'engagement replay --rules NEW --roster ROSTER.json --records FILE'."
        : "The counts are over the scenarios given, not how often a change happens in practice.");
    return report.isUnchanged() ? EngagementCli.OK : EngagementCli.SOME_FAILED;
  }

  private static EngagementDecider decider(Roster roster, String rules) {
    return CliSupport.decider(roster, rules.equals(BUILT_IN) ? List.of() : List.of(rules));
  }

  /**
   * Compares two rule bases over the domain their files define together, what {@code diff} does by default: says on
   * {@code describe} what the domain guarantees and on {@code progress} how many opportunities it decides.
   */
  static DiffReport overDerivedDomain(CommandSpec spec, CliSupport.DomainOptions options, List<RuleFile> beforeFiles,
      EngagementDecider before, List<RuleFile> afterFiles, EngagementDecider after, Roster roster,
      PrintStream describe, PrintStream progress) {
    List<RuleFile> files = new ArrayList<>(beforeFiles);
    files.addAll(afterFiles);
    DerivedDomain domain = DerivedDomain.ofRuleFiles(files, roster);
    Coverage coverage = options.coverage(spec, domain);
    describe.println(options.describe(coverage) + ", over the classes either rule base distinguishes");
    progress.println("comparing over " + (coverage.size() + options.samples) + " opportunities...");
    return RuleBaseDiff.compare(before, after, domain, coverage, options.seed, options.samples);
  }

  /** The rule files of a directory, or the built-in ones for {@value #BUILT_IN}. */
  static List<RuleFile> files(String rules) {
    return rules.equals(BUILT_IN) ? RuleFiles.builtIn() : RuleFiles.fromDirectories(List.of(Path.of(rules)));
  }

  private static void print(DiffReport report, RuleBaseInfo before, RuleBaseInfo after, PrintStream out) {
    out.println("rule base " + report.beforeVersion() + " -> " + report.afterVersion() + ": " + report.changed()
        + " of " + report.compared() + " decisions change");
    List<GuideChange> guide = GuideChanges.between(before.sections(), after.sections());
    if (!guide.isEmpty()) {
      out.println("guide text changed (~ reworded, + added, - removed):");
      for (GuideChange change : guide) {
        out.println("  " + change.sectionId() + " (" + change.title() + "):");
        change.lines().forEach(line -> out.println("    " + line));
      }
    }
    if (!report.metadataChanges().isEmpty()) {
      out.println("rules and marked functions changed (quote, interpretation, tier, added, removed):");
      report.metadataChanges().forEach(c -> out.println("  " + c));
    }
    Map<List<String>, List<DecisionChange>> bySection =
        report.changes().stream()
            .collect(Collectors.groupingBy(DecisionChange::sections, LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<List<String>, List<DecisionChange>> group : bySection.entrySet()) {
      out.println();
      out.println("== " + group.getKey().stream()
          .map(id -> id + after.section(id).or(() -> before.section(id)).map(s -> " (" + s.title() + ")").orElse(""))
          .collect(Collectors.joining(", ")));
      List<DecisionChange> changes = group.getValue();
      for (DecisionChange change : changes.subList(0, Math.min(MAX_SHOWN, changes.size()))) {
        out.println("  " + change.count() + " x " + change.change());
        out.println("      e.g. " + EngagementJson.write(EngagementJson.toJson(change.example())));
      }
      if (changes.size() > MAX_SHOWN) {
        out.println("  ... and " + changes.stream().skip(MAX_SHOWN).mapToLong(DecisionChange::count).sum()
            + " more decisions in " + (changes.size() - MAX_SHOWN) + " other kinds of change");
      }
    }
  }
}

package io.github.engagementrules.examples;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionChange;
import io.github.engagementrules.rules.DiffReport;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.GuideSections;
import io.github.engagementrules.rules.InputDomain;
import io.github.engagementrules.rules.RuleBaseDiff;
import io.github.engagementrules.rules.Scenarios;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code diff}: decides the same opportunities (the enumerated domain, or the scenarios given) with an old and a new
 * rule base and prints which decisions change and how, grouped by guide section. Like {@code diff(1)}, exits with 0
 * when nothing changes and 1 when something does.
 */
final class DiffCommand implements Command {
  /** The {@code --rules} value that stands for the rules built into the library. */
  static final String BUILT_IN = "builtin";
  /** The most kinds of change shown per section; the rest are counted. */
  private static final int MAX_SHOWN = 10;

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public String usage() {
    return "diff --rules OLD --rules NEW [--roster FILE] [--step N] [SCENARIO...]   impact of a rule edit"
        + " (OLD or NEW may be '" + BUILT_IN + "')";
  }

  @Override
  public int run(List<String> rawArgs, InputStream in, PrintStream out, PrintStream err) {
    Arguments args = Arguments.parse(rawArgs, Set.of("rules", "roster", "step"), Set.of());
    List<String> rules = args.all("rules");
    if (rules.size() != 2) {
      throw new UsageException("give exactly two rule directories: --rules OLD --rules NEW");
    }
    Roster roster = CliSupport.rosterOrSample(args.optional("roster"));
    EngagementDecider before = decider(roster, rules.get(0));
    EngagementDecider after = decider(roster, rules.get(1));
    DiffReport report;
    if (args.positional().isEmpty()) {
      int step = args.positiveInt("step", 1);
      InputDomain domain = InputDomain.of(roster);
      err.println("comparing over " + ((domain.size() + step - 1) / step) + " opportunities of the input domain...");
      report = RuleBaseDiff.compare(before, after, domain, step);
    } else {
      report = RuleBaseDiff.compare(
          before, after, Scenarios.read(args.positional().stream().map(Path::of).toList(), roster));
    }
    print(report, out);
    return report.isUnchanged() ? OK : SOME_FAILED;
  }

  private static EngagementDecider decider(Roster roster, String rules) {
    return CliSupport.decider(roster, rules.equals(BUILT_IN) ? List.of() : List.of(rules));
  }

  private static void print(DiffReport report, PrintStream out) {
    out.println("rule base " + report.beforeVersion() + " -> " + report.afterVersion() + ": " + report.changed()
        + " of " + report.compared() + " decisions change");
    report.rulesRemoved().forEach(r -> out.println("  rule removed: \"" + r + "\""));
    report.rulesAdded().forEach(r -> out.println("  rule added:   \"" + r + "\""));
    Map<List<String>, List<DecisionChange>> bySection =
        report.changes().stream()
            .collect(Collectors.groupingBy(DecisionChange::sections, LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<List<String>, List<DecisionChange>> group : bySection.entrySet()) {
      out.println();
      out.println("== " + group.getKey().stream()
          .map(id -> id + GuideSections.byId(id).map(s -> " (" + s.title() + ")").orElse(""))
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

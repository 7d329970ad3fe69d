package io.github.engagementrules.examples.cli;

import io.github.engagementrules.authoring.ScenarioAcceptance;
import io.github.engagementrules.authoring.ScenarioAcceptance.Proposal;
import io.github.engagementrules.authoring.ScenarioReport;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Suggestions;
import io.github.engagementrules.rules.EngagementDecider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code test --accept}: shows each failing scenario's expectations as they would be rewritten, field by field, and
 * rewrites those the author confirms on a terminal or names on the command line. Never silently: with no terminal and
 * nothing named it changes nothing and says how to accept.
 */
final class Acceptance {
  private final EngagementCli cli;
  private final CommandSpec spec;
  private final List<String> namedScenarios;
  private final List<Path> namedFiles;

  Acceptance(EngagementCli cli, CommandSpec spec, List<String> namedScenarios, List<Path> namedFiles) {
    this.cli = cli;
    this.spec = spec;
    this.namedScenarios = namedScenarios;
    this.namedFiles = namedFiles.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  /** Proposes, asks or takes what is named, writes, and runs the scenarios again; the exit status of that run. */
  int run(ScenarioReport report, EngagementDecider decider, List<Path> scenarioFiles, Roster roster) {
    checkNamed(report);
    PrintStream out = cli.out();
    List<Proposal> proposals = ScenarioAcceptance.propose(report);
    out.println();
    if (proposals.isEmpty()) {
      out.println("nothing to accept: every scenario passes");
      return EngagementCli.OK;
    }
    if (!cli.terminal() && namedScenarios.isEmpty() && namedFiles.isEmpty()) {
      proposals.forEach(p -> show(p, out));
      out.println("NOT ACCEPTED: " + proposals.size() + " scenario(s) would change, and there is no terminal to ask on;"
          + " nothing was written. Accept them by name with --accept-scenario NAME (repeatable) or"
          + " --accept-file FILE (every failing scenario of the file), or run on a terminal to be asked.");
      return EngagementCli.SOME_FAILED;
    }
    List<Proposal> accepted = new ArrayList<>();
    BufferedReader answers = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
    for (Proposal proposal : proposals) {
      show(proposal, out);
      boolean named = named(proposal);
      if (named) {
        out.println("  accepted (named on the command line)");
        accepted.add(proposal);
      } else if (cli.terminal() && namedScenarios.isEmpty() && namedFiles.isEmpty()) {
        out.print("  accept this change? [y/N] ");
        out.flush();
        if (yes(answers)) {
          accepted.add(proposal);
        }
      } else {
        out.println("  not accepted (not named)");
      }
    }
    if (accepted.isEmpty()) {
      out.println("nothing accepted; no file was changed");
      return EngagementCli.SOME_FAILED;
    }
    for (Path file : ScenarioAcceptance.write(accepted)) {
      long count = accepted.stream().filter(p -> Path.of(p.scenario().source()).equals(file)).count();
      out.println("rewrote " + count + " scenario(s) in " + file);
    }
    ScenarioReport again = Scenarios.run(decider, Scenarios.read(scenarioFiles, roster));
    out.println("after accepting: " + (again.results().size() - again.failures().size()) + " of "
        + again.results().size() + " scenarios pass");
    return again.failures().isEmpty() ? EngagementCli.OK : EngagementCli.SOME_FAILED;
  }

  private static void show(Proposal proposal, PrintStream out) {
    out.println("CHANGE  " + proposal.scenario().name() + "  (" + proposal.scenario().source() + ")");
    proposal.changes().forEach(c -> out.println("      " + c));
    proposal.stillFailing().forEach(f -> out.println("      cannot be accepted, still fails: " + f));
  }

  private boolean named(Proposal proposal) {
    return namedScenarios.contains(proposal.scenario().name())
        || namedFiles.contains(Path.of(proposal.scenario().source()).toAbsolutePath().normalize());
  }

  /** Every scenario and file named is one that was run, so that a typo never accepts nothing in silence. */
  private void checkNamed(ScenarioReport report) {
    List<String> names = report.results().stream().map(r -> r.scenario().name()).toList();
    List<Path> files = report.results().stream()
        .map(r -> Path.of(r.scenario().source()).toAbsolutePath().normalize()).distinct().toList();
    for (String name : namedScenarios) {
      if (!names.contains(name)) {
        throw new ParameterException(spec.commandLine(), "--accept-scenario: no scenario is named '" + name + "'"
            + Suggestions.closest(name, names).map(n -> "; nearest: '" + n + "'").orElse(""));
      }
    }
    for (Path file : namedFiles) {
      if (!files.contains(file)) {
        throw new ParameterException(spec.commandLine(), "--accept-file: '" + file + "' is not one of the scenario"
            + " files run");
      }
    }
  }

  private static boolean yes(BufferedReader answers) {
    try {
      String answer = answers.readLine();
      return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.engagementrules.examples.cli;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DomainVerification;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.InputDomain;
import io.github.engagementrules.rules.VerificationFinding;
import io.github.engagementrules.rules.VerificationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: decides every opportunity of the enumerated input domain over the roster's post profiles and reports
 * gaps, conflicts, rule failures and broken invariants, each with a counterexample as a ready-to-run scenario. Exits
 * with 1 on any finding.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the whole input domain for gaps, conflicts and broken invariants.",
      "Each finding comes with a counterexample as a ready-to-run scenario; exit status 1 on any finding."
    })
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Spec CommandSpec spec;
  @Mixin CliSupport.RuleOptions rules;

  @Mixin CliSupport.OptionalRoster roster;

  @Option(names = "--step", paramLabel = "N", description = "check every Nth opportunity only (default: all)")
  int stepOption = 1;

  @Option(names = "--counterexamples", paramLabel = "DIR", description = "write each counterexample to a file here")
  Path counterexampleDirectory;

  @Override
  public Integer call() throws IOException {
    PrintStream out = cli.out();
    PrintStream err = cli.err();
    int step = CliSupport.positive(spec, "--step", stepOption);
    Optional<String> rosterFile = Optional.ofNullable(roster.file);
    Roster loaded = roster.load();
    EngagementDecider decider = CliSupport.decider(loaded, rules.directories);
    InputDomain domain = InputDomain.of(loaded);
    long count = (domain.size() + step - 1) / step;
    err.println("verifying rule base " + decider.ruleBase().version() + " over " + count + " opportunities ("
        + domain.places().size() + " post profiles" + (step > 1 ? ", every " + step + "th" : "") + ")...");
    VerificationReport report = DomainVerification.verify(decider, domain, step);
    Optional<Path> counterexamples = Optional.ofNullable(counterexampleDirectory);
    if (counterexamples.isPresent()) {
      Files.createDirectories(counterexamples.get());
    }
    int number = 0;
    for (VerificationFinding finding : report.findings()) {
      number++;
      out.println(finding.kind() + "  " + finding.count() + " opportunities: " + finding.description());
      out.println("  e.g. " + finding.detail());
      if (counterexamples.isPresent()) {
        Path file = counterexamples.get().resolve("finding-" + number + ".json");
        String reference = rosterFile.map(r -> file.toAbsolutePath().getParent().relativize(Path.of(r).toAbsolutePath())
            .toString()).orElse(null);
        Files.writeString(file, EngagementJson.write(finding.scenario(reference)) + "\n", StandardCharsets.UTF_8);
        out.println("  scenario: " + file);
      } else {
        String reference = rosterFile.map(r -> Path.of(r).toAbsolutePath().toString()).orElse(null);
        out.println("  scenario: " + EngagementJson.write(finding.scenario(reference)));
      }
    }
    if (report.isClean()) {
      out.println("CLEAN: " + report.checked() + " opportunities decided without a gap, conflict or broken invariant");
      return EngagementCli.OK;
    }
    out.println("FINDINGS: " + report.findings().size() + " defect(s) in " + report.checked()
        + " opportunities checked");
    return EngagementCli.SOME_FAILED;
  }
}

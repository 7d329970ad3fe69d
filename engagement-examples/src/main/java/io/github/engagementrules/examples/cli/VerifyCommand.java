package io.github.engagementrules.examples.cli;

import io.github.engagementrules.authoring.Coverage;
import io.github.engagementrules.authoring.DerivedDomain;
import io.github.engagementrules.authoring.DomainVerification;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.authoring.OrderIndependence;
import io.github.engagementrules.authoring.VerificationFinding;
import io.github.engagementrules.authoring.VerificationReport;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
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

  @Option(names = "--step", paramLabel = "N", description = "check every Nth opportunity of the hand-picked"
      + " enumeration instead of the domain derived from the rules")
  Integer stepOption;

  @Option(names = "--explain-domain", description = "print the factors the rules distinguish, their classes and the"
      + " file:line each class comes from")
  boolean explainDomain;

  @Mixin CliSupport.DomainOptions domainOptions;

  @Option(names = "--counterexamples", paramLabel = "DIR", description = "write each counterexample to a file here")
  Path counterexampleDirectory;

  private DerivedDomain derived;

  @Override
  public Integer call() throws IOException {
    PrintStream out = cli.out();
    PrintStream err = cli.err();
    Optional<String> rosterFile = Optional.ofNullable(roster.file);
    Roster loaded = roster.load();
    EngagementDecider decider = CliSupport.decider(loaded, rules.directories);
    Optional<Path> counterexamples = Optional.ofNullable(counterexampleDirectory);
    if (counterexamples.isPresent()) {
      Files.createDirectories(counterexamples.get());
    }
    VerificationReport report;
    if (stepOption != null) {
      int step = CliSupport.positive(spec, "--step", stepOption);
      InputDomain domain = InputDomain.of(loaded);
      long count = (domain.size() + step - 1) / step;
      err.println("verifying rule base " + decider.ruleBase().version() + " over " + count + " opportunities ("
          + domain.places().size() + " post profiles" + (step > 1 ? ", every " + step + "th" : "") + ")...");
      report = DomainVerification.verify(decider, domain, step);
    } else {
      report = verifyDerived(decider, loaded, out, err);
      // Counterexamples may sit in the places added for missing post profiles: they need the widened roster.
      if (counterexamples.isPresent()) {
        Path widened = counterexamples.get().resolve("derived-roster.json");
        Files.writeString(widened, derived.rosterJson(), StandardCharsets.UTF_8);
        rosterFile = Optional.of(widened.toString());
      } else {
        rosterFile = Optional.empty();
      }
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

  /**
   * Verifies over the domain the rules themselves define: the whole product of the classes they distinguish where it
   * fits the budget, else a t-way covering array, plus seeded samples; every input is also decided with the rules
   * loaded backwards.
   */
  private VerificationReport verifyDerived(EngagementDecider decider, Roster loaded, PrintStream out, PrintStream err) {
    List<Path> directories = rules.directories.stream().map(Path::of).toList();
    derived = directories.isEmpty() ? DerivedDomain.ofBuiltInRules(loaded) : DerivedDomain.of(directories, loaded);
    if (explainDomain) {
      out.print(derived.explain());
    }
    Coverage coverage = domainOptions.coverage(spec, derived);
    out.println(domainOptions.describe(coverage));
    if (!derived.addedProfiles().isEmpty()) {
      out.println("roster: " + derived.addedProfiles().size() + " post profiles the rules distinguish were added as"
          + " synthetic places (derived-N)");
    }
    out.println("order: every input is also decided with the rule files, and the rules in them, loaded backwards");
    err.println("verifying rule base " + decider.ruleBase().version() + " over "
        + (coverage.size() + domainOptions.samples) + " opportunities...");
    return derived.verify(decider, OrderIndependence.reversed(directories, loaded), coverage, domainOptions.seed,
        domainOptions.samples);
  }
}

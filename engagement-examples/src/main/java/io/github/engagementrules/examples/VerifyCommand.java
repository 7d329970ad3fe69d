package io.github.engagementrules.examples;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DomainVerification;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.InputDomain;
import io.github.engagementrules.rules.VerificationFinding;
import io.github.engagementrules.rules.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code verify}: decides every opportunity of the enumerated input domain over the roster's post profiles and reports
 * gaps, conflicts, rule failures and broken invariants, each with a counterexample as a ready-to-run scenario. Exits
 * with 1 on any finding.
 */
final class VerifyCommand implements Command {
  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String usage() {
    return "verify [--rules DIR]... [--roster FILE] [--step N] [--counterexamples DIR]   check the whole input domain";
  }

  @Override
  public int run(List<String> rawArgs, InputStream in, PrintStream out, PrintStream err) throws IOException {
    Arguments args = Arguments.parse(rawArgs, Set.of("rules", "roster", "step", "counterexamples"), Set.of());
    if (!args.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
    }
    int step = args.positiveInt("step", 1);
    Optional<String> rosterFile = args.optional("roster");
    Roster roster = CliSupport.rosterOrSample(rosterFile);
    EngagementDecider decider = CliSupport.decider(roster, args.all("rules"));
    InputDomain domain = InputDomain.of(roster);
    long count = (domain.size() + step - 1) / step;
    err.println("verifying rule base " + decider.ruleBase().version() + " over " + count + " opportunities ("
        + domain.places().size() + " post profiles" + (step > 1 ? ", every " + step + "th" : "") + ")...");
    VerificationReport report = DomainVerification.verify(decider, domain, step);
    Optional<Path> counterexamples = args.optional("counterexamples").map(Path::of);
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
      return OK;
    }
    out.println("FINDINGS: " + report.findings().size() + " defect(s) in " + report.checked()
        + " opportunities checked");
    return SOME_FAILED;
  }
}

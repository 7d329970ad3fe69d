package io.github.engagementrules.rules.authoring;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.authoring.DecisionChange;
import io.github.engagementrules.rules.authoring.DiffReport;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.authoring.InputDomain;
import io.github.engagementrules.rules.authoring.RuleBaseDiff;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.authoring.Scenario;
import io.github.engagementrules.rules.authoring.ScenarioReport;
import io.github.engagementrules.rules.authoring.ScenarioResult;
import io.github.engagementrules.rules.authoring.Scenarios;
import io.github.engagementrules.rules.authoring.Mutant.Status;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import io.github.engagementrules.rules.internal.RuleBaseCompiler;
import io.github.engagementrules.rules.internal.RuleSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the mutants, compiles and tests each once on a pool of threads, then checks the unkilled for equivalence. */
final class MutantRunner {
  private static final Logger LOG = LoggerFactory.getLogger(MutantRunner.class);
  /** A mutant to try: which file it changes, the change, and the file's mutated text. */
  private record Planned(int file, DrlMutator.Candidate candidate, String content) {}

  /** A mutant tried: its outcome, and its decider when no scenario killed it (for the equivalence check). */
  private record Tried(Mutant mutant, EngagementDecider decider, Set<Enum<?>> constants) {}

  private MutantRunner() {}

  static MutationReport run(List<RuleSource> sources, List<Scenario> scenarios, MutationOptions options) {
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("scenarios: at least one is required");
    }
    long started = System.nanoTime();
    CompiledRuleBase original = RuleBaseCompiler.compileOrThrow(sources);
    Roster roster = options.domainRoster().orElse(scenarios.get(0).roster());
    EngagementDecider originalDecider = decider(original, roster);
    ScenarioReport baseline = Scenarios.run(originalDecider, scenarios);
    List<Scenario> passing =
        baseline.results().stream().filter(ScenarioResult::passed).map(ScenarioResult::scenario).toList();
    List<String> failing = baseline.failures().stream().map(r -> r.scenario().name()).toList();

    List<Planned> planned = plan(sources, original, options);
    List<Tried> tried = tryAll(sources, planned, passing, roster, options.threads());
    long unkilled = tried.stream().filter(t -> t.decider() != null).count();
    LOG.info("Tried {} mutants against {} scenarios in {} s; checking the {} no scenario killed for equivalence",
        tried.size(), passing.size(), (System.nanoTime() - started) / 1_000_000_000, unkilled);

    InputDomain domain = InputDomain.of(roster);
    List<Mutant> mutants = new ArrayList<>();
    for (Tried t : tried) {
      mutants.add(t.decider() == null ? t.mutant() : checkEquivalence(t, originalDecider, passing, domain, options));
    }
    String check = "probes near the " + passing.size() + " scenarios"
        + (options.domainStep() == 0 ? ""
            : " and " + (options.domainStep() == 1 ? "all " : "every " + options.domainStep() + "th of the ")
                + domain.size() + " opportunities of the input domain");
    return new MutationReport(
        original.info().version(), passing.size(), failing, check, mutants, (System.nanoTime() - started) / 1_000_000);
  }

  private static EngagementDecider decider(CompiledRuleBase rules, Roster roster) {
    return new DroolsDecider(rules, roster, EngagementRules.DEFAULT_FIRING_LIMIT);
  }

  /** Every mutant of every file, without duplicates and no-ops, sampled as the options say. */
  private static List<Planned> plan(List<RuleSource> sources, CompiledRuleBase original, MutationOptions options) {
    Set<String> compiledRules = new HashSet<>();
    original.info().rules().stream().map(RuleDescription::name).forEach(compiledRules::add);
    Set<String> found = new HashSet<>();
    List<Planned> planned = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int f = 0; f < sources.size(); f++) {
      if (!sources.get(f).name().endsWith(".drl")) {
        continue; // a precedence declaration, not rules
      }
      String content = sources.get(f).content();
      DrlMutator mutator = DrlMutator.of(content);
      found.addAll(mutator.ruleNames());
      for (DrlMutator.Candidate candidate : mutator.candidates()) {
        String mutated = candidate.edit().apply(content);
        if (options.operators().contains(candidate.operator()) && !mutated.equals(content)
            && seen.add(f + "\n" + mutated)) {
          planned.add(new Planned(f, candidate, mutated));
        }
      }
    }
    compiledRules.removeAll(found);
    if (!compiledRules.isEmpty()) { // the walker missed rules: mutants of them would be missing without a word
      throw new IllegalStateException("the DRL walker found no rule declaration for " + compiledRules);
    }
    List<Planned> sampled = new ArrayList<>();
    for (int i = 0; i < planned.size(); i += options.sampleEvery()) {
      sampled.add(planned.get(i));
    }
    return sampled;
  }

  private static List<Tried> tryAll(
      List<RuleSource> sources, List<Planned> planned, List<Scenario> scenarios, Roster roster, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "engagement-mutants");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Tried>> futures = new ArrayList<>();
      for (Planned p : planned) {
        futures.add(pool.submit(() -> tryOne(sources, p, scenarios, roster)));
      }
      List<Tried> tried = new ArrayList<>();
      for (Future<Tried> future : futures) {
        tried.add(future.get());
      }
      return tried;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the mutation analysis was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a mutant could not be tried: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Tried tryOne(List<RuleSource> sources, Planned p, List<Scenario> scenarios, Roster roster) {
    List<RuleSource> mutated = new ArrayList<>(sources);
    RuleSource file = sources.get(p.file());
    mutated.set(p.file(), new RuleSource(file.name(), p.content()));
    DrlMutator.Candidate c = p.candidate();
    RuleBaseCompiler.Compilation compilation = RuleBaseCompiler.compile(mutated);
    if (compilation.ruleBase() == null) {
      String error = compilation.errors().isEmpty() ? "no rule base" : compilation.errors().get(0).message();
      return new Tried(mutant(file, c, Status.STILLBORN, error), null, Set.of());
    }
    EngagementDecider decider = decider(compilation.ruleBase(), roster);
    List<ScenarioResult> failures = Scenarios.run(decider, scenarios).failures();
    if (!failures.isEmpty()) {
      ScenarioResult first = failures.get(0);
      String detail = "killed by '" + first.scenario().name() + "' (" + first.mismatches().get(0) + ")"
          + (failures.size() > 1 ? " and " + (failures.size() - 1) + " more" : "");
      return new Tried(mutant(file, c, Status.KILLED, detail), null, Set.of());
    }
    return new Tried(mutant(file, c, Status.SURVIVED, ""), decider, c.constants());
  }

  private static Mutant checkEquivalence(
      Tried t, EngagementDecider original, List<Scenario> scenarios, InputDomain domain, MutationOptions options) {
    Mutant m = t.mutant();
    Optional<DecisionChange> change =
        firstChange(RuleBaseDiff.compare(original, t.decider(), Probes.near(scenarios, t.constants())));
    if (change.isEmpty() && options.domainStep() > 0) {
      change = firstChange(RuleBaseDiff.compare(original, t.decider(), domain, options.domainStep()));
    }
    if (change.isEmpty()) {
      return new Mutant(m.operator(), m.file(), m.line(), m.rule(), m.change(), Status.EQUIVALENT, "");
    }
    DecisionChange c = change.get();
    String detail = "e.g. " + EngagementJson.write(EngagementJson.toJson(c.example())) + " changes " + c.change();
    return new Mutant(m.operator(), m.file(), m.line(), m.rule(), m.change(), Status.SURVIVED, detail);
  }

  private static Optional<DecisionChange> firstChange(DiffReport report) {
    return report.changes().stream().findFirst();
  }

  private static Mutant mutant(RuleSource file, DrlMutator.Candidate c, Status status, String detail) {
    return new Mutant(c.operator(), file.name(), c.line(), c.rule(), c.change(), status, detail);
  }
}

package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.Mutant.Status;
import io.github.engagementrules.authoring.internal.Parallel;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.RuleCompilation;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.RuleFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the mutants and, on a pool of threads, compiles each once, runs the scenarios against it and, when none kills
 * it, compares it with the original rules for equivalence; a survivor's compiled rules are dropped once it is judged.
 */
final class MutantRunner {
  private static final Logger LOG = LoggerFactory.getLogger(MutantRunner.class);
  /** A mutant to try: which file it changes, the change, and the file's mutated text. */
  private record Planned(int file, DrlMutator.Candidate candidate, String content) {}

  /** How a mutant is compiled; both give the same rules, problems and so the same score. */
  enum Compile {
    /** All the files again, as the original was compiled: the reference. */
    ALL_FILES,
    /** The mutated file alone, on the other files' compiled packages ({@link CompiledRules#withFile}). */
    MUTATED_FILE
  }

  /** What every mutant is tried against: the original rules and the scenarios that pass on them. */
  private record Baseline(
      Compile compile,
      CompiledRules rules,
      EngagementDecider decider,
      List<Scenario> scenarios,
      Map<String, List<Scenario>> explainedBy,
      Roster roster,
      List<Roster> rosters,
      InputDomain domain,
      MutationOptions options,
      Map<Set<Enum<?>>, List<Scenario>> probes) {
    /**
     * The probes near the scenarios for mutants that touch {@code constants}, made once for each set of them, the
     * constants taken in one order (by type, then declaration) so that which mutant asks first changes nothing.
     */
    List<Scenario> probesNear(Set<Enum<?>> constants) {
      return probes.computeIfAbsent(constants, c -> Probes.near(scenarios, c.stream()
          .sorted(Comparator.comparing((Enum<?> e) -> e.getDeclaringClass().getName()).thenComparingInt(Enum::ordinal))
          .collect(Collectors.toCollection(LinkedHashSet::new))));
    }

    /**
     * The scenarios in the order a mutant of {@code rule} is tried against them: first those whose decision the rule
     * explains on the original rules (the likeliest to notice it change), then the others, each in file order. The
     * order is the same on every run, and so is the scenario a killed mutant is reported killed by.
     */
    List<Scenario> orderedFor(String rule) {
      List<Scenario> first = explainedBy.getOrDefault(rule, List.of());
      if (first.isEmpty()) {
        return scenarios;
      }
      Set<Scenario> tried = Collections.newSetFromMap(new IdentityHashMap<>());
      tried.addAll(first);
      List<Scenario> ordered = new ArrayList<>(first);
      scenarios.stream().filter(s -> !tried.contains(s)).forEach(ordered::add);
      return ordered;
    }
  }

  private MutantRunner() {}

  static MutationReport run(List<RuleFile> sources, List<Scenario> scenarios, MutationOptions options) {
    return run(sources, scenarios, options, Compile.MUTATED_FILE);
  }

  static MutationReport run(
      List<RuleFile> sources, List<Scenario> scenarios, MutationOptions options, Compile compile) {
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("scenarios: at least one is required");
    }
    long started = System.nanoTime();
    CompiledRules original = CompiledRules.compile(sources).orElseThrow();
    Roster roster = options.domainRoster().orElse(scenarios.get(0).roster());
    EngagementDecider originalDecider = decider(original, roster);
    ScenarioReport originalResults = Scenarios.run(originalDecider, scenarios);
    List<Scenario> passing =
        originalResults.results().stream().filter(ScenarioResult::passed).map(ScenarioResult::scenario).toList();
    Map<String, List<Scenario>> explainedBy = new HashMap<>();
    originalResults.results().stream().filter(ScenarioResult::passed).forEach(r -> r.decision().ifPresent(d ->
        d.reasons().stream().map(Reason::rule).distinct()
            .forEach(rule -> explainedBy.computeIfAbsent(rule, k -> new ArrayList<>()).add(r.scenario()))));
    List<String> failing = originalResults.failures().stream().map(r -> r.scenario().name()).toList();

    List<Planned> planned = plan(sources, original, options);
    InputDomain domain = InputDomain.of(roster);
    List<Roster> rosters = new ArrayList<>(List.of(roster)); // where a guard may be decided: the domain's roster first
    passing.stream().map(Scenario::roster).filter(r -> rosters.stream().noneMatch(k -> k == r)).forEach(rosters::add);
    Baseline baseline = new Baseline(compile, original, RememberingDecider.of(originalDecider), passing, explainedBy,
        roster, rosters, domain, options, new ConcurrentHashMap<>());
    List<Mutant> mutants = tryAll(sources, planned, baseline);
    LOG.info("Tried {} mutants against {} scenarios in {} s", mutants.size(), passing.size(),
        (System.nanoTime() - started) / 1_000_000_000);
    String check = "probes near the " + passing.size() + " scenarios"
        + (options.domainStep() == 0 ? ""
            : " and " + (options.domainStep() == 1 ? "all " : "every " + options.domainStep() + "th of the ")
                + domain.size() + " opportunities of the input domain");
    return new MutationReport(
        original.info().version(), passing.size(), failing, check, mutants, (System.nanoTime() - started) / 1_000_000);
  }

  private static EngagementDecider decider(CompiledRules rules, Roster roster) {
    return rules.decider(roster);
  }

  /** Every mutant of every file, without duplicates and no-ops, sampled as the options say. */
  private static List<Planned> plan(List<RuleFile> sources, CompiledRules original, MutationOptions options) {
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

  private static List<Mutant> tryAll(List<RuleFile> sources, List<Planned> planned, Baseline baseline) {
    List<Callable<Mutant>> tasks = new ArrayList<>();
    planned.forEach(p -> tasks.add(() -> tryOne(sources, p, baseline)));
    return Parallel.all(baseline.options().threads(), "the mutation analysis", tasks);
  }

  private static Mutant tryOne(List<RuleFile> sources, Planned p, Baseline baseline) {
    RuleFile file = sources.get(p.file());
    RuleFile mutatedFile = RuleFile.of(file.name(), p.content());
    DrlMutator.Candidate c = p.candidate();
    RuleCompilation compilation = switch (baseline.compile()) {
      case ALL_FILES -> {
        List<RuleFile> mutated = new ArrayList<>(sources);
        mutated.set(p.file(), mutatedFile);
        yield CompiledRules.compile(mutated);
      }
      case MUTATED_FILE -> baseline.rules().withFile(mutatedFile);
    };
    if (compilation.rules().isEmpty()) {
      String error = compilation.errors().isEmpty() ? "no rule base" : compilation.errors().get(0).message();
      return mutant(file, c, Status.STILLBORN, error);
    }
    EngagementDecider decider = decider(compilation.rules().get(), baseline.roster());
    Optional<ScenarioResult> killer = Scenarios.firstFailure(decider, baseline.orderedFor(c.rule()));
    if (killer.isPresent()) {
      ScenarioResult first = killer.get();
      String detail = "killed by '" + first.scenario().name() + "' (" + first.mismatches().get(0) + ")";
      return mutant(file, c, Status.KILLED, detail);
    }
    return checkEquivalence(mutant(file, c, Status.SURVIVED, ""), decider, c.constants(), baseline);
  }

  private static Mutant checkEquivalence(
      Mutant m, EngagementDecider mutated, Set<Enum<?>> constants, Baseline baseline) {
    EngagementDecider original = baseline.decider();
    Optional<DecisionChange> change =
        firstChange(RuleBaseDiff.compare(original, mutated, baseline.probesNear(constants)));
    long step = baseline.options().domainStep();
    if (change.isEmpty() && step > 0) {
      change = firstChange(RuleBaseDiff.compare(original, mutated, baseline.domain(), step));
    }
    if (change.isEmpty()) {
      return m.with(Status.EQUIVALENT, "", Optional.empty());
    }
    DecisionChange c = change.get();
    String detail = "e.g. " + EngagementJson.write(EngagementJson.toJson(c.example())) + " changes " + c.change();
    Scenario guard = Guards.propose(
        m, c.example(), baseline.rosters(), original, mutated, baseline.rules().info(), c.sections());
    return m.with(Status.SURVIVED, detail, Optional.of(guard));
  }

  private static Optional<DecisionChange> firstChange(DiffReport report) {
    return report.changes().stream().findFirst();
  }

  private static Mutant mutant(RuleFile file, DrlMutator.Candidate c, Status status, String detail) {
    return new Mutant(c.operator(), file.name(), c.line(), c.rule(), c.change(), status, detail, Optional.empty());
  }
}

package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleCompilation;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.rules.RuleProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CompiledRules#withFile} against a full compile of the same files, on a sample of the built-in rules' mutants
 * and on edits that it must compile in full: the same problems, rule base and decisions; and a mutation analysis that
 * compiles only the mutated file judges every mutant as one that compiles all the files.
 */
class MutatedFileCompilationTest {
  /**
   * Every n-th mutant candidate of the built-in rules, in file order: about twenty in the default build, about two
   * hundred with {@code -Dmutants.full=true}.
   */
  private static final int SAMPLE = Boolean.getBoolean("mutants.full") ? 10 : 97;

  private static final List<RuleFile> SOURCES = RuleFiles.builtIn();
  private static final CompiledRules ORIGINAL = CompiledRules.compile(SOURCES).orElseThrow();

  @Test
  void sampleOfMutants_compiledAlone_areTheRulesOfAFullCompile() throws IOException {
    List<Scenario> scenarios = handWritten();
    int candidate = 0;
    int compared = 0;
    int stillborn = 0;
    for (RuleFile file : SOURCES) {
      if (file.declaresPrecedence()) {
        continue;
      }
      for (DrlMutator.Candidate c : DrlMutator.of(file.content()).candidates()) {
        if (candidate++ % SAMPLE == 0) {
          RuleFile mutated = RuleFile.of(file.name(), c.edit().apply(file.content()));
          boolean compiles = assertSameAsFullCompile(mutated, scenarios);
          stillborn += compiles ? 0 : 1;
          compared++;
        }
      }
    }
    assertTrue(compared >= 15, "compared " + compared);
    assertTrue(stillborn < compared, "every sampled mutant was stillborn");
  }

  @Test
  void editsOutsideRules_andBrokenFiles_areCompiledInFullWithTheSameProblems() throws IOException {
    List<Scenario> scenarios = handWritten();
    RuleFile purpose = file("policing-purpose.drl");
    RuleFile events = file("community-events.drl");
    RuleFile cadets = file("cadets.drl");
    List<RuleFile> edits = List.of(
        // a function other files call: its callers must see the new body
        RuleFile.of(purpose.name(), purpose.content().replace("|| opportunity.risks().contains(Risk.CRIME)", "")),
        // a rule that calls a function no file declares
        RuleFile.of(cadets.name(),
            cadets.content().replaceFirst("when\n", "when\n  Opportunity(noSuchFunction(this))\n")),
        // a rule named as a rule of another file
        RuleFile.of(cadets.name(), cadets.content().replaceFirst("rule \"[^\"]+\"",
            "rule \"" + ORIGINAL.info().rules().stream().filter(r -> !r.file().equals(cadets.name())).findFirst()
                .orElseThrow().name() + "\"")),
        // a syntax error
        RuleFile.of(events.name(), events.content().replaceFirst("then\n", "then(\n")),
        // a quote the guide does not hold
        RuleFile.of(cadets.name(), cadets.content().replaceFirst("@quote\\(\"", "@quote(\"Not in the guide ")));
    for (RuleFile edit : edits) {
      assertSameAsFullCompile(edit, scenarios);
    }
  }

  @Test
  void mutationAnalysis_compilingTheMutatedFileAlone_judgesEveryMutantAsAFullCompile() throws IOException {
    // without the guards, so that not every mutant is killed
    List<Scenario> scenarios = handWritten();
    MutationOptions options = MutationOptions.defaults().withSampleEvery(120).withDomainStep(99_991);

    MutationReport full = MutantRunner.run(SOURCES, scenarios, options, MutantRunner.Compile.ALL_FILES);
    MutationReport alone = MutantRunner.run(SOURCES, scenarios, options, MutantRunner.Compile.MUTATED_FILE);

    assertEquals(judgements(full), judgements(alone));
    assertTrue(full.mutants().stream().map(Mutant::status).distinct().count() >= 2, judgements(full).toString());
  }

  /** Compares both compiles of the original rules with {@code edited} in; whether they compiled. */
  private static boolean assertSameAsFullCompile(RuleFile edited, List<Scenario> scenarios) {
    List<RuleFile> files = new ArrayList<>(SOURCES);
    files.replaceAll(f -> f.name().equals(edited.name()) ? edited : f);

    RuleCompilation full = CompiledRules.compile(files);
    RuleCompilation alone = ORIGINAL.withFile(edited);

    String where = edited.name() + " edited as:\n" + edited.content();
    assertEquals(problems(full), problems(alone), where);
    assertEquals(full.rules().isPresent(), alone.rules().isPresent(), where);
    if (full.rules().isEmpty()) {
      return false;
    }
    CompiledRules a = full.rules().get();
    CompiledRules b = alone.rules().get();
    assertEquals(a.info(), b.info(), where);
    for (Scenario scenario : scenarios) {
      assertEquals(decision(a.decider(scenario.roster()), scenario), decision(b.decider(scenario.roster()), scenario),
          scenario.name() + " in " + where);
    }
    return true;
  }

  private static String decision(EngagementDecider decider, Scenario scenario) {
    try {
      Decision decision = decider.decide(scenario.opportunity());
      return EngagementJson.write(EngagementJson.toJson(decision));
    } catch (EngagementException e) {
      return e.code().code() + " " + e.getMessage();
    }
  }

  /** The shipped scenarios but the guards: the guide's sentences, over both rosters. */
  private static List<Scenario> handWritten() throws IOException {
    return ShippedRulesMutationTest.shippedScenarios().stream().filter(s -> !s.source().contains("guards")).toList();
  }

  private static List<String> problems(RuleCompilation compilation) {
    return compilation.problems().stream().map(RuleProblem::toString).toList();
  }

  private static List<String> judgements(MutationReport report) {
    return report.mutants().stream()
        .map(m -> m.location() + " " + m.operator() + " " + m.change() + ": " + m.status() + " " + m.detail()
            + m.guard().map(g -> " guard " + g.name() + " " + EngagementJson.write(EngagementJson.toJson(
                g.opportunity())) + " expects " + g.expected()).orElse(""))
        .toList();
  }

  private static RuleFile file(String baseName) {
    return SOURCES.stream().filter(f -> f.name().endsWith("/" + baseName)).findFirst().orElseThrow();
  }
}

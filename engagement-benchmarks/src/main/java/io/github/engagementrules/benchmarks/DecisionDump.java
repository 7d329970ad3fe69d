package io.github.engagementrules.benchmarks;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.authoring.Coverage;
import io.github.engagementrules.rules.authoring.DerivedDomain;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the decision of every input of the built-in rules' verification domain, as canonical JSON, one line each, so
 * that a change to the decision path can be proved not to change any decision: dump before, dump after, {@code cmp}.
 * The inputs are the domain's default coverage and a seeded random sample of the full domain, on the domain's widened
 * roster; each is decided singly ({@code decide}) and again in batches ({@code decideAll}), and a failed decision is
 * written as its error code and message. Run it with {@code java -cp engagement-benchmarks/target/benchmarks.jar
 * io.github.engagementrules.benchmarks.DecisionDump FILE [SAMPLES]} (default 20,000 samples).
 */
public final class DecisionDump {
  private static final long SEED = 20261121;
  private static final int BATCH = 1_000;

  private DecisionDump() {}

  /**
   * Writes the dump.
   *
   * @param args the file to write, then optionally how many random samples to add to the coverage
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: DecisionDump FILE [SAMPLES]");
      System.exit(2);
    }
    int samples = args.length == 2 ? Integer.parseInt(args[1]) : 20_000;
    DerivedDomain domain = DerivedDomain.ofBuiltInRules(BuiltInRules.sampleRoster());
    Coverage coverage = domain.coverage();
    List<Opportunity> inputs = new ArrayList<>();
    for (long i = 0; i < coverage.size(); i++) {
      inputs.add(coverage.opportunity(i));
    }
    inputs.addAll(domain.randomSample(SEED, samples));
    CompiledRuleBase rules = BuiltInRules.compile();
    DroolsDecider decider = new DroolsDecider(rules, domain.roster(), EngagementRules.DEFAULT_FIRING_LIMIT);
    int failed = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (int i = 0; i < inputs.size(); i++) {
        String line;
        try {
          line = json(decider.decide(inputs.get(i)));
        } catch (EngagementException e) {
          line = failure(e);
          failed++;
        }
        out.write("single " + i + " " + line + "\n");
      }
      for (int from = 0; from < inputs.size(); from += BATCH) {
        List<DecisionResult> results = decider.decideAll(inputs.subList(from, Math.min(inputs.size(), from + BATCH)));
        for (DecisionResult result : results) {
          String line = result.decision().map(DecisionDump::json)
              .orElseGet(() -> failure(result.error().orElseThrow()));
          out.write("batch " + (from + result.index()) + " " + line + "\n");
        }
      }
    }
    System.out.printf("%d inputs (coverage %d: %s; %d samples), %d failed singly; written to %s%n",
        inputs.size(), coverage.size(), coverage.guarantee(), samples, failed, args[0]);
  }

  private static String json(Decision decision) {
    return EngagementJson.write(EngagementJson.toJson(decision));
  }

  private static String failure(EngagementException e) {
    return "ERROR " + e.code() + " " + e.field().orElse("-") + " " + e.getMessage();
  }
}

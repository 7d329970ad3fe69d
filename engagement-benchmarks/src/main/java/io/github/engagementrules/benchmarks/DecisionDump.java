package io.github.engagementrules.benchmarks;

import io.github.engagementrules.authoring.Coverage;
import io.github.engagementrules.authoring.DerivedDomain;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the decision of every input of the built-in rules' verification domain, as canonical JSON, one line each, so
 * that a change to the decision path can be proved not to change any decision: dump before, dump after, {@code cmp}.
 * The inputs are the domain's default coverage and a seeded random sample of the full domain, on the domain's widened
 * roster; each is decided singly ({@code decide}, lines {@code single INDEX ...}) and again in batches of 1,000
 * ({@code decideAll}, lines {@code batch INDEX ...}), and a failed decision is written as its error code, field and
 * message. Run it with {@code java -cp engagement-benchmarks/target/benchmarks.jar
 * io.github.engagementrules.benchmarks.DecisionDump FILE [SAMPLES]} (default 20,000 samples); exit status 0, or 2 for
 * a usage error or a file that cannot be written.
 */
public final class DecisionDump {
  /** Exit status: a usage error, or the file could not be written. */
  static final int USAGE_OR_FILE = 2;
  private static final long SEED = 20261121;
  private static final int BATCH = 1_000;
  private static final int DEFAULT_SAMPLES = 20_000;

  private DecisionDump() {}

  /**
   * Writes the dump and exits with its status.
   *
   * @param args the file to write, then optionally how many random samples to add to the coverage
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /** Writes the dump that {@code args} ask for, reports to {@code out} or {@code err}, and returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    int samples;
    try {
      if (args.length < 1 || args.length > 2) {
        throw new IllegalArgumentException("expected FILE [SAMPLES], got " + args.length + " argument(s)");
      }
      samples = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_SAMPLES;
      if (samples < 0) {
        throw new IllegalArgumentException("SAMPLES must not be negative, got " + samples);
      }
    } catch (IllegalArgumentException e) {
      err.println("DecisionDump: " + e.getMessage() + "; usage: DecisionDump FILE [SAMPLES]");
      return USAGE_OR_FILE;
    }
    try {
      out.println(write(Path.of(args[0]), samples));
      return 0;
    } catch (IOException e) {
      err.println("DecisionDump: cannot write '" + args[0] + "': " + e);
      return USAGE_OR_FILE;
    }
  }

  /** Writes the dump to {@code file} and says what it holds. */
  private static String write(Path file, int samples) throws IOException {
    DerivedDomain domain = DerivedDomain.ofBuiltInRules(BuiltInRules.sampleRoster());
    Coverage coverage = domain.coverage();
    List<Opportunity> inputs = new ArrayList<>();
    for (long i = 0; i < coverage.size(); i++) {
      inputs.add(coverage.opportunity(i));
    }
    inputs.addAll(domain.randomSample(SEED, samples));
    EngagementDecider decider = CompiledRules.builtIn().decider(domain.roster());
    int failed = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
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
    return String.format(Locale.ROOT, "%d inputs (%d of the coverage: %s; %d samples), %d failed; written to %s",
        inputs.size(), coverage.size(), coverage.guarantee(), samples, failed, file);
  }

  private static String json(Decision decision) {
    return EngagementJson.write(EngagementJson.toJson(decision));
  }

  private static String failure(EngagementException e) {
    return "ERROR " + e.code() + " " + e.field().orElse("-") + " " + e.getMessage();
  }
}

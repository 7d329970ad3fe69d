package io.github.engagementrules.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.engagementrules.authoring.Mutant.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a {@link MutationAnalysis}: every mutant and what became of it. The score counts only mutants that
 * compiled and are not equivalent to the original rules.
 *
 * @param ruleBaseVersion the version of the original rule base
 * @param scenariosUsed how many scenarios were run against each mutant (those that pass on the original rules)
 * @param scenariosFailing the names of the scenarios that already fail on the original rules, and so were not used
 * @param equivalenceCheck what a survivor was compared over before it was called equivalent, in words
 * @param mutants every mutant, in file order
 * @param elapsedMillis how long the analysis took
 */
public record MutationReport(
    String ruleBaseVersion,
    int scenariosUsed,
    List<String> scenariosFailing,
    String equivalenceCheck,
    List<Mutant> mutants,
    long elapsedMillis) {
  /** Copies the lists. */
  public MutationReport {
    scenariosFailing = List.copyOf(scenariosFailing);
    mutants = List.copyOf(mutants);
  }

  /** The mutants with this status, in file order. */
  public List<Mutant> withStatus(Status status) {
    return mutants.stream().filter(m -> m.status() == status).toList();
  }

  /** The mutants some scenario noticed. */
  public long killed() {
    return withStatus(Status.KILLED).size();
  }

  /** The mutants no scenario noticed that are not known to be equivalent: the advice for the author. */
  public List<Mutant> survivors() {
    return withStatus(Status.SURVIVED);
  }

  /**
   * Scenarios that would kill the survivors, one per opportunity: each expects what the original rules decide there.
   * They record the rules as they are, not the guide: check each against the guide's sentence in its name before
   * adding it to the suite.
   */
  public List<Scenario> guards() {
    return Guards.distinct(survivors());
  }

  /**
   * The {@link #guards()} as the text of a scenario file (a JSON array), ready to review and add to the suite. The
   * file names no roster: it is read with the suite's default roster, so a guard found on a scenario that names a
   * roster of its own needs that {@code roster} added (each {@link Scenario#roster()} here is the right one).
   */
  public String guardsFile() {
    ArrayNode file = JsonNodeFactory.instance.arrayNode();
    guards().forEach(g -> file.add(Guards.toJson(g)));
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(file) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** The mutants that compiled and are not equivalent: the N of "K of N killed". */
  public long scored() {
    return killed() + survivors().size();
  }

  /** The share of the scored mutants that were killed, in percent (100 when none was scored). */
  public double score() {
    return scored() == 0 ? 100.0 : 100.0 * killed() / scored();
  }

  /**
   * The report as text: the survivors as advice (with an opportunity whose decision each one changes), the
   * equivalent and stillborn mutants apart, the tally per operator, ending with the line {@code mutants: K of N
   * killed}.
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("rule base ").append(ruleBaseVersion).append(": ").append(mutants.size()).append(" mutants, ")
        .append(scenariosUsed).append(" scenarios\n");
    if (!scenariosFailing.isEmpty()) {
      out.append("not used, failing on the original rules: ").append(String.join("; ", scenariosFailing))
          .append('\n');
    }
    List<Mutant> survivors = survivors();
    out.append("survived: ").append(survivors.size()).append('\n');
    for (Mutant mutant : survivors) {
      out.append("  ").append(mutant.advice()).append('\n');
      if (!mutant.detail().isEmpty()) {
        out.append("      ").append(mutant.detail()).append('\n');
      }
    }
    List<Scenario> guards = guards();
    if (!guards.isEmpty()) {
      out.append("guards: ").append(guards.size()).append(" scenarios would kill the ").append(survivors.size())
          .append(" survivors: each expects what the rules decide now; check it against the guide before adding it\n");
    }
    List<Mutant> equivalent = withStatus(Status.EQUIVALENT);
    out.append("equivalent: ").append(equivalent.size()).append(" (no decision changes over ").append(equivalenceCheck)
        .append(")\n");
    equivalent.forEach(m -> out.append("  ").append(m.location()).append(": ").append(m.rule()).append(' ')
        .append(m.change()).append('\n'));
    List<Mutant> stillborn = withStatus(Status.STILLBORN);
    out.append("stillborn: ").append(stillborn.size()).append(" (do not compile)\n");
    stillborn.forEach(m -> out.append("  ").append(m.location()).append(": ").append(m.rule()).append(' ')
        .append(m.change()).append(": ").append(m.detail()).append('\n'));
    Map<MutationOperator, long[]> byOperator = new EnumMap<>(MutationOperator.class);
    for (Mutant mutant : mutants) {
      long[] tally = byOperator.computeIfAbsent(mutant.operator(), o -> new long[2]);
      if (mutant.status() == Status.KILLED) {
        tally[0]++;
      }
      if (mutant.status() == Status.KILLED || mutant.status() == Status.SURVIVED) {
        tally[1]++;
      }
    }
    out.append("by operator:");
    byOperator.forEach((operator, tally) ->
        out.append(' ').append(operator.name().toLowerCase(Locale.ROOT)).append(' ').append(tally[0]).append('/')
            .append(tally[1]));
    out.append('\n');
    out.append(String.format(Locale.ROOT, "score: %.1f%% in %.1f s%n", score(), elapsedMillis / 1000.0));
    out.append("mutants: ").append(killed()).append(" of ").append(scored()).append(" killed\n");
    return out.toString();
  }
}

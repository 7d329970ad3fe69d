package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.authoring.ContactAgreement;
import io.github.engagementrules.authoring.DecisionInvariants;
import io.github.engagementrules.authoring.VerificationFinding;
import io.github.engagementrules.authoring.VerificationFinding.Kind;
import io.github.engagementrules.authoring.VerificationReport;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.EngagementDecider;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Decides opportunities numbered 0..count-1 on all processors and groups the defects found by kind and description;
 * each finding's example is the opportunity with the lowest number, so the report does not depend on thread timing.
 */
public final class Verifier {
  /** Error messages start with the opportunity's id, which would split one defect into as many findings. */
  private static final Pattern OPPORTUNITY_PREFIX = Pattern.compile("^opportunity '[^']*'(?: \\([A-Z_]+\\))?: ");

  private record Defect(Kind kind, String description) {}

  /** How many opportunities are generated and put in the order of their places at a time. */
  private static final int RUN = 1024;

  private Verifier() {}

  /**
   * Verifies the opportunities {@code opportunity.apply(0)} to {@code opportunity.apply(count - 1)}.
   *
   * @throws IllegalStateException when a worker thread fails or is interrupted
   */
  public static VerificationReport verify(EngagementDecider decider, LongFunction<Opportunity> opportunity, long count) {
    return verify(decider, null, opportunity, count);
  }

  /**
   * Verifies as {@link #verify(EngagementDecider, LongFunction, long)} and, when {@code reversed} is given, also
   * decides every opportunity with it (the same rules loaded in the opposite order, see {@link ReversedRules}) and
   * reports each difference as an {@link Kind#ORDER_DEPENDENCE} finding.
   *
   * @throws IllegalStateException when a worker thread fails or is interrupted
   */
  public static VerificationReport verify(
      EngagementDecider decider, EngagementDecider reversed, LongFunction<Opportunity> opportunity, long count) {
    return verify(decider, reversed, opportunity, count, o -> List.of());
  }

  /**
   * Verifies as {@link #verify(EngagementDecider, EngagementDecider, LongFunction, long)} and also decides each
   * opportunity's {@code variants} (the same opportunity in places that differ in one post or borough flag): where
   * whether the police engage differs, it is a {@link Kind#ROSTER_DEPENDENCE} finding.
   *
   * @throws IllegalStateException when a worker thread fails or is interrupted
   */
  public static VerificationReport verify(EngagementDecider decider, EngagementDecider reversed,
      LongFunction<Opportunity> opportunity, long count, Function<Opportunity, List<DerivedInputs.Variant>> variants) {
    List<Tally<Defect>> parts =
        Parallel.run(count, (from, to) -> check(decider, reversed, opportunity, variants, from, to));
    List<VerificationFinding> findings =
        Tally.merge(parts).results(
            (defect, c) -> new VerificationFinding(defect.kind(), defect.description(), c.count, c.example, c.detail));
    return new VerificationReport(decider.ruleBase().version(), count, findings);
  }

  /** Strips the opportunity's id from an error message, leaving what is wrong. */
  static String withoutOpportunity(String message) {
    return OPPORTUNITY_PREFIX.matcher(message).replaceFirst("");
  }

  /**
   * Checks the opportunities numbered {@code from} to {@code to}, a run of {@value #RUN} at a time in the order of their
   * places: consecutive decisions at one place, and their variants at the same neighbouring places, find sessions
   * seated there instead of moving one (the tally does not depend on the order).
   */
  private static Tally<Defect> check(
      EngagementDecider decider, EngagementDecider reversed, LongFunction<Opportunity> opportunities,
      Function<Opportunity, List<DerivedInputs.Variant>> variants, long from, long to) {
    Tally<Defect> defects = new Tally<>();
    for (long start = from; start < to; start += RUN) {
      int length = (int) Math.min(RUN, to - start);
      Opportunity[] run = new Opportunity[length];
      Integer[] order = new Integer[length];
      for (int k = 0; k < length; k++) {
        run[k] = opportunities.apply(start + k);
        order[k] = k;
      }
      Arrays.sort(order, Comparator.comparing((Integer k) -> run[k].borough())
          .thenComparing(k -> run[k].ward().orElse("")));
      for (int k : order) {
        check(decider, reversed, variants, start + k, run[k], defects);
      }
    }
    return defects;
  }

  private static void check(EngagementDecider decider, EngagementDecider reversed,
      Function<Opportunity, List<DerivedInputs.Variant>> variants, long i, Opportunity opportunity,
      Tally<Defect> defects) {
    Outcome forwards = Outcome.of(decider, opportunity);
    if (reversed != null) {
      checkOrder(forwards, Outcome.of(reversed, opportunity), i, opportunity, defects);
    }
    Decision decision = forwards.decision();
    EngagementException error = forwards.error();
    if (error != null) {
      if (error.code() != ErrorCode.UNREQUESTED_JUDGEMENT) { // a judgement by someone not referred to: no input
        Defect defect = switch (error.code()) {
          case NO_ATTENDANCE_DECIDED ->
              new Defect(Kind.GAP, "no rule decided the attendance of a " + opportunity.kind());
          case CONFLICTING_RULINGS -> new Defect(Kind.CONFLICT, withoutOpportunity(error.getMessage()));
          default -> new Defect(Kind.FAILURE, error.code().code() + " " + withoutOpportunity(error.getMessage()));
        };
        defects.add(defect, i, opportunity, error.getMessage());
      }
      return;
    }
    for (String violation : DecisionInvariants.violations(opportunity, decision)) {
      defects.add(new Defect(Kind.INVARIANT, violation), i, opportunity, violation);
    }
    for (String violation : ContactAgreement.violations(opportunity, decision)) {
      defects.add(new Defect(Kind.INVARIANT, violation), i, opportunity, violation);
    }
    for (DerivedInputs.Variant variant : variants.apply(opportunity)) {
      String here = engagement(decision.attendance());
      String there = engagementOf(decider, variant.opportunity());
      if (there != null && !here.equals(there)) {
        // One description for both directions of the same change, so that they count as one defect.
        String one = here + " with " + variant.from();
        String other = there + " with " + variant.to();
        defects.add(new Defect(Kind.ROSTER_DEPENDENCE, "whether the police engage changes with " + variant.factor()
                + " alone: " + (one.compareTo(other) < 0 ? one + ", " + other : other + ", " + one)),
            i, opportunity, decision.attendance() + " here; in " + variant.opportunity().borough()
                + variant.opportunity().ward().map(w -> "/" + w).orElse("") + ", where " + variant.factor()
                + " is " + variant.to() + ": " + there);
      }
    }
  }

  /**
   * Reports an {@link Kind#ORDER_DEPENDENCE} when the outcome with the rules loaded backwards differs. The two are
   * written as JSON and compared only when they differ as values.
   */
  private static void checkOrder(
      Outcome forwards, Outcome backwards, long i, Opportunity opportunity, Tally<Defect> defects) {
    if (!forwards.sameAs(backwards) && !forwards.json().equals(backwards.json())) {
      defects.add(new Defect(Kind.ORDER_DEPENDENCE,
              "the decision changes when the rule files and their rules load in the opposite order"),
          i, opportunity, "in order: " + forwards.json() + "; reversed: " + backwards.json());
    }
  }

  /** Whether the police engage: ATTEND and DELEGATE both are engagement (who goes may depend on the roster). */
  private static String engagement(Attendance attendance) {
    return attendance == Attendance.ATTEND || attendance == Attendance.DELEGATE ? "engaged" : attendance.name();
  }

  /** {@link #engagement} of the decision, or {@code null} when it fails (reported on its own input). */
  private static String engagementOf(EngagementDecider decider, Opportunity opportunity) {
    Outcome there = Outcome.of(decider, opportunity);
    return there.decision() == null ? null : engagement(there.decision().attendance());
  }

  /** A decision as JSON without its rule-base version (reversed files hash differently), or the error's code. */
  public static String outcome(EngagementDecider decider, Opportunity opportunity) {
    return Outcome.of(decider, opportunity).json();
  }
}

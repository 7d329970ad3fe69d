package io.github.engagementrules.rules.internal;

import io.github.engagementrules.rules.RuleProblem;
import io.github.engagementrules.rules.RuleProblem.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The conventions that make a rule base's decisions independent of the order its rules fire in, checked on the parsed
 * rule files before they are used (Drools' own parser, so comments and strings cannot fool it):
 *
 * <ul>
 *   <li>no ordering attribute ({@code salience}, {@code agenda-group}, {@code activation-group},
 *       {@code ruleflow-group}, {@code no-loop}, {@code lock-on-active}, {@code auto-focus}): precedence is declared
 *       once, in {@value Precedence#FILE_NAME}, and applied by the resolver;</li>
 *   <li>no condition on a conclusion ({@code AttendanceRuling}, {@code Contact}, {@code Escalation}, {@code Action},
 *       {@code Channel}): rules never test for, or against, each other's findings; what follows from the resolved
 *       attendance tests {@code AttendanceOutcome};</li>
 *   <li>conclusions are inserted, never modified, updated or deleted;</li>
 *   <li>a rule that rules on attendance ({@code AttendanceRuling...}) declares its {@code @tier}, inserts nothing
 *       else (so an overridden ruling takes nothing with it), and does not test {@code AttendanceOutcome}; a rule
 *       that declares a tier rules on attendance; a rule that proposes a point of contact proposes nothing else.</li>
 * </ul>
 *
 * <p>Why no ordering attribute is harmless enough to allow: each one changes which activations fire first or at all,
 * which is exactly what a decision must not depend on. Stateless and thread-safe.
 */
final class RuleConventions {
  /** Facts rules conclude; conditions may not mention them. */
  static final Set<String> CONCLUSIONS = Set.of("AttendanceRuling", "Contact", "Escalation", "Action", "Channel");

  /** The fact the resolver inserts between the two firing passes. */
  static final String OUTCOME = "AttendanceOutcome";

  private static final Set<String> ORDERING =
      Set.of("salience", "agenda-group", "activation-group", "ruleflow-group", "no-loop", "lock-on-active",
          "auto-focus");
  private static final Pattern INSERT = Pattern.compile("\\binsert(?:Logical)?\\s*\\(");
  private static final Pattern RULING = Pattern.compile("\\bAttendanceRuling\\s*\\.");
  private static final Pattern CHANGE = Pattern.compile("\\b(modify|update|delete|retract)\\s*\\(");
  private static final Pattern POINT_OF_CONTACT = Pattern.compile("\\bRemit\\s*\\.\\s*POINT_OF_CONTACT\\b");

  /** What the conventions found out about one rule. */
  record Shape(boolean testsOutcome, boolean rulesOnAttendance) {}

  private RuleConventions() {}

  /**
   * Checks the rules of one file.
   *
   * @param source the file
   * @param lines each rule's line, by name
   * @param tiers each rule's declared {@code @tier}, by name (rules without one are absent)
   * @param problems where problems are added
   * @return each rule's shape, by name
   */
  static Map<String, Shape> check(
      RuleSource source, Map<String, Integer> lines, Map<String, String> tiers, List<RuleProblem> problems) {
    Map<String, Shape> shapes = new HashMap<>();
    PackageDescr parsed;
    try {
      DrlParser parser = new DrlParser();
      parsed = parser.parse(false, source.content());
      if (parser.hasErrors() || parsed == null) {
        return shapes; // Drools reports the syntax errors itself
      }
    } catch (DroolsParserException e) {
      return shapes;
    }
    for (RuleDescr rule : parsed.getRules()) {
      String name = rule.getName();
      int line = lines.getOrDefault(name, Math.max(rule.getLine(), 0));
      for (String attribute : rule.getAttributes().keySet()) {
        if (ORDERING.contains(attribute)) {
          problems.add(problem(source, line, "rule \"" + name + "\" uses '" + attribute + "': the order rules fire in "
              + "must decide nothing; declare precedence with @tier(\"...\") and " + Precedence.FILE_NAME));
        }
      }
      List<String> types = new ArrayList<>();
      collectTypes(rule.getLhs(), types);
      for (String type : types) {
        if (CONCLUSIONS.contains(simpleName(type))) {
          problems.add(problem(source, line, "rule \"" + name + "\" tests the conclusion " + simpleName(type)
              + ": rules record findings and never test each other's; test " + OUTCOME
              + " for the resolved attendance"));
        }
      }
      boolean testsOutcome = types.stream().anyMatch(t -> simpleName(t).equals(OUTCOME));
      String consequence = String.valueOf(rule.getConsequence());
      if (CHANGE.matcher(consequence).find()) {
        problems.add(problem(source, line, "rule \"" + name + "\" modifies or deletes facts: rules conclude by "
            + "inserting findings, so that no conclusion depends on which rule fired first"));
      }
      boolean rulesOnAttendance = RULING.matcher(consequence).find();
      boolean tiered = tiers.containsKey(name);
      if (rulesOnAttendance && lines.containsKey(name)) { // rules without a description are reported already
        if (!tiered) {
          problems.add(problem(source, line, "rule \"" + name + "\" rules on attendance but declares no "
              + "@tier(\"...\") from " + Precedence.FILE_NAME));
        }
        if (testsOutcome) {
          problems.add(problem(source, line, "rule \"" + name + "\" rules on attendance after it was resolved "
              + "(it tests " + OUTCOME + ")"));
        }
        if (INSERT.matcher(consequence).results().count() > 1) {
          problems.add(problem(source, line, "rule \"" + name + "\" inserts more than its attendance ruling: put "
              + "what follows from the attendance in a rule that tests " + OUTCOME));
        }
      } else if (POINT_OF_CONTACT.matcher(consequence).find() && INSERT.matcher(consequence).results().count() > 1) {
        problems.add(problem(source, line, "rule \"" + name + "\" inserts more than its point-of-contact candidate: "
            + "a candidate that loses to a more specific one must take nothing else with it"));
      }
      if (!rulesOnAttendance && tiered) {
        problems.add(problem(source, line, "rule \"" + name + "\" declares @tier(\"" + tiers.get(name)
            + "\") but makes no attendance ruling"));
      }
      shapes.put(name, new Shape(testsOutcome, rulesOnAttendance));
    }
    return shapes;
  }

  private static void collectTypes(BaseDescr descr, List<String> types) {
    if (descr instanceof PatternDescr pattern) {
      if (pattern.getObjectType() != null) {
        types.add(pattern.getObjectType());
      }
      if (pattern.getSource() instanceof AccumulateDescr accumulate) {
        collectTypes(accumulate.getInput(), types);
      } else if (pattern.getSource() instanceof ConditionalElementDescr source) {
        source.getDescrs().forEach(d -> collectTypes(d, types));
      }
    } else if (descr instanceof ConditionalElementDescr element) {
      element.getDescrs().forEach(d -> collectTypes(d, types));
    }
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static RuleProblem problem(RuleSource source, int line, String message) {
    return RuleProblem.builder()
        .file(source.name())
        .line(line)
        .column(1)
        .message(message)
        .severity(Severity.ERROR)
        .build();
  }
}

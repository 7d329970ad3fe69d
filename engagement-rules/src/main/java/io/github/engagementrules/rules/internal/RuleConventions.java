package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Suggestions;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleProblem.Severity;
import io.github.engagementrules.rules.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

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
  /** {@code tier == "x"}, {@code tier != "x"}, {@code tier in ("x", "y")}: group 1 holds the constants. */
  private static final Pattern TIER_CONSTANTS =
      Pattern.compile("\\btier\\s*((?:==|!=)\\s*\"[^\"]*\"|(?:not\\s+)?in\\s*\\([^)]*\\))");
  /** {@code sections contains "x"} or {@code sections not contains "x"}: group 1 holds the constant. */
  private static final Pattern SECTION_CONSTANTS =
      Pattern.compile("\\bsections\\s+(?:not\\s+)?contains\\s+(\"[^\"]*\")");
  private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern POINT_OF_CONTACT = Pattern.compile("\\bRemit\\s*\\.\\s*POINT_OF_CONTACT\\b");

  /** What the conventions found out about one rule. */
  record Shape(boolean testsOutcome, boolean rulesOnAttendance) {}

  private RuleConventions() {}

  /**
   * Checks the rules of one file.
   *
   * @param source the file
   * @param parse the file's parse, empty when it does not parse
   * @param lines each rule's line, by name
   * @param tiers each rule's declared {@code @tier}, by name (rules without one are absent)
   * @param vocabulary the rules Drools compiled, the declared tiers and the guide's sections
   * @param problems where problems are added
   * @return each rule's shape, by name
   */
  static Map<String, Shape> check(
      RuleFile source,
      Optional<PackageDescr> parse,
      Map<String, Integer> lines,
      Map<String, String> tiers,
      Vocabulary vocabulary,
      List<RuleProblem> problems) {
    Map<String, Shape> shapes = new HashMap<>();
    if (parse.isEmpty()) {
      return shapes; // Drools reports the syntax errors itself
    }
    PackageDescr parsed = parse.get();
    for (RuleDescr rule : parsed.getRules()) {
      String name = rule.getName();
      int line = lines.getOrDefault(name, Math.max(rule.getLine(), 0));
      if (!vocabulary.compiledRules().contains(name)) {
        problems.add(problem(source, line, "rule \"" + name + "\" is written here but is not in the compiled rule "
            + "base, and Drools gave no reason: a rule base never loads with rules missing; check this rule's "
            + "conditions"));
      }
      checkOutcomeLiterals(source, line, name, rule.getLhs(), vocabulary, problems);
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

  /**
   * What a rule file is checked against besides its own text.
   *
   * @param compiledRules the names of the rules Drools compiled into the rule base
   * @param tiers the declared attendance tiers
   * @param sections the ids of the guide's sections
   */
  record Vocabulary(Set<String> compiledRules, Set<String> tiers, Set<String> sections) {}

  /**
   * Text constants compared with the resolved attendance's {@code tier} or {@code sections} must name a declared tier
   * or a section of the guide: Drools compares strings without knowing them, so a misspelt one would silently make
   * the rule never (or always) fire.
   */
  private static void checkOutcomeLiterals(
      RuleFile source, int line, String rule, BaseDescr lhs, Vocabulary vocabulary, List<RuleProblem> problems) {
    List<String> constraints = new ArrayList<>();
    collectOutcomeConstraints(lhs, constraints);
    for (String constraint : constraints) {
      checkLiterals(source, line, rule, TIER_CONSTANTS, constraint, "tier", vocabulary.tiers(),
          Precedence.FILE_NAME + " declares", problems);
      checkLiterals(source, line, rule, SECTION_CONSTANTS, constraint, "section", vocabulary.sections(),
          "the guide has", problems);
    }
  }

  private static void checkLiterals(RuleFile source, int line, String rule, Pattern comparison, String constraint,
      String what, Set<String> known, String knownBy, List<RuleProblem> problems) {
    Matcher compared = comparison.matcher(constraint);
    while (compared.find()) {
      Matcher literal = STRING.matcher(compared.group(1));
      while (literal.find()) {
        String value = literal.group(1);
        if (!known.contains(value)) {
          problems.add(problem(source, line, "rule \"" + rule + "\" compares with " + what + " \"" + value
              + "\", which no " + what + " is" + Suggestions.didYouMean(value, known) + " (" + knownBy + ": "
              + String.join(", ", known) + ")"));
        }
      }
    }
  }

  private static void collectOutcomeConstraints(BaseDescr descr, List<String> constraints) {
    if (descr instanceof PatternDescr pattern) {
      if (pattern.getObjectType() != null && simpleName(pattern.getObjectType()).equals(OUTCOME)) {
        pattern.getDescrs().stream()
            .filter(ExprConstraintDescr.class::isInstance)
            .forEach(d -> constraints.add(((ExprConstraintDescr) d).getExpression()));
      }
      if (pattern.getSource() instanceof ConditionalElementDescr source) {
        source.getDescrs().forEach(d -> collectOutcomeConstraints(d, constraints));
      }
    } else if (descr instanceof ConditionalElementDescr element) {
      element.getDescrs().forEach(d -> collectOutcomeConstraints(d, constraints));
    }
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

  private static RuleProblem problem(RuleFile source, int line, String message) {
    return RuleProblem.builder()
        .file(source.name())
        .line(line)
        .column(1)
        .message(message)
        .severity(Severity.ERROR)
        .build();
  }
}

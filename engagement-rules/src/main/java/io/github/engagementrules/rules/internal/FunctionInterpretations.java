package io.github.engagementrules.rules.internal;

import io.github.engagementrules.rules.FunctionInterpretation;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleProblem.Severity;
import io.github.engagementrules.rules.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the DRL functions marked as local interpretations: a comment block directly above {@code function} whose
 * line {@code // @interpretation: ...} starts the interpretation, continued by the {@code //} lines that follow it in
 * the block. A marking with no function directly below it is an error at its line (it would mark nothing).
 */
final class FunctionInterpretations {
  private static final Pattern MARK = Pattern.compile("^\\s*//\\s*@interpretation:?(.*)$");
  private static final Pattern COMMENT = Pattern.compile("^\\s*//(.*)$");
  private static final Pattern FUNCTION = Pattern.compile("^\\s*function\\s+[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(");

  private FunctionInterpretations() {}

  private record Marked(String name, String file, int line, String interpretation) {}

  /**
   * The marked functions of the sources, each with the rules that use it.
   *
   * @param sources the rule files
   * @param problems where a marking that marks no function is reported
   * @return the marked functions, in file order
   */
  static List<FunctionInterpretation> find(List<RuleFile> sources, List<RuleProblem> problems) {
    List<Marked> marked = new ArrayList<>();
    Map<String, String> functionBodies = new HashMap<>();
    Map<String, String> ruleBodies = new LinkedHashMap<>();
    for (RuleFile source : sources) {
      marked.addAll(marked(source, problems));
      functionBodies.putAll(RuleTexts.functions(source.content()));
      ruleBodies.putAll(RuleTexts.rules(source.content()));
    }
    List<FunctionInterpretation> found = new ArrayList<>();
    if (marked.isEmpty()) {
      return found;
    }
    // Each body is searched once, for a call of any function (with no function, a pattern that never matches); a rule
    // uses a marked function when the function is reached through those calls.
    Pattern anyCall = Pattern.compile(functionBodies.isEmpty() ? "(?!)" : "\\b(" + functionBodies.keySet().stream()
        .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s*\\(");
    Map<String, Set<String>> calledByFunction = new HashMap<>();
    functionBodies.forEach(
        (name, body) -> calledByFunction.put(name, called(anyCall, body.substring(body.indexOf('(')))));
    Map<String, Set<String>> reachedByRule = new LinkedHashMap<>();
    ruleBodies.forEach((rule, body) -> reachedByRule.put(rule, reached(called(anyCall, body), calledByFunction)));
    for (Marked function : marked) {
      List<String> usedBy = reachedByRule.entrySet().stream()
          .filter(rule -> rule.getValue().contains(function.name()))
          .map(Map.Entry::getKey)
          .toList();
      found.add(new FunctionInterpretation(
          function.name(), function.file(), function.line(), function.interpretation(), usedBy));
    }
    return found;
  }

  private static List<Marked> marked(RuleFile source, List<RuleProblem> problems) {
    List<Marked> marked = new ArrayList<>();
    String[] lines = source.content().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher mark = MARK.matcher(lines[i]);
      if (!mark.matches()) {
        continue;
      }
      StringBuilder interpretation = new StringBuilder(mark.group(1).strip());
      int next = i + 1;
      Matcher comment;
      while (next < lines.length && (comment = COMMENT.matcher(lines[next])).matches()) {
        interpretation.append(' ').append(comment.group(1).strip());
        next++;
      }
      Matcher function = next < lines.length ? FUNCTION.matcher(lines[next]) : null;
      if (function != null && function.find() && !interpretation.toString().isBlank()) {
        marked.add(new Marked(function.group(1), source.name(), next + 1, interpretation.toString().strip()));
      } else {
        problems.add(RuleProblem.builder().file(source.name()).line(i + 1).column(1)
            .message(interpretation.toString().isBlank()
                ? "an empty // @interpretation: say what the function below decides beyond the text"
                : "// @interpretation marks the function directly below it, but no function follows (a rule is"
                    + " marked with @interpretation(\"...\") instead)")
            .severity(Severity.ERROR).build());
      }
      i = next - 1;
    }
    return marked;
  }

  /** The functions {@code text} calls directly. */
  private static Set<String> called(Pattern anyCall, String text) {
    Set<String> called = new HashSet<>();
    Matcher call = anyCall.matcher(text);
    while (call.find()) {
      called.add(call.group(1));
    }
    return called;
  }

  /** The functions called directly, and those the functions they call call, and so on. */
  private static Set<String> reached(Set<String> direct, Map<String, Set<String>> calledByFunction) {
    Set<String> reached = new HashSet<>(direct);
    List<String> pending = new ArrayList<>(direct);
    while (!pending.isEmpty()) {
      for (String next : calledByFunction.get(pending.remove(pending.size() - 1))) {
        if (reached.add(next)) {
          pending.add(next);
        }
      }
    }
    return reached;
  }
}

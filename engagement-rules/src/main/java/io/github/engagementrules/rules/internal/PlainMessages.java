package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Suggestions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' and MVEL's compile errors said in a policy author's words: an unknown field of a fact or an unknown value of
 * an enum ({@code unable to resolve method using strict-mode: ...Opportunity.stakeholderTypess()}) becomes "Opportunity
 * has no field 'stakeholderTypess': did you mean 'stakeholderTypes'? fields: ...", naming no Java class.
 */
final class PlainMessages {
  private static final Pattern STRICT_MODE = Pattern.compile(
      "Unable to Analyse Expression .*?unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)\\]?");
  private static final Set<String> NOT_FIELDS = Set.of("hashCode", "toString", "getClass", "values", "builder");

  /** The parser's complaint about a token that a missing {@code )} left it unable to place. */
  private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'");

  /** Where a missing {@code )} is: the line it should close on, the line its {@code (} opened on. */
  record MissingParenthesis(int line, int column, int openedOn) {}

  private PlainMessages() {}

  /**
   * When the parser stops at the first token of a line ({@code mismatched input 'RosterPost'}) and a parenthesis
   * opened in the rule's conditions is still open at the end of the line before, the {@code )} is missing there.
   *
   * @param drl the file's text
   * @param message the parser's message
   * @param line the line the parser reported (1-based)
   * @return where the parenthesis is missing, when that is what happened
   */
  static Optional<MissingParenthesis> missingParenthesis(String drl, String message, int line) {
    Matcher mismatched = MISMATCHED.matcher(message);
    String[] lines = drl.split("\n", -1);
    if (!mismatched.find() || line < 2 || line > lines.length
        || !lines[line - 1].stripLeading().startsWith(mismatched.group(1))) {
      return Optional.empty();
    }
    int start = line - 2;
    while (start > 0 && !lines[start].strip().equals("when") && !lines[start].startsWith("rule ")) {
      start--;
    }
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    int previous = -1;
    for (int i = start + 1; i < line - 1; i++) {
      String text = lines[i].replaceAll("\"[^\"]*\"", "\"\"").replaceAll("//.*", "");
      for (char c : text.toCharArray()) {
        if (c == '(') {
          open.push(i + 1);
        } else if (c == ')' && !open.isEmpty()) {
          open.pop();
        }
      }
      if (!text.isBlank()) {
        previous = i;
      }
    }
    if (open.isEmpty() || previous < 0) {
      return Optional.empty();
    }
    return Optional.of(new MissingParenthesis(previous + 1, lines[previous].stripTrailing().length() + 1,
        open.peekLast()));
  }

  /** The message in plain words when it is one of the mistakes recognised, else as it was. */
  static String plain(String message) {
    Matcher unresolved = STRICT_MODE.matcher(message);
    if (!unresolved.find()) {
      return message;
    }
    return type(unresolved.group(1)).map(type -> unknownName(type, unresolved.group(2))).orElse(message);
  }

  private static String unknownName(Class<?> type, String typed) {
    String name = type.getSimpleName();
    if (type.isEnum()) {
      List<String> values = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      return name + " has no value '" + typed + "'" + hint(typed, values) + " values: " + String.join(", ", values);
    }
    List<String> fields = Arrays.stream(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getReturnType() != void.class && m.getDeclaringClass() != Object.class)
        .map(Method::getName)
        .filter(n -> !NOT_FIELDS.contains(n))
        .distinct()
        .sorted()
        .toList();
    return name + " has no field '" + typed + "'" + hint(typed, fields) + " fields: " + String.join(", ", fields);
  }

  private static String hint(String typed, List<String> known) {
    String suggestion = Suggestions.didYouMean(typed, known);
    return suggestion.isEmpty() ? ";" : suggestion;
  }

  private static Optional<Class<?>> type(String className) {
    try {
      return Optional.of(Class.forName(className, false, PlainMessages.class.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }
}

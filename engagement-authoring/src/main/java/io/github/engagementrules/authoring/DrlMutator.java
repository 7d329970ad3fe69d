package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.DrlTokens.Kind;
import io.github.engagementrules.authoring.DrlTokens.Token;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the mutants of one DRL file: walks its tokens, finds each rule's conditions (between {@code when} and {@code
 * then}) and consequence (up to {@code end}) and each {@code function}'s body, and proposes one text edit per
 * mutation, with the line it is on. Enum constants and factories are recognised by resolving the file's imports on
 * the classpath, so nothing here knows the rules or the model.
 */
final class DrlMutator {
  /**
   * One replacement of characters in the file.
   *
   * @param start the first offset replaced
   * @param end the offset after the last one replaced
   * @param replacement the new text
   */
  record Edit(int start, int end, String replacement) {
    String apply(String text) {
      return text.substring(0, start) + replacement + text.substring(end);
    }
  }

  /**
   * One proposed mutant.
   *
   * @param operator how it mutates
   * @param line the line of the change
   * @param rule {@code rule "name"} or {@code function name}
   * @param change what the mutant does differently, completing "no scenario notices if ..."
   * @param edit the edit
   * @param constants the enum constants the mutated rule or function mentions, and the one a swap puts in
   */
  record Candidate(
      MutationOperator operator, int line, String rule, String change, Edit edit, Set<Enum<?>> constants) {}

  private record Range(int from, int to) {} // token indices, inclusive

  private final String text;
  private final List<Token> tokens;
  private final List<String> imports = new ArrayList<>();
  private final Map<String, Optional<Class<?>>> classes = new HashMap<>();
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<String> ruleNames = new ArrayList<>();
  private Set<Enum<?>> constants = Set.of();

  private DrlMutator(String text) {
    this.text = text;
    this.tokens = DrlTokens.of(text);
  }

  /** The mutants of one file, in file order, and the names of the rules it declares. */
  static DrlMutator of(String drl) {
    DrlMutator mutator = new DrlMutator(drl);
    mutator.walk();
    return mutator;
  }

  List<Candidate> candidates() {
    return candidates;
  }

  List<String> ruleNames() {
    return ruleNames;
  }

  private Token t(int i) {
    return tokens.get(i);
  }

  private void walk() {
    int i = 0;
    while (i < tokens.size()) {
      Token token = t(i);
      if ((token.is("import") || token.is("package")) && i + 1 < tokens.size()) {
        StringBuilder name = new StringBuilder();
        int j = i + 1;
        if (t(j).is("static") || t(j).is("function")) {
          j++;
        }
        for (; j < tokens.size() && !t(j).is(";") && t(j).line() == token.line(); j++) {
          name.append(t(j).text());
        }
        imports.add(token.is("package") ? name + ".*" : name.toString());
        i = j;
      } else if (token.is("rule") && i + 1 < tokens.size()) {
        i = rule(i) + 1;
      } else if (token.is("function")) {
        i = function(i) + 1;
      } else if (token.is("query") || token.is("declare")) {
        int end = indexOf("end", i + 1, tokens.size() - 1);
        i = end < 0 ? tokens.size() : end + 1;
      } else {
        i++;
      }
    }
  }

  /** +1 for an opening bracket, -1 for a closing one, 0 for any other token. */
  private static int nesting(Token token) {
    if (token.kind() != Kind.SYMBOL) {
      return 0;
    }
    return "({[".contains(token.text()) ? 1 : ")}]".contains(token.text()) ? -1 : 0;
  }

  /** The index of the first token {@code word} from {@code from} to {@code to} at bracket depth 0, or -1. */
  private int indexOf(String word, int from, int to) {
    int depth = 0;
    for (int i = from; i <= to; i++) {
      Token token = t(i);
      int nesting = nesting(token);
      if (nesting != 0) {
        depth += nesting;
      } else if (depth == 0 && token.is(word)) {
        return i;
      }
    }
    return -1;
  }

  private int rule(int at) {
    Token nameToken = t(at + 1);
    String name = nameToken.kind() == Kind.STRING
        ? nameToken.text().substring(1, nameToken.text().length() - 1)
        : nameToken.text();
    int last = tokens.size() - 1;
    int when = indexOf("when", at + 2, last);
    int then = when < 0 ? -1 : indexOf("then", when + 1, last);
    int end = then < 0 ? -1 : indexOf("end", then + 1, last);
    if (end < 0) {
      return last; // not a rule this walker understands: the compiler will say why
    }
    ruleNames.add(name);
    String label = "rule \"" + name + "\"";
    constants = constantsIn(at, end);
    add(MutationOperator.DELETE_RULE, t(at).line(), label, "is deleted", new Edit(t(at).start(), t(end).end(), ""));
    Set<String> mentioned = new HashSet<>();
    for (int i = when + 1; i < end; i++) {
      enumConstant(i).ifPresent(c -> mentioned.add(c.getDeclaringClass().getSimpleName() + "." + c.name()));
    }
    patterns(label, when + 1, then - 1, when, end);
    tests(label, when + 1, then - 1, mentioned);
    operandsIn(label, when + 1, then - 1);
    consequence(label, then + 1, end - 1, mentioned);
    return end;
  }

  private int function(int at) {
    int open = at;
    while (open < tokens.size() && !t(open).is("{")) {
      open++;
    }
    if (open >= tokens.size()) {
      return tokens.size() - 1;
    }
    int close = DrlTokens.closing(tokens, open);
    int paren = at;
    while (paren < open && !t(paren).is("(")) {
      paren++;
    }
    String label = "function " + (paren > at ? t(paren - 1).text() : "?");
    constants = constantsIn(open, close);
    Set<String> mentioned = new HashSet<>();
    for (int i = open + 1; i < close; i++) {
      enumConstant(i).ifPresent(c -> mentioned.add(c.getDeclaringClass().getSimpleName() + "." + c.name()));
    }
    tests(label, open + 1, close - 1, mentioned);
    items(label, open + 1, close - 1);
    operandsIn(label, open + 1, close - 1);
    return close;
  }

  // --- patterns and constraints

  private void patterns(String label, int from, int to, int ruleFrom, int ruleTo) {
    int j = from;
    while (j <= to) {
      int start = j;
      String binding = null;
      if (t(j).kind() == Kind.WORD && t(j).text().startsWith("$") && j + 1 <= to && t(j + 1).is(":")) {
        binding = t(j).text();
        j += 2;
      }
      int negation = -1;
      if (j <= to && (t(j).is("not") || t(j).is("exists"))) {
        negation = j++;
      }
      int type = -1;
      int open;
      if (j + 1 <= to && t(j).kind() == Kind.WORD && t(j + 1).is("(")) {
        type = j;
        open = j + 1;
      } else if (j <= to && t(j).is("(")) {
        open = j;
      } else {
        j++;
        continue;
      }
      int close = DrlTokens.closing(tokens, open);
      j = close + 1;
      if (j <= to && t(j).is("from")) {
        int line = t(j).line();
        j++;
        while (j <= to && t(j).line() == line) {
          j = t(j).kind() == Kind.SYMBOL && "({[".contains(t(j).text()) ? DrlTokens.closing(tokens, j) + 1 : j + 1;
        }
      }
      int last = j - 1;
      boolean bindingUsed = binding != null && usedOutside(binding, ruleFrom, ruleTo, start, last);
      String pattern = snippet(start, last);
      if (!bindingUsed) {
        add(MutationOperator.REMOVE_PATTERN, t(start).line(), label, "no longer requires `" + pattern + "`",
            new Edit(t(start).start(), t(last).end(), ""));
      }
      if (negation >= 0 && t(negation).is("not")) {
        add(MutationOperator.NEGATE_PATTERN, t(negation).line(), label,
            "requires `" + snippet(negation + 1, last) + "` instead of `" + snippet(negation, last) + "`",
            new Edit(t(negation).start(), t(negation + 1).start(), ""));
      } else if (negation >= 0) {
        add(MutationOperator.NEGATE_PATTERN, t(negation).line(), label,
            "requires `not " + snippet(negation + 1, last) + "` instead of `" + snippet(negation, last) + "`",
            new Edit(t(negation).start(), t(negation).end(), "not"));
      } else if (!bindingUsed) {
        int body = binding == null ? start : start + 2;
        add(MutationOperator.NEGATE_PATTERN, t(start).line(), label,
            "requires `not " + snippet(body, last) + "` instead of `" + snippet(body, last) + "`",
            new Edit(t(start).start(), t(body).start(), "not "));
      }
      if (type >= 0 && Character.isUpperCase(t(type).text().charAt(0))) {
        constraints(label, open, close, ruleFrom, ruleTo);
      }
    }
  }

  private void constraints(String label, int open, int close, int ruleFrom, int ruleTo) {
    List<Range> parts = split(open + 1, close - 1, ",");
    for (int k = 0; k < parts.size(); k++) {
      Range part = parts.get(k);
      boolean binds = false;
      for (int i = part.from(); i < part.to(); i++) {
        if (t(i).text().startsWith("$") && t(i + 1).is(":") && usedOutside(t(i).text(), ruleFrom, ruleTo, part.from(),
            part.to())) {
          binds = true;
        }
      }
      if (binds) {
        continue;
      }
      Edit edit;
      if (k < parts.size() - 1) {
        edit = new Edit(t(part.from()).start(), t(parts.get(k + 1).from()).start(), "");
      } else if (k > 0) {
        edit = new Edit(t(parts.get(k - 1).to()).end(), t(part.to()).end(), "");
      } else {
        edit = new Edit(t(part.from()).start(), t(part.to()).end(), "");
      }
      add(MutationOperator.REMOVE_CONSTRAINT, t(part.from()).line(), label,
          "no longer tests `" + snippet(part.from(), part.to()) + "`", edit);
    }
  }

  private boolean usedOutside(String word, int from, int to, int exceptFrom, int exceptTo) {
    for (int i = from; i <= to; i++) {
      if ((i < exceptFrom || i > exceptTo) && t(i).is(word)) {
        return true;
      }
    }
    return false;
  }

  // --- operands of || and &&

  /** Every bracket's content in the range, as a list of expressions. */
  private void operandsIn(String label, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (t(i).is("(")) {
        items(label, i + 1, DrlTokens.closing(tokens, i) - 1);
      }
    }
  }

  /** The expressions separated by {@code ,} or {@code ;} in the range, each split at its {@code ||} and {@code &&}. */
  private void items(String label, int from, int to) {
    for (Range item : split(from, to, ",", ";")) {
      int start = item.from();
      int assignment = indexOf("=", item.from(), item.to());
      if (assignment >= 0) {
        start = assignment + 1;
      } else if (t(start).is("return")) {
        start++;
      }
      if (start > item.to()) {
        continue;
      }
      List<Range> ors = split(start, item.to(), "||");
      drop(label, ors, "ignores");
      for (Range or : ors) {
        drop(label, split(or.from(), or.to(), "&&"), "no longer requires");
      }
    }
  }

  private void drop(String label, List<Range> operands, String verb) {
    if (operands.size() < 2) {
      return;
    }
    for (int k = 0; k < operands.size(); k++) {
      Range operand = operands.get(k);
      Edit edit = k < operands.size() - 1
          ? new Edit(t(operand.from()).start(), t(operands.get(k + 1).from()).start(), "")
          : new Edit(t(operands.get(k - 1).to()).end(), t(operand.to()).end(), "");
      add(MutationOperator.DROP_OPERAND, t(operand.from()).line(), label,
          verb + " `" + snippet(operand.from(), operand.to()) + "`", edit);
    }
  }

  /** The range split at the symbols, at bracket depth 0; empty parts are left out. */
  private List<Range> split(int from, int to, String... separators) {
    List<Range> parts = new ArrayList<>();
    List<String> split = Arrays.asList(separators);
    int depth = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      Token token = t(i);
      int nesting = nesting(token);
      if (nesting != 0) {
        depth += nesting;
      } else if (depth == 0 && token.kind() == Kind.SYMBOL && split.contains(token.text())) {
        if (i > start) {
          parts.add(new Range(start, i - 1));
        }
        start = i + 1;
      }
    }
    if (to >= start) {
      parts.add(new Range(start, to));
    }
    return parts;
  }

  // --- tests and constants in conditions

  private void tests(String label, int from, int to, Set<String> mentioned) {
    for (int i = from; i <= to; i++) {
      Token token = t(i);
      if (token.is("==") || token.is("!=")) {
        String flipped = token.is("==") ? "!=" : "==";
        add(MutationOperator.FLIP_TEST, token.line(), label,
            "tests `" + flipped + "` instead of `" + token.text() + "` in `" + around(i, from, to) + "`",
            new Edit(token.start(), token.end(), flipped));
      } else if ((token.is("contains") || token.is("in") && i + 1 <= to && t(i + 1).is("(")) && i > from
          && !t(i - 1).is(".")) {
        if (t(i - 1).is("not")) {
          add(MutationOperator.FLIP_TEST, token.line(), label,
              "tests `" + token.text() + "` instead of `not " + token.text() + "` in `" + around(i, from, to) + "`",
              new Edit(t(i - 1).start(), token.start(), ""));
        } else {
          add(MutationOperator.FLIP_TEST, token.line(), label,
              "tests `not " + token.text() + "` instead of `" + token.text() + "` in `" + around(i, from, to) + "`",
              new Edit(token.start(), token.start(), "not "));
        }
      } else if (token.is("isEmpty") && i + 2 <= to && t(i + 1).is("(") && t(i + 2).is(")") && i > from
          && t(i - 1).is(".")) {
        int start = pathStart(i, from);
        String path = snippet(start, i + 2);
        if (start > from && t(start - 1).is("!")) {
          add(MutationOperator.FLIP_TEST, t(start).line(), label, "tests `" + path + "` instead of `!" + path + "`",
              new Edit(t(start - 1).start(), t(start).start(), ""));
        } else {
          add(MutationOperator.FLIP_TEST, t(start).line(), label, "tests `!" + path + "` instead of `" + path + "`",
              new Edit(t(start).start(), t(start).start(), "!"));
        }
      }
      Optional<Enum<?>> constant = enumConstant(i);
      Token name = i + 2 < tokens.size() ? t(i + 2) : token;
      if (constant.isPresent()) {
        replacement(constant.get(), mentioned).ifPresent(other -> add(
            MutationOperator.SWAP_CONDITION_CONSTANT, token.line(), label,
            "tests " + qualified(other) + " instead of " + qualified(constant.get()),
            new Edit(name.start(), name.end(), other.name()), other));
      }
    }
  }

  /** The first token of the dotted path ({@code a.b().c}) whose last part is the token at {@code i}. */
  private int pathStart(int i, int from) {
    int start = i;
    while (start - 2 >= from && t(start - 1).is(".")) {
      int previous = start - 2;
      if (t(previous).is(")")) {
        previous = opening(previous, from);
        if (previous - 1 >= from && t(previous - 1).kind() == Kind.WORD) {
          previous--;
        }
      } else if (t(previous).kind() != Kind.WORD) {
        break;
      }
      start = previous;
    }
    return start;
  }

  private int opening(int close, int from) {
    int depth = 0;
    for (int i = close; i >= from; i--) {
      if (t(i).is(")")) {
        depth++;
      } else if (t(i).is("(")) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return from;
  }

  private void consequence(String label, int from, int to, Set<String> mentioned) {
    for (int i = from; i <= to; i++) {
      Optional<Enum<?>> constant = enumConstant(i);
      int at = i;
      if (constant.isPresent()) {
        replacement(constant.get(), mentioned).ifPresent(other -> add(
            MutationOperator.SWAP_CONSEQUENCE_CONSTANT, t(at).line(), label,
            "concludes " + qualified(other) + " instead of " + qualified(constant.get()),
            new Edit(t(at + 2).start(), t(at + 2).end(), other.name()), other));
      } else if (isTypeReference(i) && i + 3 <= to && t(i + 3).is("(")) {
        Optional<Class<?>> type = resolve(t(i).text());
        if (type.isPresent()) {
          sibling(type.get(), t(i + 2).text()).ifPresent(other -> add(
              MutationOperator.SWAP_CONSEQUENCE_CONSTANT, t(at).line(), label,
              "concludes " + t(at).text() + "." + other + " instead of " + t(at).text() + "." + t(at + 2).text(),
              new Edit(t(at + 2).start(), t(at + 2).end(), other)));
        }
      }
    }
  }

  /** Another public static method of {@code type} taking the same parameters and returning the same type. */
  private static Optional<String> sibling(Class<?> type, String method) {
    List<Method> statics = Arrays.stream(type.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type)
        .toList();
    Optional<Method> original = statics.stream().filter(m -> m.getName().equals(method)).findFirst();
    if (original.isEmpty() || statics.stream().filter(m -> m.getName().equals(method)).count() > 1) {
      return Optional.empty();
    }
    List<String> siblings = statics.stream()
        .filter(m -> Arrays.equals(m.getParameterTypes(), original.get().getParameterTypes())
            && m.getReturnType() == original.get().getReturnType())
        .map(Method::getName)
        .distinct()
        .sorted()
        .toList();
    if (siblings.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(siblings.get((siblings.indexOf(method) + 1) % siblings.size()));
  }

  /** The next constant of the same enum, in declaration order, that the rule does not mention (else the next one). */
  private static Optional<Enum<?>> replacement(Enum<?> constant, Set<String> mentioned) {
    Enum<?>[] all = constant.getDeclaringClass().getEnumConstants();
    if (all.length < 2) {
      return Optional.empty();
    }
    for (int k = 1; k < all.length; k++) {
      Enum<?> other = all[(constant.ordinal() + k) % all.length];
      if (!mentioned.contains(qualified(other))) {
        return Optional.of(other);
      }
    }
    return Optional.of(all[(constant.ordinal() + 1) % all.length]);
  }

  private static String qualified(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }

  private boolean isTypeReference(int i) {
    return i + 2 < tokens.size() && t(i).kind() == Kind.WORD && Character.isUpperCase(t(i).text().charAt(0))
        && (i == 0 || !t(i - 1).is(".")) && t(i + 1).is(".") && t(i + 2).kind() == Kind.WORD;
  }

  /** The enum constant {@code Type.CONSTANT} starting at token {@code i}, if that is one. */
  private Optional<Enum<?>> enumConstant(int i) {
    if (!isTypeReference(i) || i + 3 < tokens.size() && t(i + 3).is("(")) {
      return Optional.empty();
    }
    Optional<Class<?>> type = resolve(t(i).text());
    if (type.isEmpty() || !type.get().isEnum()) {
      return Optional.empty();
    }
    for (Object constant : type.get().getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(t(i + 2).text())) {
        return Optional.of((Enum<?>) constant);
      }
    }
    return Optional.empty();
  }

  private Optional<Class<?>> resolve(String simpleName) {
    return classes.computeIfAbsent(simpleName, name -> {
      List<String> candidates = new ArrayList<>();
      for (String imported : imports) {
        if (imported.endsWith("." + name)) {
          candidates.add(0, imported);
        } else if (imported.endsWith(".*")) {
          candidates.add(imported.substring(0, imported.length() - 1) + name);
        }
      }
      candidates.add("java.lang." + name);
      for (String candidate : candidates) {
        try {
          return Optional.of(Class.forName(candidate, false, DrlMutator.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          // not this one
        }
      }
      return Optional.empty();
    });
  }

  // --- text

  private void add(MutationOperator operator, int line, String rule, String change, Edit edit) {
    candidates.add(new Candidate(operator, line, rule, change, edit, constants));
  }

  private void add(MutationOperator operator, int line, String rule, String change, Edit edit, Enum<?> other) {
    Set<Enum<?>> with = new LinkedHashSet<>(constants);
    with.add(other);
    candidates.add(new Candidate(operator, line, rule, change, edit, Set.copyOf(with)));
  }

  private Set<Enum<?>> constantsIn(int from, int to) {
    Set<Enum<?>> found = new LinkedHashSet<>();
    for (int i = from; i <= to; i++) {
      enumConstant(i).ifPresent(found::add);
    }
    return Set.copyOf(found);
  }

  /** The source text of the tokens, on one line. */
  private String snippet(int from, int to) {
    String snippet = text.substring(t(from).start(), t(to).end()).replaceAll("\\s+", " ");
    return snippet.length() <= 100 ? snippet : snippet.substring(0, 97) + "...";
  }

  /** The constraint around token {@code i}: the tokens between the nearest {@code , ( ) || &&} either side. */
  private String around(int i, int from, int to) {
    int start = i;
    while (start - 1 >= from && (t(start - 1).is(")") || !isBoundary(start - 1))) {
      start = t(start - 1).is(")") ? opening(start - 1, from) : start - 1;
    }
    int end = i;
    while (end + 1 <= to && (t(end + 1).is("(") || !isBoundary(end + 1))) {
      end = t(end + 1).is("(") ? DrlTokens.closing(tokens, end + 1) : end + 1;
    }
    return snippet(start, end);
  }

  private boolean isBoundary(int i) {
    Token token = t(i);
    return token.is(",") || token.is("(") || token.is(")") || token.is("||") || token.is("&&") || token.is(";")
        || token.is("{") || token.is("}");
  }
}

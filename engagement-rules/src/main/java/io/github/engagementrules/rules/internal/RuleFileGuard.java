package io.github.engagementrules.rules.internal;

import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleProblem.Severity;
import io.github.engagementrules.rules.RuleProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks rule files, before they are compiled, against an allow-list of the types their imports, globals, conditions,
 * consequences and functions may reach: by default the model package and plain value types ({@code java.lang.String},
 * {@code java.lang.Math}, boxed numbers, {@code java.util} collections). {@code System}, {@code Runtime},
 * {@code ProcessBuilder}, threads, class loaders, reflection, files and the network are rejected with
 * {@code file:line:column}, whether imported, named fully qualified or reached through {@code java.lang}.
 *
 * <p>This is defence in depth, not a sandbox: Drools compiles rules to code that runs with the application's
 * permissions, and Java no longer has a Security Manager to contain it. The guard reads the text (comments and
 * string literals blanked out) and resolves type names the way the compiler would; it stops the obvious and the
 * accidental, and makes any access beyond plain values an explicit decision of the embedding application. Immutable
 * (a guard that {@link #remembering remembers} files keeps only what it found in them, which cannot change) and
 * thread-safe.
 */
public final class RuleFileGuard {
  /** Types and packages rule files may use unless the application allows more. */
  public static final Set<String> DEFAULT_ALLOWED =
      Set.of(
          "io.github.engagementrules.model",
          "java.lang.String", "java.lang.CharSequence", "java.lang.StringBuilder", "java.lang.Math",
          "java.lang.Object", "java.lang.Number", "java.lang.Integer", "java.lang.Long", "java.lang.Short",
          "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character",
          "java.lang.Enum", "java.lang.Comparable", "java.lang.Iterable", "java.lang.RuntimeException",
          "java.lang.IllegalStateException", "java.lang.IllegalArgumentException",
          "java.lang.UnsupportedOperationException", "java.lang.ArithmeticException",
          "java.util.Collection", "java.util.List", "java.util.Set", "java.util.Map", "java.util.ArrayList",
          "java.util.LinkedList", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
          "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.EnumSet",
          "java.util.EnumMap", "java.util.Collections", "java.util.Arrays", "java.util.Objects",
          "java.util.Optional", "java.util.Iterator", "java.util.Comparator");

  /** Members that reach reflection or class loading from any object; allowed only with {@code java.lang.Class}. */
  private static final Set<String> REFLECTIVE_MEMBERS =
      Set.of(
          "class", "getClass", "forName", "getClassLoader", "getDeclaredMethod", "getDeclaredMethods", "getMethod",
          "getMethods", "getDeclaredField", "getDeclaredFields", "getField", "getFields", "getDeclaredConstructor",
          "getDeclaredConstructors", "getConstructor", "getConstructors", "newInstance", "setAccessible",
          "getContextClassLoader");

  private static final String REFLECTION = "java.lang.Class";
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");
  private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)");
  private static final Pattern IMPORT =
      Pattern.compile("\\bimport\\s+(?:(?:static|function|accumulate)\\s+)?([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*(?:[A-Za-z_$][\\w$]*|\\*))*)");
  private static final Pattern GLOBAL = Pattern.compile("\\bglobal\\s+([A-Za-z_$][\\w$.]*)");
  /** A lower-case dotted prefix followed by a capitalised name: {@code java.io.File}, {@code java . lang . System}. */
  private static final Pattern QUALIFIED =
      Pattern.compile("(?<![\\w$.])([a-z_][\\w$]*(?:\\s*\\.\\s*[a-z_][\\w$]*)*)\\s*\\.\\s*([A-Z][\\w$]*)");
  /** A capitalised name not reached through a dot: a type resolved by imports, its own package or java.lang. */
  private static final Pattern SIMPLE_TYPE = Pattern.compile("(?<![\\w$.])([A-Z][\\w$]*)");
  private static final Pattern MEMBER = Pattern.compile("\\.\\s*([A-Za-z_$][\\w$]*)");

  private final Set<String> allowed;
  private final ClassLoader classes;
  private final boolean requireApproved;
  /** The files whose problems are found once and remembered; the others are checked each time. */
  private final Set<RuleFile> remembered;
  private final Map<RuleFile, List<RuleProblem>> problemsOf = new ConcurrentHashMap<>();

  private RuleFileGuard(Set<String> allowed, boolean requireApproved, Set<RuleFile> remembered) {
    this.allowed = Set.copyOf(allowed);
    this.classes = RuleFileGuard.class.getClassLoader();
    this.requireApproved = requireApproved;
    this.remembered = Set.copyOf(remembered);
  }

  private RuleFileGuard(Set<String> allowed, boolean requireApproved) {
    this(allowed, requireApproved, Set.of());
  }

  /**
   * This guard, remembering what it finds in {@code files}: a mutation analysis checks the same unchanged files again
   * for every mutant of another one. A file is remembered by its name and text.
   */
  RuleFileGuard remembering(Collection<RuleFile> files) {
    return new RuleFileGuard(allowed, requireApproved, Set.copyOf(files));
  }

  /**
   * This guard, also refusing a rule base with a local interpretation the policy owner has not approved as it is
   * written now (checked by the compiler once the rules' texts are known).
   */
  public RuleFileGuard requiringApproval() {
    return new RuleFileGuard(allowed, true, remembered);
  }

  /** Whether a rule base must have every local interpretation approved to be used. */
  public boolean requiresApproval() {
    return requireApproved;
  }

  /** The guard with {@link #DEFAULT_ALLOWED}. */
  public static RuleFileGuard defaults() {
    return new RuleFileGuard(DEFAULT_ALLOWED, false);
  }

  /**
   * The default guard widened by the given types and packages.
   *
   * @param typesOrPackages qualified type names ({@code java.time.LocalDate}) or packages ({@code java.time}, which
   *     allows that package's types but not its sub-packages)
   * @throws IllegalArgumentException when a name is blank or not a dotted Java name
   */
  public static RuleFileGuard allowing(Set<String> typesOrPackages) {
    Set<String> all = new LinkedHashSet<>(DEFAULT_ALLOWED);
    for (String name : typesOrPackages) {
      if (name == null || !name.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
        throw new IllegalArgumentException("allowRuleAccessTo: not a qualified type or package name: '" + name + "'");
      }
      all.add(name);
    }
    return new RuleFileGuard(all, false);
  }

  /** The types and packages this guard allows. */
  public Set<String> allowed() {
    return allowed;
  }

  /** Every use of a type or member outside the allow-list, as errors at {@code file:line:column}, in file order. */
  public List<RuleProblem> check(List<RuleFile> sources) {
    List<RuleProblem> problems = new ArrayList<>();
    for (RuleFile source : sources) {
      problems.addAll(remembered.contains(source) ? problemsOf.computeIfAbsent(source, this::check) : check(source));
    }
    return problems;
  }

  private List<RuleProblem> check(RuleFile source) {
    List<RuleProblem> problems = new ArrayList<>();
    check(source, problems);
    return List.copyOf(problems);
  }

  private void check(RuleFile source, List<RuleProblem> problems) {
    String raw = source.content();
    // Java reads unicode escapes before anything else, even in comments and strings: one could hide a name.
    Matcher escape = UNICODE_ESCAPE.matcher(raw);
    if (escape.find()) {
      problems.add(problem(source, raw, escape.start(), "unicode escapes (\\uXXXX) are not allowed in rule files;"
          + " write the character itself"));
    }
    String code = blankCommentsAndStrings(raw);
    Set<Integer> reported = new HashSet<>();
    Map<String, Boolean> resolved = new HashMap<>();
    Optional<String> ownPackage = find(PACKAGE, code).map(RuleFileGuard::undotted);
    List<String> wildcardPackages = new ArrayList<>();
    Map<String, String> importedTypes = new HashMap<>();
    Matcher imports = IMPORT.matcher(code);
    while (imports.find()) {
      String name = undotted(imports.group(1));
      reported.add(imports.start(1));
      if (name.endsWith(".*")) {
        // Harmless in itself: each name it brings in is resolved, and checked, where it is used.
        wildcardPackages.add(name.substring(0, name.length() - 2));
      } else {
        String type = typePart(name, resolved);
        importedTypes.put(type.substring(type.lastIndexOf('.') + 1), type);
        if (!isAllowed(type)) {
          problems.add(problem(source, raw, imports.start(1), "import of '" + name + "' is not allowed in rule files"
              + allowedHint()));
        }
      }
    }
    Matcher global = GLOBAL.matcher(code);
    while (global.find()) {
      // A simple type name is resolved below like any other; a qualified one is checked here.
      String type = global.group(1);
      if (type.contains(".") && !isAllowed(type)) {
        reported.add(global.start(1));
        problems.add(problem(source, raw, global.start(1), "global of type '" + type + "' is not allowed in rule files"
            + allowedHint()));
      }
    }
    Matcher qualified = QUALIFIED.matcher(code);
    while (qualified.find()) {
      if (reported.contains(qualified.start(1))) {
        continue;
      }
      String name = undotted(qualified.group(1)) + "." + qualified.group(2);
      if (resolves(name, resolved) && !isAllowed(name)) {
        reported.add(qualified.start(1));
        problems.add(problem(source, raw, qualified.start(1), "'" + name + "' is not allowed in rule files"
            + allowedHint()));
      }
    }
    List<String> candidatePackages = new ArrayList<>(wildcardPackages);
    ownPackage.ifPresent(candidatePackages::add);
    candidatePackages.add("java.lang");
    Matcher simple = SIMPLE_TYPE.matcher(code);
    while (simple.find()) {
      String name = simple.group(1);
      if (importedTypes.containsKey(name) || reported.contains(simple.start(1))) {
        continue; // an explicit import wins, and was checked above
      }
      for (String pkg : candidatePackages) {
        String candidate = pkg + "." + name;
        if (resolves(candidate, resolved) && !isAllowed(candidate)) {
          problems.add(problem(source, raw, simple.start(1), "'" + name + "' (" + candidate
              + ") is not allowed in rule files" + allowedHint()));
          break;
        }
      }
    }
    if (!isAllowed(REFLECTION)) {
      Matcher member = MEMBER.matcher(code);
      while (member.find()) {
        if (REFLECTIVE_MEMBERS.contains(member.group(1))) {
          problems.add(problem(source, raw, member.start(1), "'" + member.group(1)
              + "' reaches reflection or class loading, which is not allowed in rule files" + allowedHint()));
        }
      }
    }
  }

  private boolean isAllowed(String qualifiedName) {
    if (allowed.contains(qualifiedName)) {
      return true;
    }
    // A type in an allowed package, or a nested type of an allowed type (java.util.Map.Entry).
    int dot = qualifiedName.lastIndexOf('.');
    return dot > 0 && allowed.contains(qualifiedName.substring(0, dot));
  }

  /** The type named by an import: {@code a.b.C} for {@code import static a.b.C.method}. */
  private String typePart(String imported, Map<String, Boolean> resolved) {
    String name = imported;
    while (name.contains(".") && !resolves(name, resolved) && Character.isLowerCase(last(name).charAt(0))) {
      name = name.substring(0, name.lastIndexOf('.')); // a static member or function, not a type
    }
    return name;
  }

  private static String last(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  /** Whether the name is a loadable class (not initialised); memoised per file, as most lookups miss. */
  private boolean resolves(String qualifiedName, Map<String, Boolean> resolved) {
    return resolved.computeIfAbsent(
        qualifiedName,
        name -> {
          try {
            Class.forName(name, false, classes);
            return true;
          } catch (ClassNotFoundException | LinkageError e) {
            return false;
          }
        });
  }

  private String allowedHint() {
    return " (rule files may use the model package and plain value types; an application can allow more with"
        + " EngagementRules.Builder.allowRuleAccessTo)";
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String undotted(String name) {
    return name.replaceAll("\\s+", "");
  }

  /**
   * The text with comments and string or character literals replaced by spaces (line breaks kept), so that what is
   * left is code and every offset still points at the same line and column.
   */
  static String blankCommentsAndStrings(String text) {
    StringBuilder code = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        i = blank(code, i, end < 0 ? text.length() : end);
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = blank(code, i, end < 0 ? text.length() : end + 2);
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        i = blank(code, i, Math.min(end + 1, text.length()));
      } else {
        i++;
      }
    }
    return code.toString();
  }

  private static int blank(StringBuilder code, int from, int to) {
    for (int i = from; i < to; i++) {
      if (code.charAt(i) != '\n') {
        code.setCharAt(i, ' ');
      }
    }
    return to;
  }

  private static RuleProblem problem(RuleFile source, String text, int offset, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return RuleProblem.builder()
        .file(source.name())
        .line(line)
        .column(offset - lineStart + 1)
        .message(message)
        .severity(Severity.ERROR)
        .build();
  }
}

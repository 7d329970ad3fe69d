package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.authoring.internal.ModelShape.EnumField;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What the rules test about their inputs, read from the DRL with Drools' own parser: in every rule's conditions and
 * every {@code function} body, the enum constants of the opportunity's fields ({@code OpportunityKind.SCHOOL},
 * {@code StakeholderType.MP}, ...), emptiness and size tests of its sets, its boolean flags and the borough's, the
 * roster posts tested present ({@code RosterPost(role == Role.X)}) or absent ({@code not RosterPost(...)}), and
 * {@code Ward} patterns, and the posts whose judgement a rule answers. Each is kept with its {@link Origin}. Nothing is listed in Java: a constant a rule file adds
 * is found like the others.
 */
final class RuleConditions {
  /** Where a test is made: the rule file, the line, and the rule or function. */
  record Origin(String file, int line, String where) {
    @Override
    public String toString() {
      return file + ":" + line + " (" + where + ")";
    }
  }

  /** Constants of one field that one rule or function tests together. */
  record Group(EnumField field, Set<Enum<?>> constants, Origin origin) {}

  /** A size test, such as {@code requests.size() == 1}. */
  record SizeTest(EnumField field, int bound, Origin origin) {}

  private static final Pattern CONSTANT = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\s*\\.\\s*([A-Z][A-Z0-9_]*)\\b");
  private static final Pattern COLLECTION_TEST = Pattern.compile(
      "\\b([a-z][A-Za-z0-9]*)\\s*(?:\\(\\s*\\))?\\s*\\.\\s*(isEmpty|size)\\s*\\(\\s*\\)"
          + "(?:\\s*(?:==|!=|>=|<=|>|<)\\s*(\\d+))?");
  private static final Pattern WORD = Pattern.compile("\\b[a-z][A-Za-z0-9]*\\b");
  /** {@code judgedToEngage contains Role.X} or {@code judgedNotToEngage contains Role.X}: a judgement the rules answer. */
  private static final Pattern JUDGED = Pattern.compile(
      "\\bjudged(?:To|NotTo)Engage\\s+(?:not\\s+)?contains\\s+Role\\s*\\.\\s*([A-Z][A-Z0-9_]*)\\b");

  private final ModelShape shape;
  final Map<Enum<?>, List<Origin>> constants = new LinkedHashMap<>();
  final List<Group> groups = new ArrayList<>();
  final Map<EnumField, List<Origin>> emptinessTests = new LinkedHashMap<>();
  final List<SizeTest> sizeTests = new ArrayList<>();
  final Map<String, List<Origin>> flags = new LinkedHashMap<>();
  final Map<Role, List<Origin>> postsPresent = new LinkedHashMap<>();
  final Map<Role, List<Origin>> postsAbsent = new LinkedHashMap<>();
  final List<Origin> wardPresent = new ArrayList<>();
  final List<Origin> wardAbsent = new ArrayList<>();
  /** The posts whose judgement some rule answers ({@code judgedToEngage contains Role.X}). */
  final Map<Role, List<Origin>> judges = new LinkedHashMap<>();
  int files;
  int rules;
  int functions;

  private RuleConditions(ModelShape shape) {
    this.shape = shape;
  }

  /**
   * Reads the tests of every rule and function in the files.
   *
   * @throws EngagementException {@link ErrorCode#RULE_COMPILATION} naming the file when one does not parse
   */
  static RuleConditions read(List<RuleFile> sources) {
    RuleConditions conditions = new RuleConditions(ModelShape.INSTANCE);
    for (RuleFile source : sources) {
      if (source.name().endsWith(".drl")) { // precedence.json and other data files hold no conditions
        conditions.readFile(source);
      }
    }
    return conditions;
  }

  private void readFile(RuleFile source) {
    files++;
    DrlParser parser = new DrlParser();
    PackageDescr drl;
    try {
      drl = parser.parse(false, source.content());
    } catch (DroolsParserException e) {
      throw new EngagementException(ErrorCode.RULE_COMPILATION, "rules", source.name() + ": " + e.getMessage(), e);
    }
    if (parser.hasErrors() || drl == null) {
      throw new EngagementException(
          ErrorCode.RULE_COMPILATION, "rules", source.name() + ": does not parse: " + parser.getErrors());
    }
    Text text = new Text(source);
    for (FunctionDescr function : drl.getFunctions()) {
      functions++;
      int at = source.content().indexOf(function.getBody());
      Scan scan = new Scan(text, "function " + function.getName() + "()");
      scan.text(function.getBody(), at >= 0 ? at : -1, function.getLine(), Context.PLAIN);
      scan.finish();
    }
    for (RuleDescr rule : drl.getRules()) {
      rules++;
      Scan scan = new Scan(text, "rule \"" + rule.getName() + "\"");
      scan.descr(rule.getLhs(), false);
      scan.finish();
    }
  }

  private enum Context { PLAIN, ROSTER_POST, NOT_ROSTER_POST }

  /** A rule file's text, to turn offsets into line numbers. */
  private static final class Text {
    final RuleFile source;
    final List<Integer> lineStarts = new ArrayList<>();

    Text(RuleFile source) {
      this.source = source;
      lineStarts.add(0);
      String content = source.content();
      for (int i = 0; i < content.length(); i++) {
        if (content.charAt(i) == '\n') {
          lineStarts.add(i + 1);
        }
      }
    }

    int line(int offset) {
      int low = 0;
      int high = lineStarts.size() - 1;
      while (low < high) {
        int mid = (low + high + 1) / 2;
        if (lineStarts.get(mid) <= offset) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      return low + 1;
    }

    /** The text a descriptor spans, when the parser gave its offsets. */
    Optional<String> span(BaseDescr descr) {
      int start = descr.getStartCharacter();
      int end = descr.getEndCharacter();
      String content = source.content();
      if (start < 0 || end < start || end > content.length()) {
        return Optional.empty();
      }
      return Optional.of(content.substring(start, Math.min(content.length(), end + 1)));
    }
  }

  /** One rule's or function's tests, gathered to record which constants it tests together. */
  private final class Scan {
    final Text text;
    final String where;
    final Map<EnumField, Set<Enum<?>>> together = new LinkedHashMap<>();
    Origin first;

    Scan(Text text, String where) {
      this.text = text;
      this.where = where;
    }

    void descr(BaseDescr descr, boolean negated) {
      if (descr instanceof PatternDescr pattern) {
        pattern(pattern, negated);
      } else if (descr instanceof EvalDescr eval) {
        text(String.valueOf(eval.getContent()), -1, eval.getLine(), Context.PLAIN);
      } else if (descr instanceof ConditionalElementDescr element) {
        boolean not = negated || descr instanceof NotDescr;
        for (BaseDescr child : element.getDescrs()) {
          descr(child, not);
        }
      } else {
        text.span(descr).ifPresent(s -> text(s, descr.getStartCharacter(), descr.getLine(), Context.PLAIN));
      }
    }

    private void pattern(PatternDescr pattern, boolean negated) {
      String type = pattern.getObjectType() == null ? "" : pattern.getObjectType();
      type = type.substring(type.lastIndexOf('.') + 1);
      Origin origin = origin(pattern.getLine());
      if (type.equals("Ward")) {
        (negated ? wardAbsent : wardPresent).add(origin);
      }
      Context context = !type.equals("RosterPost") ? Context.PLAIN
          : negated ? Context.NOT_ROSTER_POST : Context.ROSTER_POST;
      Optional<String> span = text.span(pattern);
      if (span.isPresent()) {
        text(span.get(), pattern.getStartCharacter(), pattern.getLine(), context);
      } else {
        for (BaseDescr constraint : pattern.getDescrs()) {
          text(constraint.getText() == null ? String.valueOf(constraint) : constraint.getText(), -1,
              constraint.getLine(), context);
        }
      }
      PatternSourceDescr source = pattern.getSource();
      if (source instanceof ConditionalElementDescr element) {
        for (BaseDescr child : element.getDescrs()) {
          descr(child, negated);
        }
      }
      if (source != null && source.getText() != null) {
        text(source.getText(), -1, source.getLine() > 0 ? source.getLine() : pattern.getLine(), Context.PLAIN);
      }
    }

    /** Records the tests in {@code code}, which starts at {@code offset} in the file (or -1) on {@code line}. */
    void text(String code, int offset, int line, Context context) {
      Matcher constant = CONSTANT.matcher(code);
      while (constant.find()) {
        Origin origin = origin(lineOf(code, constant.start(), offset, line));
        String type = constant.group(1);
        String name = constant.group(2);
        if (type.equals("Role") && context != Context.PLAIN) {
          role(name).ifPresent(role ->
              (context == Context.ROSTER_POST ? postsPresent : postsAbsent)
                  .computeIfAbsent(role, r -> new ArrayList<>()).add(origin));
          continue;
        }
        for (EnumField field : shape.enumFields().values()) {
          if (field.type().getSimpleName().equals(type)) {
            constantOf(field, name).ifPresent(value -> {
              constants.computeIfAbsent(value, v -> new ArrayList<>()).add(origin);
              together.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(value);
            });
          }
        }
      }
      Matcher test = COLLECTION_TEST.matcher(code);
      while (test.find()) {
        Origin origin = origin(lineOf(code, test.start(), offset, line));
        shape.fieldNamed(test.group(1)).filter(EnumField::many).ifPresent(field -> {
          if (test.group(2).equals("isEmpty")) {
            emptinessTests.computeIfAbsent(field, f -> new ArrayList<>()).add(origin);
          } else if (test.group(3) != null) {
            sizeTests.add(new SizeTest(field, Integer.parseInt(test.group(3)), origin));
          }
        });
      }
      Matcher judged = JUDGED.matcher(code);
      while (judged.find()) {
        Origin origin = origin(lineOf(code, judged.start(), offset, line));
        role(judged.group(1)).ifPresent(role -> judges.computeIfAbsent(role, r -> new ArrayList<>()).add(origin));
      }
      Matcher word = WORD.matcher(code);
      while (word.find()) {
        String name = word.group();
        if (shape.opportunityFlags().contains(name) || shape.boroughFlags().contains(name)) {
          flags.computeIfAbsent(name, n -> new ArrayList<>()).add(origin(lineOf(code, word.start(), offset, line)));
        }
      }
    }

    void finish() {
      together.forEach((field, values) -> {
        if (values.size() > 1) {
          groups.add(new Group(field, Set.copyOf(values), first));
        }
      });
    }

    private Origin origin(int line) {
      String file = text.source.name();
      if (file.startsWith(RuleFiles.BUILT_IN_FOLDER)) {
        file = file.substring(RuleFiles.BUILT_IN_FOLDER.length());
      }
      Origin origin = new Origin(file, line, where);
      if (first == null) {
        first = origin;
      }
      return origin;
    }

    private int lineOf(String code, int index, int offset, int line) {
      if (offset >= 0) {
        return text.line(offset + index);
      }
      int newlines = 0;
      for (int i = 0; i < index; i++) {
        if (code.charAt(i) == '\n') {
          newlines++;
        }
      }
      return line + newlines;
    }
  }

  private static Optional<Role> role(String name) {
    for (Role role : Role.values()) {
      if (role.name().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private static Optional<Enum<?>> constantOf(EnumField field, String name) {
    for (Enum<?> value : field.type().getEnumConstants()) {
      if (value.name().equals(name)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}

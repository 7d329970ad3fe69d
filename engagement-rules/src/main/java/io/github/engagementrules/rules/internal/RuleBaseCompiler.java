package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.rules.FunctionInterpretation;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleProblem.Severity;
import io.github.engagementrules.rules.RuleProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.core.impl.RuleBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles DRL files into a {@link CompiledRuleBase}, reporting every problem as {@code file:line:column: message}.
 * Besides Drools' own errors it enforces the authoring contract: every rule names a known guide section in
 * {@code @section("...")}, quotes the sentence of that section it implements in {@code @quote("...")} (verbatim, but
 * for whitespace and the guide's bullet marks), explains itself in {@code @reason("...")}, marks what goes beyond the
 * text with {@code @interpretation("...")}, names a declared precedence tier in {@code @tier("...")} when it rules on
 * attendance, may say what the public is told in {@code @public("...")}, and keeps the {@link RuleConventions} that
 * make decisions independent of firing order; rule names are unique. The guide's text it checks quotes against, the
 * edition and its approvals come from the edition's own files ({@link EditionFiles}).
 */
public final class RuleBaseCompiler {
  private static final Logger LOG = LoggerFactory.getLogger(RuleBaseCompiler.class);
  private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+([\\w.]+)");
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
  private static final String RESOURCES = "src/main/resources/";
  /** The parser's "Line 11:15" (column from 0) or MVEL's "[Line: 26, Column: 2]", for messages without a column. */
  private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)|\\[Line: \\d+, Column: (\\d+)]");
  private static final String NULL_PACKAGE = "Parser returned a null Package";

  private RuleBaseCompiler() {}

  /**
   * The outcome of a compilation: a rule base when there were no errors, and every problem found.
   *
   * @param ruleBase the compiled rule base, or {@code null} when there were errors
   * @param problems errors and warnings, in file order
   */
  public record Compilation(CompiledRuleBase ruleBase, List<RuleProblem> problems) {
    /** The problems that keep the rule base from being used. */
    public List<RuleProblem> errors() {
      return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }
  }

  /** Compiles the sources and reports all problems; never throws for a problem in the rules themselves. */
  public static Compilation compile(List<RuleFile> sources) {
    return compile(sources, RuleFileGuard.defaults());
  }

  /** Like {@link #compile(List)}, after checking the sources against {@code guard}'s allow-list. */
  public static Compilation compile(List<RuleFile> sources, RuleFileGuard guard) {
    return compile(sources, guard, wholeBuild());
  }

  /**
   * Like {@link #compile(List, RuleFileGuard)}, with Drools' part of the work done by {@code build}: every check of
   * the authoring contract runs on all the sources either way.
   */
  static Compilation compile(List<RuleFile> sources, RuleFileGuard guard, DroolsBuild build) {
    long started = System.nanoTime();
    List<RuleProblem> problems = new ArrayList<>();
    if (sources.isEmpty()) {
      problems.add(problem("rules", 0, 0, "no rule files were given", Severity.ERROR));
      return new Compilation(null, problems);
    }
    List<RuleFile> declarations = sources.stream().filter(Precedence::declares).toList();
    List<RuleFile> all = sources;
    EditionFiles.Parts edition = EditionFiles.read(sources, problems);
    sources = sources.stream().filter(s -> !Precedence.declares(s) && !EditionFiles.isEditionFile(s)).toList();
    if (sources.isEmpty()) {
      problems.add(problem("rules", 0, 0, "no .drl rule files were given", Severity.ERROR));
      return new Compilation(null, problems);
    }
    problems.addAll(guard.check(sources)); // before Drools compiles, and so runs, anything
    Precedence precedence = precedence(declarations, problems);
    if (!problems.isEmpty()) {
      return new Compilation(null, sorted(problems));
    }
    String version = version(all);
    Map<String, RuleFile> sourceByPath = new HashMap<>();
    Map<String, RuleLocation> declared = new LinkedHashMap<>();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      RuleFile source = sources.get(i);
      String path = path(i, source);
      sourceByPath.put(path, source);
      sourceByPath.put(path.substring(RESOURCES.length()), source); // messages name the path without the prefix
      paths.add(path);
      collectDeclarations(source, declared, problems);
    }
    List<FunctionInterpretation> functionInterpretations = FunctionInterpretations.find(sources, problems);
    List<Message> messages = build.compile(sources, paths, version);
    for (Message message : messages) {
      if (message.getLevel() == Message.Level.INFO || isParserAftermath(message, messages)) {
        continue;
      }
      RuleFile source = sourceByPath.get(message.getPath());
      Matcher position = PARSER_POSITION.matcher(message.getText());
      boolean positioned = message.getColumn() <= 0 && position.find();
      String file = source == null ? String.valueOf(message.getPath()) : source.name();
      Severity severity = message.getLevel() == Message.Level.ERROR ? Severity.ERROR : Severity.WARNING;
      int line = Math.max(message.getLine(), 0);
      var missing = source == null ? java.util.Optional.<PlainMessages.MissingParenthesis>empty()
          : PlainMessages.missingParenthesis(source.content(), message.getText(), line);
      if (missing.isPresent()) {
        problems.add(problem(file, missing.get().line(), missing.get().column(), "missing ')': the '(' opened on line "
            + missing.get().openedOn() + " is not closed by the end of this line (" + oneLine(message.getText())
            + ")", severity));
        continue;
      }
      problems.add(
          problem(
              file,
              line,
              positioned ? column(position) : Math.max(message.getColumn(), 0),
              PlainMessages.plain(oneLine(message.getText())),
              severity));
    }
    if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      // Drools stopped before the rule base was built: the annotations of every file that parses are checked all the
      // same, so that one run reports a bad quote in one file beside a compile error in another.
      for (RuleFile source : sources) {
        checkParsedAnnotations(source, build.parses(), precedence, edition.guide(), problems);
      }
      return new Compilation(null, sorted(problems));
    }
    KieBase kieBase = build.kieBase(kieBaseConfiguration());
    Map<String, RuleDescription> rules = describe(kieBase, declared, precedence, edition.guide(), problems);
    RuleConventions.Vocabulary vocabulary =
        new RuleConventions.Vocabulary(
            kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(Rule::getName)
                .collect(Collectors.toUnmodifiableSet()),
            precedence.tiers().keySet(),
            new LinkedHashSet<>(edition.guide().keySet()));
    Map<String, RuleConventions.Shape> shapes = new HashMap<>();
    for (RuleFile source : sources) {
      Map<String, Integer> lines = new HashMap<>();
      Map<String, String> tiers = new HashMap<>();
      rules.values().stream()
          .filter(r -> r.file().equals(source.name()))
          .forEach(r -> {
            lines.put(r.name(), r.line());
            r.tier().ifPresent(t -> tiers.put(r.name(), t));
          });
      shapes.putAll(
          RuleConventions.check(source, build.parses().of(source.content()), lines, tiers, vocabulary, problems));
    }
    if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      return new Compilation(null, sorted(problems));
    }
    Map<String, String> contentHashes = contentHashes(sources, functionInterpretations);
    edition.checkApprovals(contentHashes, problems);
    RuleBaseInfo info = RuleBaseInfo.builder()
        .version(version)
        .addAllRules(rules.values())
        .addAllFunctionInterpretations(functionInterpretations)
        .addAllSections(edition.guide().values())
        .edition(Optional.ofNullable(edition.edition()))
        .addAllApprovals(edition.approvals())
        .putAllContentHashes(contentHashes)
        .putAllAttendanceTiers(precedence.tiers())
        .putAllContactOrder(precedence.contactOrder())
        .build();
    if (guard.requiresApproval()) {
      problems.addAll(Approvals.unapproved(info, Severity.ERROR,
          " (approval is required)"));
      if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
        return new Compilation(null, sorted(problems));
      }
    }
    int poolSize = Math.max(2, Runtime.getRuntime().availableProcessors());
    CompiledRuleBase compiled =
        new CompiledRuleBase(kieBase, kieBase.newKieSessionsPool(poolSize), info, rules, precedence);
    LOG.info(
        "Compiled rule base {}: {} rules from {} files in {} ms",
        version,
        rules.size(),
        sources.size(),
        (System.nanoTime() - started) / 1_000_000);
    return new Compilation(compiled, sorted(problems));
  }

  /**
   * Identity, not equality: two rules that find the same thing (an equal ruling, the same contact) each insert their
   * own fact, so the resolver sees both findings whichever fired first. Under Drools' default equality the second
   * insert would be merged into the first and its rule's finding lost, depending on firing order.
   */
  static KieBaseConfiguration kieBaseConfiguration() {
    KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
    configuration.setOption(EqualityBehaviorOption.IDENTITY);
    return configuration;
  }

  /** {@link #kieBaseConfiguration()}, loading the classes the rules name through {@code classes}. */
  static KieBaseConfiguration kieBaseConfiguration(ClassLoader classes) {
    KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration(null, classes);
    configuration.setOption(EqualityBehaviorOption.IDENTITY);
    return configuration;
  }

  /** Where the {@code index}-th DRL file is written for Drools; its messages name this path. */
  static String path(int index, RuleFile source) {
    return RESOURCES + packageFolder(source.content()) + "/" + index + "-" + baseName(source.name());
  }

  /** Drools' part of a compilation: the DRL files to messages and, when there is no error, a knowledge base. */
  abstract static class DroolsBuild {
    private final DrlParses parses;

    /** A build whose checks find each DRL file's parse in {@code parses}. */
    DroolsBuild(DrlParses parses) {
      this.parses = parses;
    }

    /**
     * Compiles the DRL files.
     *
     * @param sources the DRL files, without the precedence declaration
     * @param paths where each is written, as {@link #path(int, RuleFile)} names it
     * @param version the rule base's content hash
     * @return every message Drools gave
     */
    abstract List<Message> compile(List<RuleFile> sources, List<String> paths, String version);

    /** The knowledge base of the last {@link #compile}, which had no error. */
    abstract KieBase kieBase(KieBaseConfiguration configuration);

    /** Where the checks of the compilation find each DRL file's parse. */
    final DrlParses parses() {
      return parses;
    }
  }

  /** A build of all the files at once, as a KIE module: what {@link #compile(List, RuleFileGuard)} does. */
  static DroolsBuild wholeBuild() {
    return new WholeBuild(DrlParses.none());
  }

  /** Like {@link #wholeBuild()}, the checks finding the files' parses in {@code parses}. */
  static DroolsBuild wholeBuild(DrlParses parses) {
    return new WholeBuild(parses);
  }

  /** All the files compiled at once, as a KIE module. */
  private static final class WholeBuild extends DroolsBuild {
    private final KieServices kie = KieServices.Factory.get();
    private ReleaseId releaseId;

    WholeBuild(DrlParses parses) {
      super(parses);
    }

    @Override
    List<Message> compile(List<RuleFile> sources, List<String> paths, String version) {
      KieFileSystem files = kie.newKieFileSystem();
      releaseId = kie.newReleaseId("io.github.engagementrules", "rule-base-" + version.substring(7), "1");
      files.generateAndWritePomXML(releaseId);
      for (int i = 0; i < sources.size(); i++) {
        files.write(paths.get(i), sources.get(i).content());
      }
      return kie.newKieBuilder(files).buildAll().getResults().getMessages();
    }

    @Override
    KieBase kieBase(KieBaseConfiguration configuration) {
      try {
        return kie.newKieContainer(releaseId).newKieBase(configuration);
      } finally {
        kie.getRepository().removeKieModule(releaseId);
      }
    }
  }

  /**
   * Compiles the sources.
   *
   * @throws EngagementException {@link ErrorCode#RULE_COMPILATION} listing every error as {@code file:line:column:
   *     message}
   */
  public static CompiledRuleBase compileOrThrow(List<RuleFile> sources) {
    return compileOrThrow(sources, RuleFileGuard.defaults());
  }

  /** Like {@link #compileOrThrow(List)}, after checking the sources against {@code guard}'s allow-list. */
  public static CompiledRuleBase compileOrThrow(List<RuleFile> sources, RuleFileGuard guard) {
    Compilation compilation = compile(sources, guard);
    if (compilation.ruleBase() == null) {
      String errors = compilation.errors().stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
      throw new EngagementException(ErrorCode.RULE_COMPILATION, null, "the rule base does not compile:\n" + errors);
    }
    return compilation.ruleBase();
  }

  /** The content hash of the rule files, independent of the folder they were loaded from. */
  static String version(List<RuleFile> sources) {
    return ContentHash.of(
        sources.stream()
            .sorted(Comparator.comparing((RuleFile s) -> baseName(s.name())).thenComparing(RuleFile::content))
            .flatMap(s -> Stream.of(baseName(s.name()), s.content()))
            .toList());
  }

  private static int column(Matcher position) {
    return position.group(2) != null ? Integer.parseInt(position.group(2)) + 1 : Integer.parseInt(position.group(3));
  }

  /** Drools adds "null Package" after a file's real syntax errors; it says nothing an author can act on. */
  private static boolean isParserAftermath(Message message, List<Message> messages) {
    return message.getText().contains(NULL_PACKAGE)
        && messages.stream()
            .anyMatch(m -> m != message && m.getLevel() == Message.Level.ERROR && message.getPath() != null
                && message.getPath().equals(m.getPath()) && !m.getText().contains(NULL_PACKAGE));
  }

  /** A message on one line, without MVEL's caret drawing, so that every problem stays {@code file:line:col: msg}. */
  private static String oneLine(String text) {
    return text.strip()
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("[Near") && !l.matches("\\^+") && !l.startsWith("[Line:"))
        .collect(Collectors.joining(" "));
  }

  private record RuleLocation(String file, int line) {}

  private static void collectDeclarations(
      RuleFile source, Map<String, RuleLocation> declared, List<RuleProblem> problems) {
    Matcher rule = RULE.matcher(source.content());
    while (rule.find()) {
      String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
      int line = RuleTexts.lineAt(source.content(), rule.start());
      RuleLocation earlier = declared.putIfAbsent(name, new RuleLocation(source.name(), line));
      if (earlier != null) {
        problems.add(
            problem(
                source.name(),
                line,
                1,
                "rule \"" + name + "\" is already declared at " + earlier.file() + ":" + earlier.line(),
                Severity.ERROR));
      }
    }
  }

  /** The one precedence declaration among the sources, or the built-in one when they declare none. */
  private static Precedence precedence(List<RuleFile> declarations, List<RuleProblem> problems) {
    if (declarations.isEmpty()) {
      return Precedence.builtIn();
    }
    if (declarations.size() > 1) {
      for (RuleFile extra : declarations.subList(1, declarations.size())) {
        problems.add(problem(extra.name(), 1, 1, "precedence is declared twice: here and in "
            + declarations.get(0).name() + "; a rule base declares it once", Severity.ERROR));
      }
      return null;
    }
    return Precedence.parse(declarations.get(0), problems);
  }

  /** What an approval signs, by name: the text of every rule, and of every marked function with its marking. */
  private static Map<String, String> contentHashes(
      List<RuleFile> sources, List<FunctionInterpretation> functionInterpretations) {
    Map<String, String> hashes = new LinkedHashMap<>();
    Map<String, String> functions = new HashMap<>();
    for (RuleFile source : sources) {
      RuleTexts.rules(source.content()).forEach((name, text) -> hashes.put(name, RuleTexts.hash(text)));
      functions.putAll(RuleTexts.functions(source.content()));
    }
    for (FunctionInterpretation function : functionInterpretations) {
      hashes.putIfAbsent(function.name(),
          RuleTexts.hash(function.interpretation(), functions.getOrDefault(function.name(), "")));
    }
    return hashes;
  }

  private static Map<String, RuleDescription> describe(KieBase kieBase, Map<String, RuleLocation> declared,
      Precedence precedence, Map<String, GuideSection> guide, List<RuleProblem> problems) {
    List<RuleDescription> rules = new ArrayList<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        RuleLocation at = declared.getOrDefault(rule.getName(), new RuleLocation(kiePackage.getName(), 0));
        String section = metadata(rule, "section");
        String reason = metadata(rule, "reason");
        String quote = metadata(rule, "quote");
        String interpretation = metadata(rule, "interpretation");
        String tier = metadata(rule, "tier");
        String id = metadata(rule, "id");
        String publicWording = metadata(rule, "public");
        checkAnnotations(rule.getName(), at, section, quote, reason, tier,
            rule.getMetaData().containsKey("interpretation") && interpretation == null, precedence, guide, problems);
        if (section != null && reason != null) {
          rules.add(
              RuleDescription.builder()
                  .name(rule.getName())
                  .section(section)
                  .reason(reason)
                  .file(at.file())
                  .line(at.line())
                  .quote(quote == null ? "" : quote)
                  .interpretation(java.util.Optional.ofNullable(interpretation))
                  .tier(java.util.Optional.ofNullable(tier))
                  .id(java.util.Optional.ofNullable(id))
                  .publicWording(java.util.Optional.ofNullable(publicWording))
                  .build());
        }
        declared.put(rule.getName(), at);
      }
    }
    checkIds(rules, problems);
    Map<String, RuleDescription> byName = new LinkedHashMap<>();
    rules.stream()
        .sorted(Comparator.comparing(RuleDescription::file).thenComparing(r -> declared.get(r.name()).line()))
        .forEach(r -> byName.put(r.name(), r));
    return byName;
  }

  /**
   * Every {@code @id} is unique in the rule base and names no other rule, so that a scenario naming a rule by id or
   * by name means one rule.
   */
  private static void checkIds(List<RuleDescription> rules, List<RuleProblem> problems) {
    Map<String, RuleDescription> byId = new HashMap<>();
    Map<String, RuleDescription> byName = new HashMap<>();
    rules.forEach(r -> byName.put(r.name(), r));
    rules.stream()
        .filter(r -> r.id().isPresent())
        .sorted(Comparator.comparing(RuleDescription::file).thenComparingInt(RuleDescription::line))
        .forEach(rule -> {
          String id = rule.id().orElseThrow();
          RuleDescription earlier = byId.putIfAbsent(id, rule);
          RuleDescription named = byName.get(id);
          if (earlier != null) {
            problems.add(problem(rule.file(), rule.line(), 1, "rule \"" + rule.name() + "\" has @id(\"" + id
                + "\"), already the id of rule \"" + earlier.name() + "\" at " + earlier.file() + ":"
                + earlier.line() + "; an id names one rule", Severity.ERROR));
          } else if (named != null && named != rule) {
            problems.add(problem(rule.file(), rule.line(), 1, "rule \"" + rule.name() + "\" has @id(\"" + id
                + "\"), the name of rule \"" + named.name() + "\" at " + named.file() + ":" + named.line()
                + "; an id may not be another rule's name", Severity.ERROR));
          }
        });
  }

  /** The authoring contract of one rule's annotations: section, quote, reason, tier, a non-empty interpretation. */
  private static void checkAnnotations(String name, RuleLocation at, String section, String quote, String reason,
      String tier, boolean emptyInterpretation, Precedence precedence, Map<String, GuideSection> guide,
      List<RuleProblem> problems) {
    if (quote == null) {
      problems.add(
          problem(at.file(), at.line(), 1,
              "rule \"" + name + "\" has no @quote(\"...\") giving the sentence of its section it implements",
              Severity.ERROR));
    } else if (section != null && guide.containsKey(section) && !Quotes.isIn(quote, guide.get(section).text())) {
      problems.add(
          problem(at.file(), at.line(), 1,
              "rule \"" + name + "\" quotes words that section '" + section + "' does not contain: "
                  + Quotes.whyNotIn(quote, guide.get(section).text()),
              Severity.ERROR));
    }
    if (emptyInterpretation) {
      problems.add(
          problem(at.file(), at.line(), 1,
              "rule \"" + name + "\" has an empty @interpretation: say what it decides beyond the text",
              Severity.ERROR));
    }
    if (tier != null && precedence != null && precedence.rank(tier).isEmpty()) {
      problems.add(
          problem(at.file(), at.line(), 1,
              "rule \"" + name + "\" names tier '" + tier + "', which " + precedence.source()
                  + " does not declare (tiers: " + String.join(", ", precedence.tiers().keySet()) + ")",
              Severity.ERROR));
    }
    if (section == null) {
      problems.add(
          problem(at.file(), at.line(), 1,
              "rule \"" + name + "\" has no @section(\"...\") naming the guide section it implements",
              Severity.ERROR));
    } else if (!guide.containsKey(section)) {
      problems.add(
          problem(at.file(), at.line(), 1,
              "rule \"" + name + "\" cites unknown section '" + section + "' (known: "
                  + String.join(", ", guide.keySet()) + ")",
              Severity.ERROR));
    }
    if (reason == null) {
      problems.add(
          problem(at.file(), at.line(), 1,
              "rule \"" + name + "\" has no @reason(\"...\") explaining its decision",
              Severity.ERROR));
    }
  }

  /** Checks the annotations of the rules of a file that parses, without Drools building it. */
  private static void checkParsedAnnotations(RuleFile source, DrlParses parses, Precedence precedence,
      Map<String, GuideSection> guide, List<RuleProblem> problems) {
    Optional<org.drools.drl.ast.descr.PackageDescr> parse = parses.of(source.content());
    if (parse.isEmpty()) {
      return; // the syntax error is reported by Drools
    }
    org.drools.drl.ast.descr.PackageDescr parsed = parse.get();
    for (org.drools.drl.ast.descr.RuleDescr rule : parsed.getRules()) {
      RuleLocation at = new RuleLocation(source.name(), Math.max(rule.getLine(), 0));
      checkAnnotations(rule.getName(), at, annotation(rule, "section"), annotation(rule, "quote"),
          annotation(rule, "reason"), annotation(rule, "tier"),
          rule.getAnnotation("interpretation") != null && annotation(rule, "interpretation") == null, precedence,
          guide, problems);
    }
  }

  private static String annotation(org.drools.drl.ast.descr.RuleDescr rule, String key) {
    org.drools.drl.ast.descr.AnnotationDescr annotation = rule.getAnnotation(key);
    return annotation == null ? null : unquoted(String.valueOf(annotation.getSingleValueAsString()));
  }

  private static String metadata(Rule rule, String key) {
    Object value = rule.getMetaData().get(key);
    return value == null ? null : unquoted(value.toString());
  }

  /** An annotation's value without its quotes; {@code null} when blank. */
  private static String unquoted(String value) {
    String text = value.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return text.isBlank() ? null : text;
  }

  private static String packageFolder(String drl) {
    Matcher matcher = PACKAGE.matcher(drl);
    return matcher.find() ? matcher.group(1).replace('.', '/') : "rules";
  }

  private static String baseName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  private static RuleProblem problem(String file, int line, int column, String message, Severity severity) {
    return RuleProblem.builder()
        .file(file)
        .line(line)
        .column(column)
        .message(message)
        .severity(severity)
        .build();
  }

  private static List<RuleProblem> sorted(List<RuleProblem> problems) {
    return problems.stream()
        .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line))
        .toList();
  }
}

package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.authoring.DecisionChange;
import io.github.engagementrules.authoring.DiffReport;
import io.github.engagementrules.authoring.GuideChange;
import io.github.engagementrules.authoring.GuideChanges;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.rules.Approval;
import io.github.engagementrules.rules.ApprovalState;
import io.github.engagementrules.rules.Edition;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.RuleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the policy book shows, shaped for its template: plain records and lists, every text already in words. Built
 * from the compiled edition, whose rule texts are read again to put each rule's conditions into words.
 *
 * @param title the book's title
 * @param edition the edition's facts, or {@code null} when the rules do not say which edition they are
 * @param version the rule base's content hash
 * @param madeOn the day the book was made
 * @param reviewNotice the review notice on that day, or {@code null}
 * @param counts rules, interpretations, approved and awaiting
 * @param tiers the attendance tiers, highest first
 * @param contactOrder the point-of-contact order, most specific first
 * @param sections the guide's sections, in order
 * @param definitions the marked functions the rules rely on
 * @param unimplemented the sections that imply a decision but no rule implements
 * @param changes what changed since the older edition, or {@code null}
 */
public record BookModel(
    String title,
    EditionFacts edition,
    String version,
    String madeOn,
    String reviewNotice,
    Counts counts,
    List<Tier> tiers,
    List<Tier> contactOrder,
    List<Section> sections,
    List<Definition> definitions,
    List<Section> unimplemented,
    Changes changes) {

  /** A worked example: a scenario's opportunity and the edition's decision on it. */
  public record Example(String name, Opportunity opportunity, Decision decision) {}

  /** The edition's facts, as shown. */
  public record EditionFacts(String force, String guide, String edition, String inForceFrom, String reviewDue,
      String policyOwner) {}

  /** How much the edition holds, and how much of it is approved. */
  public record Counts(int rules, int interpretations, int approved, int awaiting) {}

  /** One precedence tier or contact rank: its name and what it means. */
  public record Tier(int rank, String name, String meaning, boolean last) {}

  /** A rule in words, with what the public is told when its finding stands ({@code null} when nothing). */
  public record Rule(String name, String reason, List<String> when, List<String> then, String tier,
      String interpretation, ApprovalView approval, String publicWording, String source) {}

  /** Where an interpretation stands with the policy owner. */
  public record ApprovalView(boolean approved, boolean edited, boolean awaiting, String by, String on, String note) {}

  /** A marked function the rules rely on: a definition that goes beyond the guide's text. */
  public record Definition(String name, String interpretation, List<String> usedBy, ApprovalView approval,
      String source) {}

  /** One sentence of the guide and the rules that quote it. */
  public record Sentence(String text, List<Rule> rules, boolean implemented) {}

  /** A worked example in words. */
  public record ExampleView(String name, String opportunity, String decision) {}

  /** One section of the guide with its sentences, rules and examples. */
  public record Section(String id, String title, String document, boolean informational, List<Sentence> sentences,
      List<Rule> otherRules, List<ExampleView> examples, List<String> notImplemented) {}

  /** What changed since the older edition. */
  public record Changes(String older, List<GuideChange> guide, List<String> rules, List<DecisionChangeView> decisions,
      boolean decisionsCompared, long compared, long changed) {}

  /** A change of decisions, in words. */
  public record DecisionChangeView(String sections, String change, long count, String example) {}

  /**
   * Builds the book's content.
   *
   * @param info the edition
   * @param examples the worked examples
   * @param older the older edition, if the book shows what changed
   * @param diff the decisions that change, if compared
   * @param today the day the book is made
   * @return the content
   */
  public static BookModel of(RuleBaseInfo info, List<Example> examples, Optional<RuleBaseInfo> older,
      Optional<DiffReport> diff, LocalDate today) {
    Map<String, PlainWords.RuleInWords> words = ruleWords(info);
    Map<String, List<ExampleView>> examplesBySection = new HashMap<>();
    for (Example example : examples) {
      String section = example.decision().reasons().stream().filter(r -> r.tier().isPresent()).map(Reason::section)
          .findFirst().orElse(example.decision().reasons().isEmpty() ? "" : example.decision().reasons().get(0).section());
      examplesBySection.computeIfAbsent(section, s -> new ArrayList<>()).add(new ExampleView(example.name(),
          PlainWords.opportunity(example.opportunity()), PlainWords.decision(example.decision())));
    }
    Map<String, String> tierMeanings = info.attendanceTiers();
    List<Section> sections = new ArrayList<>();
    for (GuideSection section : info.sections()) {
      sections.add(section(info, section, words, tierMeanings, examplesBySection.getOrDefault(section.id(), List.of())));
    }
    List<Section> unimplemented = sections.stream()
        .filter(s -> !s.informational() && s.sentences().stream().noneMatch(Sentence::implemented)
            && s.otherRules().isEmpty())
        .toList();
    List<Definition> definitions = info.functionInterpretations().stream()
        .map(f -> new Definition(f.name(), f.interpretation(), f.usedBy(), approval(info, f.name()),
            source(f.file(), f.line())))
        .toList();
    int interpretations = info.interpretationCount();
    int awaiting = info.unapprovedInterpretations().size();
    List<Tier> tiers = numbered(tierMeanings);
    Map<String, String> contacts = new LinkedHashMap<>();
    info.contactOrder().forEach((role, why) -> contacts.put(PlainWords.constant(role.name()), why));
    return new BookModel(
        info.edition().map(Edition::label).orElse("Rule base " + info.version()),
        info.edition().map(e -> new EditionFacts(e.force(), e.guide(), e.edition(), e.inForceFrom().toString(),
            e.reviewDue().toString(), e.policyOwner())).orElse(null),
        info.version(),
        today.toString(),
        info.reviewNotice(today).orElse(null),
        new Counts(info.rules().size(), interpretations, interpretations - awaiting, awaiting),
        tiers,
        numbered(contacts),
        sections,
        definitions,
        unimplemented,
        older.map(o -> changes(o, info, diff)).orElse(null));
  }

  private static List<Tier> numbered(Map<String, String> meanings) {
    List<Tier> tiers = new ArrayList<>();
    int rank = 1;
    for (Map.Entry<String, String> tier : meanings.entrySet()) {
      tiers.add(new Tier(rank, tier.getKey(), tier.getValue(), rank == meanings.size()));
      rank++;
    }
    return tiers;
  }

  private static Section section(RuleBaseInfo info, GuideSection section, Map<String, PlainWords.RuleInWords> words,
      Map<String, String> tierMeanings, List<ExampleView> examples) {
    List<RuleDescription> quoting = info.rules().stream().filter(r -> r.section().equals(section.id())).toList();
    Set<String> placed = new LinkedHashSet<>();
    List<Sentence> sentences = new ArrayList<>();
    List<String> notImplemented = new ArrayList<>();
    for (String sentence : GuideChanges.sentences(section.text())) {
      List<Rule> rules = new ArrayList<>();
      for (RuleDescription rule : quoting) {
        if (!placed.contains(rule.name()) && overlaps(sentence, rule.quote())) { // under the first sentence it quotes
          rules.add(rule(info, rule, words, tierMeanings));
          placed.add(rule.name());
        }
      }
      sentences.add(new Sentence(sentence, rules, !rules.isEmpty()));
      if (rules.isEmpty()) {
        notImplemented.add(sentence);
      }
    }
    List<Rule> other = quoting.stream().filter(r -> !placed.contains(r.name()))
        .map(r -> rule(info, r, words, tierMeanings)).toList();
    return new Section(section.id(), section.title(), section.document(), section.informational(), sentences, other,
        examples, section.informational() ? List.of() : notImplemented);
  }

  private static Rule rule(RuleBaseInfo info, RuleDescription rule, Map<String, PlainWords.RuleInWords> words,
      Map<String, String> tierMeanings) {
    PlainWords.RuleInWords inWords = words.getOrDefault(rule.name(), new PlainWords.RuleInWords(List.of(), List.of()));
    return new Rule(rule.name(), rule.reason(), inWords.when(), inWords.then(),
        rule.tier().map(t -> t + ": " + tierMeanings.getOrDefault(t, "")).orElse(null),
        rule.interpretation().orElse(null),
        rule.interpretation().isPresent() ? approval(info, rule.name()) : null,
        rule.publicWording().orElse(null),
        source(rule.file(), rule.line()));
  }

  private static ApprovalView approval(RuleBaseInfo info, String name) {
    ApprovalState state = info.approvalState(name);
    Optional<Approval> approval = info.approval(name);
    return new ApprovalView(state == ApprovalState.APPROVED, state == ApprovalState.EDITED_SINCE_APPROVAL,
        state == ApprovalState.AWAITING_APPROVAL, approval.map(Approval::approvedBy).orElse(null),
        approval.map(a -> a.approvedOn().toString()).orElse(null),
        approval.map(Approval::note).filter(n -> !n.isBlank()).orElse(null));
  }

  /** Where a rule is written, as a file name and line, for an auditor who wants to find it. */
  private static String source(String file, int line) {
    return Path.of(file).getFileName() + ", line " + line;
  }

  /** Whether a quote is drawn from the sentence (or the sentence from a quote spanning several). */
  static boolean overlaps(String sentence, String quote) {
    String s = normal(sentence);
    String q = normal(quote);
    return !q.isEmpty() && (s.contains(q) || q.contains(s));
  }

  private static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[-•*]\\s", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Each rule's conditions and conclusions in words, read from the rule files the rules were compiled from. */
  private static Map<String, PlainWords.RuleInWords> ruleWords(RuleBaseInfo info) {
    Map<String, PlainWords.RuleInWords> words = new HashMap<>();
    Set<String> files = new LinkedHashSet<>();
    info.rules().forEach(r -> files.add(r.file()));
    Map<String, String> builtIn = new HashMap<>(); // read from the jar once, when a rule file is not on disk
    for (String file : files) {
      readRuleFile(file, builtIn).ifPresent(text -> words.putAll(PlainWords.rules(text)));
    }
    return words;
  }

  /** A rule file's text: from disk, or from the built-in edition on the classpath. */
  private static Optional<String> readRuleFile(String name, Map<String, String> builtIn) {
    try {
      Path path = Path.of(name);
      if (Files.isRegularFile(path)) {
        return Optional.of(Files.readString(path));
      }
    } catch (IOException | InvalidPathException e) {
      return Optional.empty();
    }
    if (builtIn.isEmpty()) {
      RuleFiles.builtIn().forEach(f -> builtIn.put(f.name(), f.content()));
    }
    return Optional.ofNullable(builtIn.get(name));
  }

  private static Changes changes(RuleBaseInfo older, RuleBaseInfo newer, Optional<DiffReport> diff) {
    List<GuideChange> guide = GuideChanges.between(older.sections(), newer.sections());
    List<String> rules = diff.map(d -> d.metadataChanges().stream().map(Object::toString).toList()).orElse(List.of());
    List<DecisionChangeView> decisions = diff.map(d -> d.changes().stream().map(BookModel::change).toList())
        .orElse(List.of());
    return new Changes(older.edition().map(Edition::label).orElse("rule base " + older.version()),
        guide, rules, decisions, diff.isPresent(), diff.map(DiffReport::compared).orElse(0L),
        diff.map(DiffReport::changed).orElse(0L));
  }

  private static DecisionChangeView change(DecisionChange change) {
    return new DecisionChangeView(String.join(", ", change.sections()), change.change(), change.count(),
        PlainWords.opportunity(change.example()));
  }
}

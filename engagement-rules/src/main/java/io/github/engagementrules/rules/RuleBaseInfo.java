package io.github.engagementrules.rules;

import io.github.engagementrules.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What a compiled rule base holds: its version, its rules, the edition of the guide they implement with the guide's
 * text, and the policy owner's approvals.
 */
@Value.Immutable
public abstract class RuleBaseInfo {
  /** The content hash of the rule files ({@code sha256:} and 16 hex digits); every decision carries it. */
  public abstract String version();

  /** The rules, ordered by file and then by position in the file. */
  public abstract List<RuleDescription> rules();

  /**
   * The guide's text, section by section, in the guide's order: the edition's own {@code guide-sections.txt}, or the
   * built-in guide's for a rule folder that has none.
   */
  public abstract List<GuideSection> sections();

  /** The section with this id, if the guide has one. */
  public Optional<GuideSection> section(String id) {
    return sections().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The edition the rules implement ({@code edition.json}); empty for a rule folder that does not say. */
  public abstract Optional<Edition> edition();

  /**
   * The attendance tiers, highest first, each with what it means, as the rule base's precedence declares them: the
   * highest tier among the findings decides.
   */
  public abstract Map<String, String> attendanceTiers();

  /** The posts that may be the point of contact, most specific first, each with why it ranks there. */
  public abstract Map<Role, String> contactOrder();

  /** The policy owner's approvals ({@code approvals.json}), including those an edit has since outdated. */
  public abstract List<Approval> approvals();

  /** The content hash of every rule and marked function's text, by name: what an approval signs. */
  public abstract Map<String, String> contentHashes();

  /**
   * The content hash of a rule's (or a marked function's) text as it is now.
   *
   * @param name the rule's or function's name
   * @return the hash, or empty when the rule base has no rule or marked function of that name
   */
  public Optional<String> contentHash(String name) {
    return Optional.ofNullable(contentHashes().get(name));
  }

  /** The approval of a rule or marked function that still counts: one for its text as it is now. */
  public Optional<Approval> approval(String name) {
    String hash = contentHashes().get(name);
    return approvals().stream().filter(a -> a.rule().equals(name) && a.contentHash().equals(hash)).findFirst();
  }

  /** Where a rule or marked function stands with the policy owner's sign-off. */
  public ApprovalState approvalState(String name) {
    if (approval(name).isPresent()) {
      return ApprovalState.APPROVED;
    }
    return approvals().stream().anyMatch(a -> a.rule().equals(name))
        ? ApprovalState.EDITED_SINCE_APPROVAL
        : ApprovalState.AWAITING_APPROVAL;
  }

  /**
   * The names of the local interpretations (marked rules, then marked functions) that no approval covers as they are
   * written now.
   */
  public List<String> unapprovedInterpretations() {
    return Stream.concat(
            interpretations().stream().map(RuleDescription::name),
            functionInterpretations().stream().map(FunctionInterpretation::name))
        .filter(name -> approvalState(name) != ApprovalState.APPROVED)
        .toList();
  }

  /**
   * Whether a reason given by this rule rests on a local interpretation not yet approved: the rule's own, or that of a
   * marked function it calls.
   */
  public boolean restsOnUnapprovedInterpretation(RuleDescription rule) {
    if (rule.interpretation().isPresent() && approvalState(rule.name()) != ApprovalState.APPROVED) {
      return true;
    }
    return functionInterpretations().stream()
        .anyMatch(f -> f.usedBy().contains(rule.name()) && approvalState(f.name()) != ApprovalState.APPROVED);
  }

  /** What a reader must know about the edition's review on {@code today} (see {@link Edition#reviewNotice}). */
  public Optional<String> reviewNotice(LocalDate today) {
    return edition().flatMap(e -> e.reviewNotice(today));
  }

  /** The guide sections that imply a decision (are not informational) but that no rule implements. */
  public List<GuideSection> unimplementedSections() {
    Set<String> implemented = rules().stream().map(RuleDescription::section).collect(Collectors.toSet());
    return sections().stream()
        .filter(s -> !s.informational() && !implemented.contains(s.id()))
        .toList();
  }

  /** The DRL functions marked {@code // @interpretation: ...}, with the rules that use them; empty when none. */
  public abstract List<FunctionInterpretation> functionInterpretations();

  /** How many local interpretations the rule base makes: its marked rules and its marked functions. */
  public int interpretationCount() {
    return interpretations().size() + functionInterpretations().size();
  }

  /** The rules that make a local interpretation beyond the guide's text. */
  public List<RuleDescription> interpretations() {
    return rules().stream().filter(r -> r.interpretation().isPresent()).toList();
  }

  /**
   * The rule a scenario or report refers to: the rule with this name, or else the rule whose {@code @id} it is.
   *
   * @param nameOrId a rule's name or its {@code @id}
   * @return the rule, or empty when the rule base has none by that name or id
   */
  public Optional<RuleDescription> rule(String nameOrId) {
    return rules().stream()
        .filter(r -> r.name().equals(nameOrId))
        .findFirst()
        .or(() -> rules().stream().filter(r -> r.id().filter(nameOrId::equals).isPresent()).findFirst());
  }

  /** A new builder. */
  public static ImmutableRuleBaseInfo.Builder builder() {
    return ImmutableRuleBaseInfo.builder();
  }
}

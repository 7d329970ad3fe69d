package io.github.engagementrules.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** What a compiled rule base holds: its version, its rules, and the guide sections they implement. */
@Value.Immutable
public abstract class RuleBaseInfo {
  /** The content hash of the rule files ({@code sha256:} and 16 hex digits); every decision carries it. */
  public abstract String version();

  /** The rules, ordered by file and then by position in the file. */
  public abstract List<RuleDescription> rules();

  /** The guide sections that imply a decision (are not informational) but that no rule implements. */
  public List<GuideSection> unimplementedSections() {
    Set<String> implemented = rules().stream().map(RuleDescription::section).collect(Collectors.toSet());
    return GuideSections.all().stream()
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

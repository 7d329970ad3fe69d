package io.github.engagementrules.rules;

import java.util.List;
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

  /** The guide sections no rule implements. */
  public List<GuideSection> unimplementedSections() {
    Set<String> implemented = rules().stream().map(RuleDescription::section).collect(Collectors.toSet());
    return GuideSections.all().stream().filter(s -> !implemented.contains(s.id())).toList();
  }

  /** A new builder. */
  public static ImmutableRuleBaseInfo.Builder builder() {
    return ImmutableRuleBaseInfo.builder();
  }
}

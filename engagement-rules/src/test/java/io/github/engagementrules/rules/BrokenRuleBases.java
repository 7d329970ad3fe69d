package io.github.engagementrules.rules;

import java.nio.file.Path;

/** The broken copies of the shipped rules that verification, diff and scenario tests run against. */
public final class BrokenRuleBases {
  public static final String PATROL_DEFAULT = "Patrol goes ahead";
  public static final String NO_PCSO_ESCALATION = "Ward without a named PCSO is escalated to the Borough Inspector";
  /** A rule ruling against the patrol default in the same tier: a conflict the resolver must report. */
  public static final String CONFLICTING_RULE =
      """
      rule "Patrol in a ward with a named PCSO is declined"
        @section("patrols")
        @reason("A conflicting rule, for tests.") @quote("Each Borough should have patrol plans where relevant.") @tier("engage")
      when
        Opportunity(kind == OpportunityKind.PATROL)
        RosterPost(role == Role.PCSO)
      then
        insert(AttendanceRuling.decline());
      end
      """;

  private BrokenRuleBases() {}

  /** The shipped rules with the patrol default deleted: no patrol gets an attendance. */
  public static Path gap(Path directory) {
    return RuleCopies.of(directory).deleteRule("patrols.drl", PATROL_DEFAULT).directory();
  }

  /** The shipped rules plus a rule that declines patrols the default rule attends. */
  public static Path conflict(Path directory) {
    return RuleCopies.of(directory).append("patrols.drl", CONFLICTING_RULE).directory();
  }

  /** The shipped rules without the escalation for wards without a PCSO: attended with nobody to contact. */
  public static Path attendWithoutContact(Path directory) {
    return RuleCopies.of(directory).deleteRule("community-meetings.drl", NO_PCSO_ESCALATION).directory();
  }

  public static EngagementDecider decider(Path rules) {
    return EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules).build();
  }
}

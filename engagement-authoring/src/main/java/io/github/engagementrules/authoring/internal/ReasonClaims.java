package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleProblem;
import io.github.engagementrules.rules.RuleProblem.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * A rule's {@code @reason} may state only what its conditions establish. For the facts the model names (a policing
 * purpose, each kind of stakeholder, each post), a reason that mentions one must come from a rule that tests it: its
 * conditions name the fact (a stakeholder type, the purpose function, a flag), or, for a post, the rule names the post
 * somewhere (it tests it, or concludes about it). A reason that says "councillors are to be briefed" on a rule that
 * never tests for a councillor is reported at the rule's line. Stateless.
 */
public final class ReasonClaims {
  /** A fact a reason can claim: the words that claim it, and the names one of which the rule must mention. */
  private record Claim(String fact, Pattern words, List<String> names, boolean conditionsOnly) {}

  private static final List<Claim> CLAIMS = List.of(
      facts("a policing purpose", "policing purpose", "hasPolicingPurpose", "purposes"),
      facts("a councillor", "councillor", "LOCAL_COUNCILLOR", "COUNTY_COUNCILLOR"),
      new Claim("an MP", Pattern.compile("\\bMPs?\\b"), List.of("StakeholderType.MP"), true),
      facts("a chief executive", "chief executive", "CHIEF_EXECUTIVE"),
      facts("a family support team", "family support", "FAMILY_SUPPORT_TEAM"),
      facts("an early help team", "early help", "EARLY_HELP_TEAM"),
      facts("a university or college", "universit(?:y|ies)|colleges?\\b", "UNIVERSITY", "COLLEGE", "STUDENT_UNION",
          "CAMPUS_SECURITY"),
      facts("a student union", "student union", "STUDENT_UNION"),
      facts("a local authority", "local authorit", "LOCAL_AUTHORITY"),
      facts("the NHS", "\\bNHS\\b", "NHS"),
      facts("a faith group", "faith|religious", "FAITH_GROUP", "PLACE_OF_WORSHIP"),
      facts("a hard-to-reach group", "hard[- ]to[- ]reach", "HARD_TO_REACH_GROUP"),
      facts("a community based group", "community based group|community group", "COMMUNITY_GROUP", "HARD_TO_REACH_GROUP"),
      facts("a community intermediary", "intermediar", "COMMUNITY_INTERMEDIARY"),
      facts("a Prevent coordinator", "prevent coordinator|regional coordinator", "PREVENT_COORDINATOR"),
      facts("another force", "other forces?|another force", "OTHER_FORCE"),
      facts("a new or emerging community", "new (?:and|or) emerging communit", "newOrEmergingCommunity"),
      posts("the Neighbourhood Inspector", "Neighbourhood Inspector", "NEIGHBOURHOOD_INSPECTOR"),
      posts("the Borough Inspector", "Borough Inspector", "BOROUGH_INSPECTOR"),
      posts("the Divisional Commander", "Divisional Commander", "DIVISIONAL_COMMANDER"),
      posts("the Duty Inspector", "Duty Inspector", "DUTY_INSPECTOR"),
      posts("the designated partner contact", "designated (?:partner )?contact", "DESIGNATED_PARTNER_CONTACT"),
      posts("a higher-education liaison officer", "liaison officer", "HIGHER_EDUCATION_LIAISON_OFFICER"),
      posts("the Prevent lead", "Prevent lead", "PREVENT_LEAD"),
      posts("the Community Engagement Volunteer", "Community Engagement Volunteer", "COMMUNITY_ENGAGEMENT_VOLUNTEER"),
      posts("the ward's PCSO", "\\bPCSO", "PCSO"),
      posts("the cadets", "cadets", "POLICE_CADETS", "cadetsAvailable"),
      posts("the events team", "events team", "EVENTS_TEAM", "eventsTeamAvailable"));

  private ReasonClaims() {}

  private static Claim facts(String fact, String words, String... names) {
    return new Claim(fact, Pattern.compile(words, Pattern.CASE_INSENSITIVE), List.of(names), true);
  }

  private static Claim posts(String fact, String words, String... names) {
    return new Claim(fact, Pattern.compile(words), List.of(names), false);
  }

  /**
   * Checks the reasons of the rules in {@code source}.
   *
   * @param source the rule file
   * @param reasons each rule's reason, by name
   * @param lines each rule's line, by name
   * @param problems where a reason that claims an untested fact is added, as an error at the rule's line
   */
  public static void check(RuleFile source, Map<String, String> reasons, Map<String, Integer> lines,
      List<RuleProblem> problems) {
    Optional<PackageDescr> parsed = parse(source);
    if (parsed.isEmpty()) {
      return; // the compiler reports a file that does not parse
    }
    for (RuleDescr rule : parsed.get().getRules()) {
      String reason = reasons.get(rule.getName());
      if (reason == null) {
        continue;
      }
      String conditions = conditions(source, rule);
      String whole = conditions + "\n" + rule.getConsequence();
      for (Claim claim : CLAIMS) {
        String tested = claim.conditionsOnly() ? conditions : whole;
        if (claim.words().matcher(reason).find() && claim.names().stream().noneMatch(tested::contains)) {
          problems.add(RuleProblem.builder()
              .file(source.name())
              .line(lines.getOrDefault(rule.getName(), Math.max(rule.getLine(), 0)))
              .column(1)
              .message("rule \"" + rule.getName() + "\": its @reason speaks of " + claim.fact() + ", which its "
                  + (claim.conditionsOnly() ? "conditions do not test" : "conditions and conclusions do not name")
                  + " (expected one of " + String.join(", ", claim.names()) + "); a reason states only what the "
                  + "rule establishes")
              .severity(Severity.ERROR)
              .build());
        }
      }
    }
  }

  /** The text of a rule's conditions, from {@code when} to {@code then}. */
  private static String conditions(RuleFile source, RuleDescr rule) {
    String content = source.content();
    int start = Math.max(0, rule.getStartCharacter());
    int when = content.indexOf("when", start);
    int then = when < 0 ? -1 : content.indexOf("\nthen", when);
    return when < 0 || then < 0 ? String.valueOf(rule.getLhs()) : content.substring(when, then);
  }

  private static Optional<PackageDescr> parse(RuleFile source) {
    try {
      DrlParser parser = new DrlParser();
      PackageDescr parsed = parser.parse(false, source.content());
      return parser.hasErrors() || parsed == null ? Optional.empty() : Optional.of(parsed);
    } catch (DroolsParserException e) {
      return Optional.empty();
    }
  }
}

package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each mutation operator on small DRL texts: what it proposes, on which line, and the text it makes. */
class DrlMutatorTest {
  static final String DRL = """
      package io.github.engagementrules.rules.guide;

      import io.github.engagementrules.model.*;

      function boolean engaging(Opportunity opportunity) {
        return !opportunity.topics().isEmpty() || opportunity.requests().contains(Request.BRIEFING);
      }

      rule "Patrols are attended by the PCSO" // a comment with rule "not a rule"
        @section("patrols")
        @reason("when then end")
      when
        Opportunity(kind == OpportunityKind.PATROL, purposes.isEmpty(),
                    stakeholderTypes contains StakeholderType.MP || stakeholderTypes not contains StakeholderType.NHS)
        $pcso : RosterPost(role == Role.PCSO)
        not AttendanceRuling()
      then
        insert(AttendanceRuling.attend(Role.PCSO));
        insert($pcso.contactFor(Remit.POINT_OF_CONTACT));
      end
      """;

  @Test
  void eachOperator_proposesOneEditPerPlace_withItsLine() {
    DrlMutator mutator = DrlMutator.of(DRL);

    assertEquals(List.of("Patrols are attended by the PCSO"), mutator.ruleNames()); // not the one in the comment
    assertEquals(List.of(
        "FLIP_TEST 6 function engaging tests `opportunity.topics().isEmpty()` instead of"
            + " `!opportunity.topics().isEmpty()`",
        "SWAP_CONDITION_CONSTANT 6 function engaging tests Request.STATISTICS_REPORT instead of Request.BRIEFING",
        "DROP_OPERAND 6 function engaging ignores `!opportunity.topics().isEmpty()`",
        "DROP_OPERAND 6 function engaging ignores `opportunity.requests().contains(Request.BRIEFING)`",
        "DELETE_RULE 9 " + RULE + " is deleted",
        "REMOVE_PATTERN 13 " + RULE + " no longer requires `Opportunity(kind == OpportunityKind.PATROL,"
            + " purposes.isEmpty(), stakeholderTypes contains Stakeho...`",
        "NEGATE_PATTERN 13 " + RULE + " requires `not Opportunity(kind == OpportunityKind.PATROL, purposes.isEmpty(),"
            + " stakeholderTypes contains Stakeho...` instead of `Opportunity(kind == OpportunityKind.PATROL,"
            + " purposes.isEmpty(), stakeholderTypes contains Stakeho...`",
        "REMOVE_CONSTRAINT 13 " + RULE + " no longer tests `kind == OpportunityKind.PATROL`",
        "REMOVE_CONSTRAINT 13 " + RULE + " no longer tests `purposes.isEmpty()`",
        "REMOVE_CONSTRAINT 14 " + RULE + " no longer tests `stakeholderTypes contains StakeholderType.MP ||"
            + " stakeholderTypes not contains StakeholderType.NHS`",
        "REMOVE_CONSTRAINT 15 " + RULE + " no longer tests `role == Role.PCSO`",
        "REMOVE_PATTERN 16 " + RULE + " no longer requires `not AttendanceRuling()`",
        "NEGATE_PATTERN 16 " + RULE + " requires `AttendanceRuling()` instead of `not AttendanceRuling()`",
        "FLIP_TEST 13 " + RULE + " tests `!=` instead of `==` in `kind == OpportunityKind.PATROL`",
        "SWAP_CONDITION_CONSTANT 13 " + RULE + " tests OpportunityKind.ONLINE instead of OpportunityKind.PATROL",
        "FLIP_TEST 13 " + RULE + " tests `!purposes.isEmpty()` instead of `purposes.isEmpty()`",
        "FLIP_TEST 14 " + RULE + " tests `not contains` instead of `contains` in"
            + " `stakeholderTypes contains StakeholderType.MP`",
        "SWAP_CONDITION_CONSTANT 14 " + RULE + " tests StakeholderType.COUNTY_COUNCILLOR instead of StakeholderType.MP",
        "FLIP_TEST 14 " + RULE + " tests `contains` instead of `not contains` in"
            + " `stakeholderTypes not contains StakeholderType.NHS`",
        "SWAP_CONDITION_CONSTANT 14 " + RULE + " tests StakeholderType.FAITH_GROUP instead of StakeholderType.NHS",
        "FLIP_TEST 15 " + RULE + " tests `!=` instead of `==` in `role == Role.PCSO`",
        "SWAP_CONDITION_CONSTANT 15 " + RULE + " tests Role.SNT_OFFICER instead of Role.PCSO",
        "DROP_OPERAND 14 " + RULE + " ignores `stakeholderTypes contains StakeholderType.MP`",
        "DROP_OPERAND 14 " + RULE + " ignores `stakeholderTypes not contains StakeholderType.NHS`",
        "SWAP_CONSEQUENCE_CONSTANT 18 " + RULE + " concludes AttendanceRuling.delegate instead of"
            + " AttendanceRuling.attend",
        "SWAP_CONSEQUENCE_CONSTANT 18 " + RULE + " concludes Role.SNT_OFFICER instead of Role.PCSO",
        "SWAP_CONSEQUENCE_CONSTANT 19 " + RULE + " concludes Remit.PREVENT instead of Remit.POINT_OF_CONTACT"),
        mutator.candidates().stream().map(c -> c.operator() + " " + c.line() + " " + c.rule() + " " + c.change())
            .toList());
  }

  @Test
  void edits_changeExactlyWhatTheySay() {
    DrlMutator mutator = DrlMutator.of(DRL);

    assertEquals(
        "              stakeholderTypes not contains StakeholderType.NHS)",
        line(mutant(mutator, "ignores `stakeholderTypes contains StakeholderType.MP`"), 14));
    assertEquals("  Opportunity(kind == OpportunityKind.PATROL, !purposes.isEmpty(),",
        line(mutant(mutator, "tests `!purposes.isEmpty()` instead of `purposes.isEmpty()`"), 13));
    assertEquals("  return opportunity.topics().isEmpty() || opportunity.requests().contains(Request.BRIEFING);",
        line(mutant(mutator, "tests `opportunity.topics().isEmpty()` instead of `!opportunity.topics().isEmpty()`"),
            6));
    assertEquals("  insert(AttendanceRuling.delegate(Role.PCSO));",
        line(mutant(mutator, "concludes AttendanceRuling.delegate instead of AttendanceRuling.attend"), 18));
    String deleted = mutant(mutator, "is deleted");
    assertFalse(deleted.contains("Patrols are attended"), deleted);
    assertTrue(deleted.contains("function boolean engaging"), deleted);
  }

  @Test
  void boundPatternsUsedLater_areNeitherRemovedNorNegated_butUnusedBindingsAre() {
    DrlMutator mutator = DrlMutator.of("""
        import io.github.engagementrules.model.*;
        rule "r" @section("patrols") @reason("x")
        when
          $opportunity : Opportunity(risks not contains Risk.CRIME)
          $unused : Ward()
          exists Stakeholder(type in (StakeholderType.MP, StakeholderType.NHS)) from $opportunity.stakeholders
        then
          insert(AttendanceRuling.decline());
        end
        """);

    List<String> changes = mutator.candidates().stream()
        .filter(c -> c.operator() == MutationOperator.REMOVE_PATTERN || c.operator() == MutationOperator.NEGATE_PATTERN
            || c.operator() == MutationOperator.FLIP_TEST)
        .map(c -> c.operator() + " " + c.line() + " " + c.change())
        .toList();
    assertEquals(List.of(
        "REMOVE_PATTERN 5 no longer requires `$unused : Ward()`",
        "NEGATE_PATTERN 5 requires `not Ward()` instead of `Ward()`",
        "REMOVE_PATTERN 6 no longer requires `exists Stakeholder(type in (StakeholderType.MP, StakeholderType.NHS))"
            + " from $opportunity.stakeholders`",
        "NEGATE_PATTERN 6 requires `not Stakeholder(type in (StakeholderType.MP, StakeholderType.NHS)) from"
            + " $opportunity.stakeholders` instead of `exists Stakeholder(type in (StakeholderType.MP,"
            + " StakeholderType.NHS)) from $opportunity.stakeholders`",
        "FLIP_TEST 4 tests `contains` instead of `not contains` in `risks not contains Risk.CRIME`",
        "FLIP_TEST 6 tests `not in` instead of `in` in `type in (StakeholderType.MP, StakeholderType.NHS)`"),
        changes);
  }

  private static final String RULE = "rule \"Patrols are attended by the PCSO\"";

  private static String mutant(DrlMutator mutator, String change) {
    return mutator.candidates().stream().filter(c -> c.change().equals(change)).findFirst().orElseThrow()
        .edit().apply(DRL);
  }

  private static String line(String text, int line) {
    return text.lines().skip(line - 1).findFirst().orElseThrow();
  }
}

package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules cannot take the service down: a rule that throws, or that loops by re-activating itself or by inserting new
 * facts, fails only the decision it fires in, with an error naming the rule, and the next decision works.
 */
// Without the firing limit a loop never returns and ignores interrupts: fail from a separate thread, not hang.
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RunawayRulesTest {
  /** Meetings are attended; a meeting with the trigger purpose also fires the runaway rule under test. */
  private static final String BASE = """
      package test;
      import io.github.engagementrules.model.*;

      rule "Meetings are attended"
        @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose") @tier("engage")
      when
        Opportunity(kind == OpportunityKind.COMMUNITY_MEETING)
      then
        insert(AttendanceRuling.attend(Role.PCSO));
      end

      """;

  @TempDir Path rules;

  @Test
  void ruleThatThrowsInItsConsequence_failsThatDecisionNamingTheRule_andTheNextDecisionWorks() throws IOException {
    EngagementDecider decider = decider("""
        rule "Divide by zero"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose")
        when
          Opportunity(purposes contains PolicingPurpose.PRIORITY_CRIME)
        then
          int zero = 0;
          int broken = 1 / zero;
        end
        """);

    assertFailsThenRecovers(decider, ErrorCode.RULE_EVALUATION, "'Divide by zero'");
  }

  @Test
  void ruleThatThrowsInItsCondition_failsThatDecision_andTheNextDecisionWorks() throws IOException {
    EngagementDecider decider = decider("""
        function boolean explode(Opportunity o) {
          if (o.purposes().contains(PolicingPurpose.PRIORITY_CRIME)) {
            throw new IllegalStateException("condition exploded");
          }
          return false;
        }

        rule "Explode while matching"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose")
        when
          $o : Opportunity(explode($o))
        then
          insert(Escalation.routine(Role.BOROUGH_INSPECTOR, "never"));
        end
        """);

    assertFailsThenRecovers(decider, ErrorCode.RULE_EVALUATION, "Explode while matching");
  }

  @Test
  void ruleThatUpdatesAFact_isRejectedBeforeItCanLoop_namingTheRule() throws IOException {
    // Rules conclude by inserting findings; an update could re-activate rules and make outcomes depend on order.
    EngagementException e = assertThrows(EngagementException.class, () -> decider("""
        rule "Update the opportunity forever"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose")
        when
          $o : Opportunity(purposes contains PolicingPurpose.PRIORITY_CRIME)
        then
          update($o);
        end
        """));

    assertEquals(ErrorCode.RULE_COMPILATION, e.code());
    assertTrue(e.getMessage().contains("\"Update the opportunity forever\" modifies or deletes facts"), e.getMessage());
  }

  @Test
  void rulesThatInsertNewFactsWithoutEnd_areStoppedByTheFiringLimitNamingTheRules() throws IOException {
    EngagementDecider decider = decider("""
        declare Counter
          value : int
        end

        rule "Start counting"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose")
        when
          Opportunity(purposes contains PolicingPurpose.PRIORITY_CRIME)
        then
          insert(new Counter(0));
        end

        rule "Count on forever"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose")
        when
          Counter($v : value)
          not Counter(value == $v + 1)
        then
          insert(new Counter($v + 1));
        end
        """);

    assertFailsThenRecovers(decider, ErrorCode.FIRING_LIMIT_EXCEEDED, "'Count on forever'");
  }

  private void assertFailsThenRecovers(EngagementDecider decider, ErrorCode code, String named) {
    for (int round = 0; round < 3; round++) { // a failed decision must not poison the pooled sessions
      EngagementException e =
          assertThrows(EngagementException.class, () -> decider.decide(meeting("bad", PolicingPurpose.PRIORITY_CRIME)));
      assertEquals(code, e.code(), e.getMessage());
      assertTrue(e.getMessage().contains(named), e.getMessage());
      assertTrue(e.getMessage().contains("'bad'"), "names the opportunity: " + e.getMessage());

      assertEquals(Attendance.ATTEND, decider.decide(meeting("good", PolicingPurpose.CHRONIC_ISSUE)).attendance());
    }
  }

  private EngagementDecider decider(String runawayRule) throws IOException {
    Files.writeString(rules.resolve("runaway.drl"), BASE + runawayRule, StandardCharsets.UTF_8);
    return EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules).firingLimit(100).build();
  }

  private static Opportunity meeting(String id, PolicingPurpose purpose) {
    return Opportunity.builder()
        .id(id)
        .kind(OpportunityKind.COMMUNITY_MEETING)
        .borough(Rosters.FULL)
        .ward(Rosters.STAFFED_WARD)
        .addPurposes(purpose)
        .build();
  }
}

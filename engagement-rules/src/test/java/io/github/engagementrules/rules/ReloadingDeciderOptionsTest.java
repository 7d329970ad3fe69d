package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reloading decider is configured by the same builder options as {@code build()}: the rule-file allow-list, widened
 * or not, and the decision listener.
 */
class ReloadingDeciderOptionsTest {
  private static final String USES_JAVA_TIME = """
      package test;
      import io.github.engagementrules.model.*;

      rule "Everything is declined while the clock says so"
        @section("policing-purpose") @reason("test") @quote("Prevention and detection of crime") @tier("engage")
      when
        Opportunity(java.time.DayOfWeek.MONDAY != null)
      then
        insert(AttendanceRuling.decline());
      end
      """;

  @TempDir Path rules;

  @Test
  void ruleReachingOutsideTheAllowList_isRejected_unlessTheEmbedderWidensIt() throws IOException {
    Files.writeString(rules.resolve("time.drl"), USES_JAVA_TIME);

    EngagementException rejected =
        assertThrows(
            EngagementException.class,
            () -> EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules).buildReloading());
    assertEquals(ErrorCode.RULE_COMPILATION, rejected.code());

    try (ReloadingDecider decider =
        EngagementRules.builder()
            .roster(Rosters.standard())
            .ruleDirectory(rules)
            .allowRuleAccessTo("java.time")
            .buildReloading()) {
      Opportunity patrol =
          Opportunity.builder().id("p").kind(OpportunityKind.PATROL).borough(Rosters.FULL).ward(Rosters.STAFFED_WARD)
              .build();
      assertEquals(Attendance.DECLINE, decider.decide(patrol).attendance());
    }
  }

  @Test
  void decisionListener_hearsEveryDecisionOfAReloadingDecider() throws IOException {
    Files.writeString(rules.resolve("patrols.drl"), """
        package test;
        import io.github.engagementrules.model.*;

        rule "Patrols are attended"
          @section("patrols") @reason("test") @quote("Each Borough should have patrol plans where relevant.") @tier("engage")
        when
          Opportunity(kind == OpportunityKind.PATROL)
        then
          insert(AttendanceRuling.attend(Role.SNT_OFFICER));
        end
        """);
    List<DecisionRecord> heard = new CopyOnWriteArrayList<>();

    try (ReloadingDecider decider =
        EngagementRules.builder()
            .roster(Rosters.standard())
            .ruleDirectory(rules)
            .decisionListener(heard::add)
            .buildReloading()) {
      Opportunity patrol =
          Opportunity.builder().id("p").kind(OpportunityKind.PATROL).borough(Rosters.FULL).ward(Rosters.STAFFED_WARD)
              .build();
      decider.decide(patrol);
      decider.withRoster(Rosters.standard()).decideAll(List.of(patrol));
    }

    assertEquals(2, heard.size());
    assertEquals("p", heard.get(1).opportunity().id());
    assertEquals(Attendance.ATTEND, heard.get(0).decision().attendance());
  }
}

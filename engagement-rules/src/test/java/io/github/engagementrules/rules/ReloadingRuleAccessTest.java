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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reloading decider checks its rule files against the same allow-list as {@code build()}, widened or not. */
class ReloadingRuleAccessTest {
  private static final String USES_JAVA_TIME = """
      package test;
      import io.github.engagementrules.model.*;

      rule "Everything is declined while the clock says so"
        @section("policing-purpose") @reason("test")
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
}

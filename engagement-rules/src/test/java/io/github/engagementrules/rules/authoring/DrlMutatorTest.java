package io.github.engagementrules.rules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
  void print() {
    DrlMutator mutator = DrlMutator.of(DRL);
    assertEquals(List.of("Patrols are attended by the PCSO"), mutator.ruleNames());
    for (DrlMutator.Candidate c : mutator.candidates()) {
      System.out.println(c.operator() + " " + c.line() + " " + c.rule() + " " + c.change() + "\n    -> "
          + c.edit().apply(DRL).lines().skip(c.line() - 1).findFirst().orElse(""));
    }
  }
}

package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import io.github.engagementrules.rules.RuleFiles;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * What keeps reused sessions from accumulating memory: a session goes back to Drools' pool, which resets it, after
 * {@link ReusableSessions#DECISIONS_PER_SESSION} decisions, and otherwise keeps a ward's roster facts, and only them.
 */
class ReusableSessionsTest {
  private static final CompiledRuleBase RULES = RuleBaseCompiler.compileOrThrow(RuleFiles.builtIn());
  private final RosterFacts roster =
      RosterFacts.of(
          Roster.builder()
              .addBoroughs(
                  Borough.builder()
                      .name("North")
                      .boroughInspector(Officer.of("BI", "Bea Inspector"))
                      .neighbourhoodInspector(Officer.of("NI", "Nat Inspector"))
                      .divisionalCommander(Officer.of("DC", "Dev Commander"))
                      .cadetsAvailable(true)
                      .addWards(Ward.builder().name("Hill").pcso(Officer.of("P1", "Pip Support")).build())
                      .addWards(Ward.builder().name("Vale").build())
                      .build())
              .build());
  private final RosterFacts.Place hill = roster.place("North", Optional.of("Hill"));
  private final RosterFacts.Place vale = roster.place("North", Optional.of("Vale"));
  private final ReusableSessions sessions = new ReusableSessions(RULES.sessions(), new Resolver(RULES.rulesByName(), RULES.precedence()));

  @Test
  void aSession_isReusedUntilItsQuota_thenResetThroughThePool() {
    ReusableSessions.Session first = sessions.take(hill);
    for (int i = 1; i < ReusableSessions.DECISIONS_PER_SESSION; i++) {
      decideNothing(first, i % 2 == 0 ? hill : vale);
      sessions.giveBack(first);
      assertSame(first, sessions.take(hill), "decision " + i);
    }
    decideNothing(first, hill);
    sessions.giveBack(first);

    assertNotSame(first, sessions.take(hill));
  }

  @Test
  void aSession_holdsOnlyTheRosterFactsOfItsLastWard() {
    ReusableSessions.Session session = sessions.take(hill);
    decideNothing(session, hill);
    decideNothing(session, vale);

    assertEquals(vale.facts().size(), session.begin(vale).getFactCount());
  }

  private static void decideNothing(ReusableSessions.Session session, RosterFacts.Place place) {
    session.begin(place).insert("a fact no rule matches");
    session.finish();
  }
}

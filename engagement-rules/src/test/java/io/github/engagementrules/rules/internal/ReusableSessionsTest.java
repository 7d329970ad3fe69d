package io.github.engagementrules.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.ImmutableBorough;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import io.github.engagementrules.rules.RuleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What keeps reused sessions from accumulating memory: a session goes back to Drools' pool, which resets it, after
 * {@link ReusableSessions#DECISIONS_PER_SESSION} decisions, and otherwise keeps a ward's roster facts, and only them;
 * and which session a decision at a place gets: one seated there (the calling thread's last, if several), else a
 * new one up to {@link
 * ReusableSessions#KEPT_SESSIONS}, else the one idle longest.
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
  private final ReusableSessions sessions = new ReusableSessions(RULES.sessions(), new Resolver(RULES.info(), RULES.rulesByName(), RULES.precedence()));

  @Test
  void aSession_isReusedUntilItsQuota_thenResetThroughThePool() {
    ReusableSessions.Session first = sessions.take(hill);
    for (int i = 1; i < ReusableSessions.DECISIONS_PER_SESSION; i++) {
      RosterFacts.Place place = i % 2 == 0 ? hill : vale;
      decideNothing(first, place);
      sessions.giveBack(first);
      assertSame(first, sessions.take(place), "decision " + i);
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

  @Test
  void aDecisionAtAPlaceNoIdleSessionHolds_opensAnotherSession_andEachStaysSeated() {
    ReusableSessions.Session atHill = sessions.take(hill);
    decideNothing(atHill, hill);
    sessions.giveBack(atHill);

    ReusableSessions.Session atVale = sessions.take(vale);
    assertNotSame(atHill, atVale);
    decideNothing(atVale, vale);
    sessions.giveBack(atVale);

    assertSame(atHill, sessions.take(hill));
    assertSame(atVale, sessions.take(vale));
  }

  @Test
  void ofTwoIdleSessionsSeatedAtAPlace_aThreadGetsTheOneItDecidedInLast() throws InterruptedException {
    ReusableSessions.Session mine = sessions.take(hill);
    decideNothing(mine, hill);
    ReusableSessions.Session[] others = new ReusableSessions.Session[1];
    Thread other = new Thread(() -> {
      others[0] = sessions.take(hill);
      decideNothing(others[0], hill);
      sessions.giveBack(others[0]);
    });
    other.start();
    other.join();
    sessions.giveBack(mine); // given back after the other thread's: the one given back longest ago is the other's

    assertNotSame(mine, others[0]);
    assertSame(mine, sessions.take(hill));
    assertSame(others[0], sessions.take(hill), "a session seated at the place, though another thread used it last");
  }

  @Test
  void onceTheKeptSessionsAreOpen_theSessionGivenBackLongestAgo_movesToTheNewPlace() {
    ImmutableBorough.Builder borough = Borough.builder()
        .name("Wide")
        .boroughInspector(Officer.of("BI", "Bea Inspector"))
        .neighbourhoodInspector(Officer.of("NI", "Nat Inspector"))
        .divisionalCommander(Officer.of("DC", "Dev Commander"))
        .cadetsAvailable(true);
    for (int i = 0; i <= ReusableSessions.KEPT_SESSIONS; i++) {
      borough.addWards(Ward.builder().name("Ward " + i).build());
    }
    RosterFacts wide = RosterFacts.of(Roster.builder().addBoroughs(borough.build()).build());
    List<ReusableSessions.Session> kept = new ArrayList<>();
    for (int i = 0; i < ReusableSessions.KEPT_SESSIONS; i++) {
      RosterFacts.Place ward = wide.place("Wide", Optional.of("Ward " + i));
      ReusableSessions.Session session = sessions.take(ward);
      decideNothing(session, ward);
      kept.add(session);
    }
    kept.forEach(sessions::giveBack);

    assertSame(kept.get(0), sessions.take(wide.place("Wide", Optional.of("Ward " + ReusableSessions.KEPT_SESSIONS))));
  }

  private static void decideNothing(ReusableSessions.Session session, RosterFacts.Place place) {
    session.begin(place).insert("a fact no rule matches");
    session.finish();
  }
}

package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import io.github.engagementrules.rules.internal.RuleBaseCompiler;
import io.github.engagementrules.rules.internal.SessionDecisions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * The decider reuses warm sessions (facts deleted between decisions, a ward's roster facts kept, batches grouped by
 * ward); every decision must still be exactly what a fresh stateless session makes, byte for byte in JSON, whatever
 * came before it in the session.
 */
class SessionReuseTest {
  private static final CompiledRuleBase RULES = RuleBaseCompiler.compileOrThrow(RuleFiles.builtIn());
  private final DroolsDecider decider =
      new DroolsDecider(RULES, Rosters.standard(), EngagementRules.DEFAULT_FIRING_LIMIT);
  private final SessionDecisions decisions = new SessionDecisions(RULES, Rosters.standard());
  private final List<Opportunity> inputs = inputs(1_000);

  /**
   * Half spread evenly over the enumerated input domain, half seeded random samples of it; all ids distinct, so any
   * slice is a valid batch.
   */
  private static List<Opportunity> inputs(int count) {
    return VariedOpportunities.of(Rosters.standard(), 20261121, count);
  }

  /** The decision a fresh stateless session makes. */
  private Decision fresh(Opportunity opportunity) {
    try (KieSession session = RULES.kieBase().newKieSession()) {
      return decisions.decide(session, opportunity);
    }
  }

  @Test
  void singleDecisionsInReusedSessions_areThoseOfAFreshSession() {
    for (int round = 0; round < 2; round++) {
      for (Opportunity opportunity : inputs) {
        assertEquals(json(fresh(opportunity)), json(decider.decide(opportunity)), opportunity::toString);
      }
    }
  }

  @Test
  void batchDecisionsGroupedByWard_areThoseOfAFreshSession_inInputOrder() {
    List<DecisionResult> results = decider.decideAll(inputs);

    assertEquals(inputs.size(), results.size());
    for (int i = 0; i < inputs.size(); i++) {
      assertEquals(i, results.get(i).index());
      assertEquals(json(fresh(inputs.get(i))), json(results.get(i).decision().orElseThrow()));
    }
  }

  @Test
  void aBatchWithFailingRecords_decidesTheRestAsAFreshSessionDoes() {
    List<Opportunity> batch = new ArrayList<>(inputs.subList(0, 200));
    batch.add(
        50,
        Opportunity.builder()
            .id("unplaced")
            .kind(OpportunityKind.COMMUNITY_MEETING)
            .borough(Rosters.FULL)
            .ward("Nowhere")
            .build());
    batch.add(120, inputs.get(3));

    List<DecisionResult> results = decider.decideAll(batch);

    assertEquals(ErrorCode.UNKNOWN_PLACE, results.get(50).error().orElseThrow().code());
    assertEquals(ErrorCode.DUPLICATE_ID, results.get(120).error().orElseThrow().code());
    for (int i = 0; i < batch.size(); i++) {
      if (i != 50 && i != 120) {
        assertTrue(results.get(i).isDecided(), "record " + i);
        assertEquals(json(fresh(batch.get(i))), json(results.get(i).decision().orElseThrow()));
      }
    }
  }

  private static String json(Decision decision) {
    return EngagementJson.write(EngagementJson.toJson(decision));
  }
}

package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule files compiled in memory, as the authoring tools compile edited copies, mutants and reversed orders. */
class CompiledRulesTest {
  private static final Opportunity STATISTICS_ONLY =
      Opportunity.builder().id("s-1").kind(OpportunityKind.COMMUNITY_MEETING).borough(Rosters.FULL)
          .ward(Rosters.STAFFED_WARD).addRequests(Request.STATISTICS_REPORT).build();

  @Test
  void builtInFiles_compileInMemory_toTheRuleBaseTheBuilderUses() {
    RuleCompilation compilation = CompiledRules.compile(RuleFiles.builtIn());

    assertEquals(List.of(), compilation.errors());
    CompiledRules rules = compilation.orElseThrow();
    EngagementDecider builtIn = EngagementRules.builder().roster(Rosters.standard()).build();
    assertEquals(builtIn.ruleBase().version(), rules.info().version());
    assertEquals(builtIn.decide(STATISTICS_ONLY), rules.decider(Rosters.standard()).decide(STATISTICS_ONLY));
    assertEquals(Attendance.REDIRECT, rules.decider(Rosters.standard()).decide(STATISTICS_ONLY).attendance());
    assertEquals(CompiledRules.builtIn().info(), rules.info());
  }

  @Test
  void brokenFile_isAProblemAtItsLine_andOrElseThrowNamesIt() {
    List<RuleFile> files = new ArrayList<>(RuleFiles.builtIn());
    RuleFile patrols = files.stream().filter(f -> f.name().endsWith("patrols.drl")).findFirst().orElseThrow();
    files.set(files.indexOf(patrols), RuleFile.of(patrols.name(), patrols.content() + "\nrule \"half\" when\n"));

    RuleCompilation compilation = CompiledRules.compile(files);

    assertTrue(compilation.rules().isEmpty());
    assertFalse(compilation.errors().isEmpty());
    assertTrue(compilation.errors().get(0).toString().startsWith(patrols.name() + ":"), compilation.errors()::toString);
    assertFalse(compilation.validation().isValid());
    EngagementException failure = assertThrows(EngagementException.class, compilation::orElseThrow);
    assertEquals(ErrorCode.RULE_COMPILATION, failure.code());
    assertTrue(failure.getMessage().contains(patrols.name() + ":"), failure.getMessage());
  }

  @Test
  void decider_needsAPositiveFiringLimit_andContactOrderComesFromThePrecedence() {
    CompiledRules rules = CompiledRules.builtIn();

    assertThrows(IllegalArgumentException.class, () -> rules.decider(Rosters.standard(), 0));
    assertFalse(rules.contactOrder().isEmpty());
    assertEquals(rules.contactOrder().size(), Set.copyOf(rules.contactOrder()).size());
  }
}

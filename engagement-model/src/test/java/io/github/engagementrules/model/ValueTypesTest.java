package io.github.engagementrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Structural checks of the value types' builders. */
class ValueTypesTest {
  @Test
  void opportunity_blankWard_isRejectedNamingTheField() {
    EngagementException e = assertThrows(EngagementException.class, () ->
        Opportunity.builder().id("o").kind(OpportunityKind.PATROL).borough("B").ward("").build());

    assertEquals(ErrorCode.INVALID_INPUT, e.code());
    assertEquals("ward", e.field().orElseThrow());
  }

  @Test
  void opportunity_stakeholderTypesAreDerivedFromTheStakeholders() {
    Opportunity o = Opportunity.builder().id("o").kind(OpportunityKind.PATROL).borough("B").ward("W")
        .addStakeholders(Stakeholder.of(StakeholderType.MP, "A"), Stakeholder.of(StakeholderType.MP, "B"),
            Stakeholder.of(StakeholderType.NHS))
        .build();

    assertEquals(EnumSet.of(StakeholderType.MP, StakeholderType.NHS), o.stakeholderTypes());
  }

  @Test
  void opportunity_missingRequiredAttribute_isRejectedByTheStrictBuilder() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        Opportunity.builder().id("o").borough("B").ward("W").build());

    assertTrue(e.getMessage().contains("kind"), e.getMessage());
  }

  @Test
  void roster_duplicateBoroughNames_areRejected() {
    Borough borough = Borough.builder().name("B").boroughInspector(Officer.of("1", "A"))
        .neighbourhoodInspector(Officer.of("2", "N")).divisionalCommander(Officer.of("3", "D"))
        .cadetsAvailable(false).build();

    EngagementException e = assertThrows(EngagementException.class, () ->
        Roster.builder().addBoroughs(borough, borough).build());

    assertEquals("boroughs", e.field().orElseThrow());
  }

  @Test
  void escalation_blankReason_isRejected() {
    assertThrows(EngagementException.class, () -> Escalation.routine(Role.BOROUGH_INSPECTOR, " "));
  }

  @Test
  void decision_sectionsAreTheFiredRulesSectionsInOrderWithoutRepeats() {
    Decision decision = Decision.builder().opportunityId("o").attendance(Attendance.ATTEND)
        .addReasons(Reason.of("a", "x", "t"), Reason.of("b", "y", "t"), Reason.of("c", "x", "t"))
        .ruleBaseVersion("v").build();

    assertEquals(java.util.List.of("x", "y"), decision.sections());
  }
}

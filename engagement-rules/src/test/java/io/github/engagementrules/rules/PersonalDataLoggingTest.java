package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Ward;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stakeholder and officer names are personal data: nothing the library or Drools logs at INFO or above carries them,
 * whether decisions succeed, fail, or rules are compiled. The slf4j-simple binding of the tests writes INFO and above
 * to {@code System.err}, which the test captures.
 */
class PersonalDataLoggingTest {
  private static final String STAKEHOLDER = "Ottoline Quaxleigh-Stakeholder";
  private static final String OFFICER = "Percival Zanzibar-Officer";
  private static final String PCSO = "Griselda Vexworth-Pcso";

  @TempDir Path rules;
  @TempDir Path broken;

  private static Roster roster() {
    return Roster.builder()
        .addBoroughs(
            Borough.builder()
                .name("Waverley")
                .boroughInspector(Officer.of("BI-9", OFFICER))
                .neighbourhoodInspector(Officer.of("NI-9", OFFICER + " Junior"))
                .divisionalCommander(Officer.of("DC-9", OFFICER + " Senior"))
                .communityEngagementVolunteer(Officer.of("CEV-9", OFFICER + " Volunteer"))
                .cadetsAvailable(true)
                .addWards(Ward.builder().name("Farnham Castle").pcso(Officer.of("PCSO-9", PCSO)).build())
                .addWards(Ward.builder().name("Vacant").build())
                .build())
        .build();
  }

  private static List<Opportunity> opportunities() {
    List<Opportunity> opportunities = new ArrayList<>();
    for (OpportunityKind kind : OpportunityKind.values()) {
      for (String ward : List.of("Farnham Castle", "Vacant", "Atlantis")) {
        opportunities.add(
            Opportunity.builder()
                .id(kind + "-" + ward)
                .kind(kind)
                .borough("Waverley")
                .ward(ward)
                .addPurposes(PolicingPurpose.CHRONIC_ISSUE)
                .addStakeholders(Stakeholder.of(StakeholderType.MP, STAKEHOLDER))
                .addStakeholders(Stakeholder.of(StakeholderType.HARD_TO_REACH_GROUP, STAKEHOLDER + " Group"))
                .build());
      }
    }
    return opportunities;
  }

  @Test
  void namesNeverReachTheLog_whenRulesCompileAndDecisionsSucceedOrFail() throws IOException {
    for (var source : RuleFiles.builtIn()) {
      Files.writeString(rules.resolve(source.name().substring(source.name().lastIndexOf('/') + 1)), source.content());
    }
    Files.writeString(rules.resolve("failing.drl"), """
        package test;
        import io.github.engagementrules.model.*;

        rule "Fail for a chronic online issue"
          @section("online") @reason("test") @quote("SNT will use social media engagement to keep communities informed.")
        when
          Opportunity(kind == OpportunityKind.ONLINE)
        then
          int zero = 0;
          int broken = 1 / zero;
        end
        """);
    Files.writeString(broken.resolve("broken.drl"), "package test;\nrule \"Broken\" when then end end\n");
    List<Opportunity> opportunities = opportunities();

    String log = captureStandardError(() -> {
      EngagementDecider decider = EngagementRules.builder().roster(roster()).ruleDirectory(rules).build();
      int failed = 0;
      for (Opportunity opportunity : opportunities) {
        try {
          decider.decide(opportunity);
        } catch (EngagementException e) {
          failed++;
        }
      }
      decider.decideAll(opportunities);
      decider.decideAll(List.of(opportunities.get(0), opportunities.get(0)));
      assertTrue(failed > 0, "some decisions failed and went through the error paths");
      assertThrows(EngagementException.class,
          () -> EngagementRules.builder().roster(roster()).ruleDirectory(broken).build());
    });

    assertTrue(log.contains("Compiled rule base"), "the capture sees the library's INFO log:\n" + log);
    for (String name : List.of(STAKEHOLDER, OFFICER, PCSO)) {
      assertFalse(log.contains(name), "'" + name + "' was logged:\n" + log);
    }
  }

  private static String captureStandardError(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}

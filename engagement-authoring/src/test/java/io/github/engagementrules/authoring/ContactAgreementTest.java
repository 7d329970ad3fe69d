package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.ContactAgreement;
import io.github.engagementrules.authoring.DomainVerification;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.authoring.ScenarioResult;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.authoring.VerificationFinding;
import io.github.engagementrules.authoring.VerificationReport;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.Rosters;
import io.github.engagementrules.rules.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ContactAgreement}: {@code verify} notices an incomplete edit, the yearly review's "briefings for councillors
 * will be given by the Borough Inspector" made in the councillors' briefing rule alone.
 */
class ContactAgreementTest {
  private static final String DISAGREEMENT = "the borough inspector attends but the point of contact is the"
      + " neighbourhood inspector, and no rule's reason says why they differ";
  @TempDir Path temp;

  @Test
  void councillorsBriefedByTheBoroughInspector_contactLeftAlone_isAFindingWithACounterexampleScenario()
      throws IOException {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules")).replace("elected-members.drl",
        "insert(AttendanceRuling.attend(Role.NEIGHBOURHOOD_INSPECTOR));\nend\n\nrule \"Briefing for elected",
        "insert(AttendanceRuling.attend(Role.BOROUGH_INSPECTOR));\nend\n\nrule \"Briefing for elected");
    EngagementDecider edited = rules.decider();

    VerificationReport report = DomainVerification.verify(edited, InputDomain.of(Rosters.standard()), 101);

    VerificationFinding finding = report.findings().stream()
        .filter(f -> f.description().startsWith(DISAGREEMENT)).findFirst()
        .orElseThrow(() -> new AssertionError("not found: " + report.findings()));
    assertEquals(VerificationFinding.Kind.INVARIANT, finding.kind());
    assertTrue(finding.count() > 0);
    Path scenario = Files.writeString(temp.resolve("finding.json"), EngagementJson.write(finding.scenario(null)));
    ScenarioResult result =
        Scenarios.run(edited, Scenarios.read(List.of(scenario), Rosters.standard())).results().get(0);
    assertTrue(result.mismatches().stream().anyMatch(m -> m.startsWith("invariants: " + DISAGREEMENT)),
        result.mismatches()::toString);
  }

  @Test
  void shippedRules_keepTheAgreement_whereTheNamedPostsDiffer() {
    EngagementDecider builtIn = EngagementRules.builder().roster(Rosters.standard()).build();

    VerificationReport report = DomainVerification.verify(builtIn, InputDomain.of(Rosters.standard()), 37);

    assertEquals(List.of(), report.findings().stream().filter(f -> f.description().contains("no rule's reason says"))
        .toList());
  }
}

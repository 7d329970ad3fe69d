package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.Coverage;
import io.github.engagementrules.authoring.DerivedDomain;
import io.github.engagementrules.authoring.InputDomain;
import io.github.engagementrules.authoring.OrderIndependence;
import io.github.engagementrules.authoring.VerificationFinding;
import io.github.engagementrules.authoring.VerificationReport;
import io.github.engagementrules.authoring.internal.ReversedRules;
import io.github.engagementrules.authoring.internal.Verifier;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.BrokenRuleBases;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.Rosters;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions do not depend on load order: the built-in rule files loaded in reverse order, each in a sub-folder of its
 * own, with the rules inside each file reversed, decide exactly as the built-in rules (attendance, attendee, contacts,
 * escalations, actions, channels, reasons and overridden findings) over the enumerated domain and seeded random
 * samples of the full domain. Every {@value #STRIDE}th opportunity of the domain by default; all of them with
 * {@code -Dverification.exhaustive=true}.
 */
class OrderIndependenceTest {
  private static final int STRIDE = Boolean.getBoolean("verification.exhaustive") ? 1 : 40;

  @TempDir Path temp;

  @Test
  void rulesLoadedInReverse_fileByFileAndWithinEachFile_decideExactlyAsTheBuiltInRules() throws IOException {
    EngagementDecider builtIn = EngagementRules.builder().roster(Rosters.standard()).build();
    EngagementDecider reversed =
        EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(reversedCopy()).build();
    assertEquals(builtIn.ruleBase().rules().size(), reversed.ruleBase().rules().size());

    InputDomain domain = InputDomain.of(Rosters.standard());
    List<Opportunity> inputs = new ArrayList<>();
    for (long i = 0; i < domain.size(); i += STRIDE) {
      inputs.add(domain.opportunity(i));
    }
    inputs.addAll(domain.randomSample(20261202, 20_000));
    int differences = 0;
    StringBuilder first = new StringBuilder();
    for (Opportunity opportunity : inputs) {
      String expected = Verifier.outcome(builtIn, opportunity);
      String actual = Verifier.outcome(reversed, opportunity);
      if (!expected.equals(actual) && differences++ == 0) {
        first.append(opportunity).append("\n built-in: ").append(expected).append("\n reversed: ").append(actual);
      }
    }
    int differing = differences;
    assertEquals(0, differing, () -> differing + " of " + inputs.size() + " decisions differ; first:\n" + first);
    assertTrue(inputs.size() > 30_000, "a meaningful slice: " + inputs.size());
  }

  @Test
  void verifyWithTheReversedRuleBase_findsNoOrderDependence_andReportsADeciderThatDiffers() {
    EngagementDecider builtIn = EngagementRules.builder().roster(Rosters.standard()).build();
    DerivedDomain domain = DerivedDomain.ofBuiltInRules(Rosters.standard());
    Coverage pairs = domain.coverage(DerivedDomain.DEFAULT_BUDGET, 2);

    VerificationReport clean =
        domain.verify(builtIn, OrderIndependence.reversed(List.of(), Rosters.standard()), pairs, 7, 2_000);
    VerificationReport differing =
        domain.verify(builtIn, BrokenRuleBases.decider(BrokenRuleBases.gap(temp.resolve("gap"))), pairs, 7, 2_000);

    assertTrue(clean.isClean(), clean.findings()::toString);
    VerificationFinding finding = differing.findings().stream()
        .filter(f -> f.kind() == VerificationFinding.Kind.ORDER_DEPENDENCE).findFirst().orElseThrow();
    assertEquals(io.github.engagementrules.model.OpportunityKind.PATROL, finding.example().kind());
    assertTrue(finding.detail().contains("\"Patrol goes ahead\""), "the differing decision names the deleted rule");
    assertTrue(finding.count() > 1, "every patrol decision differs: " + finding.count());
  }

  /** The built-in files in reverse order, each in its own numbered sub-folder, with their rules reversed. */
  private Path reversedCopy() throws IOException {
    for (RuleFile source : ReversedRules.of(RuleFiles.builtIn())) {
      Path file = temp.resolve(source.name());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.content(), StandardCharsets.UTF_8);
    }
    return temp;
  }
}

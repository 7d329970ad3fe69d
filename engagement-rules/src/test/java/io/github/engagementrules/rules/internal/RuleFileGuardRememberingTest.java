package io.github.engagementrules.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A guard that remembers what it found in some files (as a mutation analysis uses it, for the unchanged files) finds
 * the same problems as one that checks every time, in remembered files and in others, even one of the same name.
 */
class RuleFileGuardRememberingTest {
  private static RuleFile file(String name, String consequence) {
    return RuleFile.of(name, """
        package test;
        import io.github.engagementrules.model.*;
        rule "A rule"
        when
          Opportunity()
        then
          %s
        end
        """.formatted(consequence));
  }

  private final RuleFile clean = file("clean.drl", "String s = \"fine\";");
  private final RuleFile exits = file("exits.drl", "System.exit(1);");
  private final RuleFile exitsEdited = file("exits.drl", "Runtime.getRuntime().halt(1);");

  @Test
  void rememberedAndOtherFiles_getTheProblemsAFreshCheckFinds_everyTime() {
    RuleFileGuard remembering = RuleFileGuard.defaults().remembering(List.of(clean, exits));
    List<RuleProblem> expected = RuleFileGuard.defaults().check(List.of(clean, exits));
    List<RuleProblem> edited = RuleFileGuard.defaults().check(List.of(clean, exitsEdited));

    assertEquals(1, expected.size(), expected.toString());
    assertNotEquals(expected, edited, "the edited file is found at another place, for another name");
    for (int round = 0; round < 2; round++) {
      assertEquals(expected, remembering.check(List.of(clean, exits)), "round " + round);
      assertEquals(edited, remembering.check(List.of(clean, exitsEdited)), "round " + round);
    }
  }
}

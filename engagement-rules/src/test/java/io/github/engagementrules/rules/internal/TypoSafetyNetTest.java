package io.github.engagementrules.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.rules.RuleProblem;
import io.github.engagementrules.rules.RuleProblem.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A typo must never leave a smaller rule base: every misspelt name in a rule's conditions (a field, a method, a
 * constant, a fact type, a binding, a keyword, a tier or section compared as text) is an error at its file, never a
 * rule base with rules missing. By default every 60th name of the built-in conditions and every text constant is
 * misspelt (about 40 compilations); {@code -Dverification.exhaustive=true} misspells every one.
 */
class TypoSafetyNetTest {
  private static final Pattern CONDITIONS = Pattern.compile("(?ms)^when\\s*$(.*?)^then\\s*$");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z_0-9-]*");
  private static final int EVERY = Boolean.getBoolean("verification.exhaustive") ? 1 : 60;

  /** One misspelling: the file, the line, and the rule files with the name misspelt. */
  private record Typo(String file, int line, String typed, List<RuleFile> sources) {}

  @Test
  void everyMisspeltNameInAConditionIsAnErrorAtItsFile_neverASmallerRuleBase() {
    List<RuleFile> builtIn = RuleFiles.builtIn();
    int ruleCount = RuleBaseCompiler.compile(builtIn).ruleBase().info().rules().size();
    List<Typo> typos = typos(builtIn);
    List<String> missed = new ArrayList<>();
    for (Typo typo : typos) {
      RuleBaseCompiler.Compilation compilation = RuleBaseCompiler.compile(typo.sources());
      boolean reportedAtItsFile = compilation.errors().stream().anyMatch(e -> e.file().equals(typo.file()));
      if (!reportedAtItsFile) {
        missed.add(typo.file() + ":" + typo.line() + " '" + typo.typed() + "': "
            + (compilation.ruleBase() == null
                ? "errors elsewhere only: " + compilation.errors()
                : "compiled, " + compilation.ruleBase().info().rules().size() + " of " + ruleCount + " rules"));
      }
    }
    assertTrue(typos.size() > 25, "enough misspellings tried: " + typos.size());
    assertEquals(List.of(), missed);
  }

  @Test
  void misspeltTierOrSection_isNamedWithTheNearestKnownOne() {
    List<RuleFile> sources = edit(RuleFiles.builtIn(), "hard-to-reach.drl",
        "sections contains \"hard-to-reach\")", "sections contains \"hard-to-raech\")");

    List<RuleProblem> errors = RuleBaseCompiler.compile(sources).errors();

    assertTrue(errors.stream().anyMatch(e -> e.message().contains("section \"hard-to-raech\"")
        && e.message().contains("did you mean 'hard-to-reach'?")), errors::toString);
  }

  @Test
  void ruleWrittenButNotCompiled_isAnErrorAtItsLine() {
    RuleFile source = RuleFiles.builtIn().stream()
        .filter(s -> s.name().endsWith("patrols.drl")).findFirst().orElseThrow();
    RuleConventions.Vocabulary vocabulary =
        new RuleConventions.Vocabulary(Set.of("Patrol goes ahead"), Set.of("engage"), Set.of("patrols"));
    List<RuleProblem> problems = new ArrayList<>();

    RuleConventions.check(source, DrlParses.none().of(source.content()), Map.of(),
        Map.of("Patrol goes ahead", "engage"), vocabulary, problems);

    List<String> missing = problems.stream()
        .filter(p -> p.severity() == Severity.ERROR && p.message().contains("is not in the compiled rule base"))
        .map(RuleProblem::message)
        .collect(Collectors.toList());
    long written = Pattern.compile("(?m)^rule ").matcher(source.content()).results().count();
    assertEquals(written - 1, missing.size(), problems::toString);
    assertTrue(missing.stream().noneMatch(m -> m.contains("\"Patrol goes ahead\"")), missing::toString);
  }

  private static List<Typo> typos(List<RuleFile> builtIn) {
    List<Typo> typos = new ArrayList<>();
    int seen = 0;
    Set<String> triedConstants = new HashSet<>();
    for (int f = 0; f < builtIn.size(); f++) {
      RuleFile source = builtIn.get(f);
      if (Precedence.declares(source)) {
        continue;
      }
      String text = source.content();
      Matcher conditions = CONDITIONS.matcher(text);
      while (conditions.find()) {
        Matcher name = NAME.matcher(text).region(conditions.start(1), conditions.end(1));
        while (name.find()) {
          boolean quoted = name.start() > 0 && text.charAt(name.start() - 1) == '"';
          if (!(quoted && triedConstants.add(name.group())) && seen++ % EVERY != 0) {
            continue;
          }
          String misspelt = text.substring(0, name.end()) + "x" + text.substring(name.end());
          List<RuleFile> sources = new ArrayList<>(builtIn);
          sources.set(f, RuleFile.of(source.name(), misspelt));
          int line = (int) text.substring(0, name.start()).chars().filter(c -> c == '\n').count() + 1;
          typos.add(new Typo(source.name(), line, name.group() + "x", sources));
        }
      }
    }
    return typos;
  }

  private static List<RuleFile> edit(List<RuleFile> sources, String file, String from, String to) {
    return sources.stream()
        .map(s -> s.name().endsWith(file) ? RuleFile.of(s.name(), s.content().replace(from, to)) : s)
        .toList();
  }
}

package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.RuleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy author's commands end to end ({@code validate}, {@code test}, {@code verify}, {@code diff}) on the
 * shipped rules and on broken copies of them. Verification and diff use a reduced enumeration ({@code --step}).
 */
class PolicyAuthorCommandsTest {
  private static final String STEP = "1009";
  @TempDir Path temp;

  /** The outcome of one run of the tool. */
  private record Run(int status, String out, String err) {}

  @Test
  void validate_shippedRules_isOk() {
    Run run = run("validate");

    assertEquals(0, run.status(), run::out);
    assertTrue(run.out().contains("OK: rule base sha256:"), run::out);
    assertTrue(run.out().matches("(?s).*, \\d+ rules, each quoting the guide; (\\d+) local interpretation\\(s\\), \\1"
        + " awaiting approval; \\d+ warning.*"), run::out);
    assertTrue(run.out().contains("edition: Surrey Police, Community Engagement Guide, 2017, in force from 2017-09-27,"
        + " review due 2018-09-27"), run::out);
    String escalation = "rule \"Immediate threat to life is escalated";
    assertTrue(run.out().contains("public-events.drl:" + lineOf("public-events.drl", escalation)
        + ": interpretation: " + escalation), run::out);
  }

  @Test
  void validate_inventedQuote_failsAtTheRulesFileAndLine() throws IOException {
    Path rules = copy("rules");
    CliTestSupport.edit(rules.resolve("cadets.drl"), "@quote(\"Police Cadets will support relevant community events throughout the year "
        + "with the events team\")", "@quote(\"Police Cadets will attend every community event\")");

    Run run = run("validate", "--rules", rules.toString());

    assertEquals(1, run.status());
    assertTrue(run.out().contains(rules.resolve("cadets.drl") + ":" + lineOf("cadets.drl", "rule \"Volunteer Police"
        + " Cadets support") + ":1: rule \"Volunteer Police Cadets support the events"
        + " team at a community event\" quotes words that section 'cadets' does not contain"), run::out);
  }

  @Test
  void validate_syntaxErrorAndUnknownFactField_reportFileLineColumn() throws IOException {
    Path rules = copy("rules");
    CliTestSupport.edit(rules.resolve("public-events.drl"), "@tier(\"emergency\")", "@tier(\"emergency\") x");
    CliTestSupport.edit(rules.resolve("patrols.drl"), "intelligenceLed == true)", "intelligenceLedd == true)");

    Run run = run("validate", "--rules", rules.toString());

    assertEquals(1, run.status());
    assertTrue(run.out().contains(rules.resolve("patrols.drl") + ":" + lineOf("patrols.drl", "intelligenceLed == true)")
        + ":2: Opportunity has no field 'intelligenceLedd': did you mean 'intelligenceLed'? fields: borough, "), run::out);
    assertTrue(run.out().contains(rules.resolve("public-events.drl") + ":" + lineOf("public-events.drl",
        "@tier(\"emergency\")") + ":22: [ERR 102]"), run::out);
    assertTrue(run.out().contains("INVALID: 2 error(s)"), run::out);
  }

  @Test
  void validate_missingSection_isAnErrorNamingTheRule() throws IOException {
    Path rules = copy("rules");
    CliTestSupport.edit(rules.resolve("cadets.drl"), "  @section(\"cadets\")\n", "");

    Run run = run("validate", "--rules", rules.toString());

    assertEquals(1, run.status());
    assertTrue(run.out().contains(rules.resolve("cadets.drl") + ":" + lineOf("cadets.drl", "rule \"Community event the")
        + ":1: rule \"Community event the events team cannot"
        + " attend is delegated to the Volunteer Police Cadets\" has no @section"), run::out);
  }

  @Test
  void validate_sectionNoRuleImplements_isAWarning() throws IOException {
    Path rules = copy("rules");
    Files.delete(rules.resolve("online.drl"));

    Run run = run("validate", "--rules", rules.toString());

    assertEquals(0, run.status(), run::out);
    List<String> guide = Files.readAllLines(rules.resolve("guide-sections.txt"));
    int line = 1 + guide.indexOf(guide.stream().filter(l -> l.startsWith("=== online ")).findFirst().orElseThrow());
    assertTrue(run.out().contains(rules.resolve("guide-sections.txt") + ":" + line
        + ":1: warning: section 'online' (Online Community Engagement) is implemented by no rule"), run::out);
  }

  @Test
  void test_shippedScenarios_passWithFullCoverage() {
    Run run = run("test", "--min-coverage", "100", ShippedScenariosTest.SCENARIOS.toString());

    assertEquals(0, run.status(), run::out);
    int shipped = shippedScenarioCount();
    assertTrue(shipped > 64, "the hand-written scenarios and the guards: " + shipped);
    assertTrue(run.out().contains(shipped + " scenarios: " + shipped + " passed, 0 failed"), run::out);
    int rules = EngagementRules.builder().roster(Samples.roster()).build().ruleBase().rules().size();
    assertTrue(run.out().contains("rule coverage: " + rules + " of " + rules + " rules fired (100.0%)"), run::out);
    assertTrue(run.out().contains("guide sections exercised: 18 of 18 that imply a decision"), run::out);
  }

  @Test
  void test_onRulesWithAGap_failsTheScenariosItBreaks_andCoverageDrops() throws IOException {
    Path rules = copy("rules");
    deleteRule(rules.resolve("patrols.drl"), "Patrol goes ahead");

    Run run = run("test", "--rules", rules.toString(), "--min-coverage", "100", "scenarios");

    assertEquals(1, run.status());
    assertTrue(run.out().contains("FAIL  patrols: \"Their default will be to their allocated ward\""), run::out);
    assertTrue(run.out().contains("      decision failed: ENG-201"), run::out);
    assertTrue(run.out().contains("FAILED: rule coverage"), run::out);
  }

  @Test
  void test_oneSectionsScenarios_listTheRulesAndSectionsNotCovered() {
    Run run = run("test", "--min-coverage", "50", "scenarios/cadets.json");

    assertEquals(1, run.status());
    assertTrue(run.out().contains("PASS  cadets: \"with the events team or in place of them when they are unable to"
        + " attend\": the events team cannot, so the cadets go"), run::out);
    assertTrue(run.out().contains("  never fired: \"Patrol goes ahead\"  [patrols, "), run::out);
    assertTrue(run.out().contains("  not exercised: patrols  (Daily Patrols by SNT)"), run::out);
    assertTrue(run.out().contains("is below the minimum of 50.0%"), run::out);
  }

  @Test
  void verify_shippedRules_areClean() {
    Run run = run("verify", "--step", STEP);

    assertEquals(0, run.status(), run::out);
    assertTrue(run.out().startsWith("CLEAN: "), run::out);
  }

  @Test
  void verify_overTheDomainTheRulesDefine_isClean_andStatesItsCoverage() {
    Run run = run("verify", "--strength", "2", "--samples", "500");

    assertEquals(0, run.status(), run::out);
    assertTrue(run.out().contains("domain: every 2-way combination of the "), run::out);
    assertTrue(run.out().contains("order: every input is also decided with the rule files, and the rules in them,"
        + " loaded backwards"), run::out);
    assertTrue(run.out().contains("CLEAN: "), run::out);
  }

  @Test
  void testMutants_reportsTheSurvivorsAndTheScore() {
    Run run = run("test", "--mutants", "--sample-every", "200", "--domain-step", "0", "scenarios");

    assertTrue(run.status() == 0 || run.status() == 1, run::out);
    assertTrue(run.out().matches("(?s).*\\nmutants: \\d+ of \\d+ killed\\n$"), run::out);
    assertEquals(run.status() == 0, !run.out().contains("no scenario notices"), run::out);
  }

  @Test
  void testMutantsPropose_writesGuardScenariosThatPassOnTheRules_andNeedsMutants() {
    Path guards = temp.resolve("guards.json");

    Run run = run("test", "--mutants", "--sample-every", "200", "--propose", guards.toString(),
        "scenarios/patrols.json");

    assertEquals(1, run.status(), "a single section's scenarios leave survivors: " + run.out());
    assertTrue(run.out().startsWith("proposed "), run::out);
    assertTrue(run.out().contains(" scenarios in " + guards), run::out);
    Run guarded = run("test", guards.toString());
    assertEquals(0, guarded.status(), guarded::out);
    assertTrue(guarded.out().contains(" passed, 0 failed"), guarded::out);
    Run alone = run("test", "--propose", guards.toString(), "scenarios/patrols.json");
    assertEquals(2, alone.status());
    assertTrue(alone.err().contains("--propose only goes with --mutants"), alone::err);
  }

  @Test
  void verify_gapAndConflict_areReportedWithScenarios() throws IOException {
    Path rules = copy("rules");
    deleteRule(rules.resolve("patrols.drl"), "Patrol goes ahead");
    Path counterexamples = temp.resolve("counterexamples");

    Run gap = run("verify", "--rules", rules.toString(), "--step", STEP, "--counterexamples", counterexamples.toString());

    assertEquals(1, gap.status());
    assertTrue(gap.out().startsWith("GAP  "), gap::out);
    assertTrue(gap.out().contains(" opportunities: no rule decided the attendance of a PATROL"), gap::out);
    Run rerun = run("test", "--rules", rules.toString(), counterexamples.toString());
    assertEquals(1, rerun.status(), "the counterexample reproduces the gap");
    assertEquals(0, run("test", counterexamples.toString()).status(), "and passes on the shipped rules");

    Path conflicting = copy("conflicting");
    append(conflicting.resolve("patrols.drl"), "rule \"Patrol is declined\" @section(\"patrols\") @reason(\"r\")"
        + " @quote(\"Each Borough should have patrol plans where relevant.\") @tier(\"engage\")"
        + " when Opportunity(kind == OpportunityKind.PATROL) then insert(AttendanceRuling.decline()); end\n");
    Run conflict = run("verify", "--rules", conflicting.toString(), "--step", STEP);

    assertEquals(1, conflict.status());
    assertTrue(conflict.out().startsWith("CONFLICT  "), conflict::out);
    assertTrue(conflict.out().contains("'Patrol is declined' (DECLINE)"), conflict::out);
    assertTrue(conflict.out().contains("  scenario: {\"name\":\"CONFLICT: "), conflict::out);
  }

  @Test
  void diff_deletedRule_isShownUnderItsSection_andNoEditMeansNoChange() throws IOException {
    Path rules = copy("rules");
    deleteRule(rules.resolve("patrols.drl"), "Patrol goes ahead");

    Run changed = run("diff", "--rules", "builtin", "--rules", rules.toString(), "--step", STEP);
    Run same = run("diff", "--rules", "builtin", "--rules", copy("same").toString(), "scenarios");

    assertEquals(1, changed.status());
    assertTrue(changed.out().contains("  rule \"Patrol goes ahead\": removed\n"), changed::out);
    assertTrue(changed.out().contains("The counts are over the verification domain (each opportunity the domain"
        + " enumerates counted once), not how often a change happens in practice"), changed::out);
    assertTrue(changed.out().contains("== patrols (Daily Patrols by SNT)\n"), changed::out);
    assertTrue(changed.out().contains(" x decision: ATTEND by SNT_OFFICER -> fails ENG-201"), changed::out);
    assertEquals(0, same.status(), same::out);
    assertTrue(same.out().contains(": 0 of " + shippedScenarioCount() + " decisions change"), same::out);
  }

  @Test
  void diff_byDefault_decidesTheDomainBothRuleBasesDefine() throws IOException {
    Path rules = copy("rules");
    deleteRule(rules.resolve("patrols.drl"), "Patrol goes ahead");

    Run changed = run("diff", "--rules", "builtin", "--rules", rules.toString(), "--samples", "200");

    assertEquals(1, changed.status(), changed::err);
    assertTrue(changed.out().startsWith("domain: every 3-way combination of the "), changed::out);
    assertTrue(changed.out().contains("200 seeded samples (seed 20261202) on top, over the classes either rule base"
        + " distinguishes\n"), changed::out);
    assertTrue(changed.out().contains("== patrols (Daily Patrols by SNT)\n"), changed::out);
    assertTrue(changed.out().contains(" x decision: ATTEND by SNT_OFFICER -> fails ENG-201"), changed::out);
  }

  @Test
  void diff_needsTwoRuleBases() {
    Run run = run("diff", "--rules", "builtin");

    assertEquals(2, run.status());
    assertTrue(run.err().contains("give exactly two rule directories"), run::err);
  }

  private static int shippedScenarioCount() {
    return Scenarios.read(List.of(ShippedScenariosTest.SCENARIOS), EngagementJson.readRoster(Samples.text("roster.json")))
        .size();
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new EngagementCli().run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path copy(String name) throws IOException {
    return CliTestSupport.copyBuiltInRules(temp, name);
  }

  private static void append(Path file, String drl) throws IOException {
    Files.writeString(file, Files.readString(file) + "\n" + drl);
  }

  private static void deleteRule(Path file, String rule) throws IOException {
    String content = Files.readString(file);
    String edited =
        Pattern.compile("(?ms)^rule \"" + Pattern.quote(rule) + "\".*?^end\\s*$").matcher(content).replaceFirst("");
    assertTrue(!edited.equals(content), () -> "rule '" + rule + "' is not in " + file);
    Files.writeString(file, edited);
  }

  /** The line of the built-in rule file {@code file} that {@code text} first stands on. */
  private static int lineOf(String file, String text) {
    String drl = RuleFiles.builtIn().stream()
        .filter(s -> s.name().endsWith("/" + file)).findFirst().orElseThrow().content();
    return (int) drl.substring(0, drl.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
  }
}

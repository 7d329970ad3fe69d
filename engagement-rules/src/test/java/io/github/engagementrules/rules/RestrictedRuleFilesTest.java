package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.rules.internal.RuleFileGuard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restricted rule files: before compiling, rule files are checked against an allow-list of types, and anything
 * reaching the system, processes, threads, reflection, files or the network is rejected with {@code file:line}.
 */
class RestrictedRuleFilesTest {
  @TempDir Path rules;

  /** A valid rule file with {@code extra} spliced in: import lines at the top, a condition and a consequence. */
  private static String ruleFile(String imports, String condition, String consequence) {
    return """
        package test;
        import io.github.engagementrules.model.*;
        %s
        rule "Meetings are attended"
          @section("community-meetings") @reason("test") @quote("Police will attend if there is a specific policing purpose") @tier("engage")
        when
          $o : Opportunity(kind == OpportunityKind.COMMUNITY_MEETING)
          %s
        then
          %s
          insert(AttendanceRuling.attend(Role.PCSO));
        end
        """.formatted(imports, condition, consequence);
  }

  @Test
  void builtInRules_passTheGuard() {
    assertEquals(List.of(), RuleFileGuard.defaults().check(RuleFiles.builtIn()));
  }

  @Test
  void plainValueTypes_commentsAndStrings_areAccepted() throws IOException {
    write(ruleFile(
        "import java.util.List;\n// System.exit(1) in a comment is not code\n",
        "eval(Math.max(1, $o.stakeholders().size()) > 0 && \"System.exit\".length() > 0)",
        "List names = new java.util.ArrayList(); String s = String.valueOf(names.size());"));

    assertEquals(Attendance.ATTEND, build().decide(meeting()).attendance());
  }

  @Test
  void systemInAConsequence_isRejectedWithFileAndLine() throws IOException {
    assertRejected(ruleFile("", "", "System.exit(1);"), 10, "'System' (java.lang.System)");
  }

  @Test
  void fullyQualifiedRuntimeInACondition_isRejected() throws IOException {
    assertRejected(ruleFile("", "eval(java.lang.Runtime.getRuntime() != null)", ""), 8, "'java.lang.Runtime'");
  }

  @Test
  void spacedOutQualifiedName_isRejected() throws IOException {
    assertRejected(ruleFile("", "", "java . lang . Runtime.getRuntime();"), 10, "'java.lang.Runtime'");
  }

  @Test
  void fileImport_isRejectedAtTheImport() throws IOException {
    assertRejected(ruleFile("import java.io.File;", "", ""), 3, "import of 'java.io.File'");
  }

  @Test
  void staticImportOfSystem_isRejected() throws IOException {
    assertRejected(ruleFile("import static java.lang.System.exit;", "", ""), 3, "import of 'java.lang.System.exit'");
  }

  @Test
  void wildcardImport_isCheckedWhereItsNamesAreUsed() throws IOException {
    assertRejected(ruleFile("import java.nio.file.*;", "", "Files.delete(Path.of(\"/tmp/x\"));"), 10,
        "'Files' (java.nio.file.Files)");
  }

  @Test
  void processBuilderInAFunction_isRejected() throws IOException {
    assertRejected(ruleFile("""
        function void run(String command) {
          new ProcessBuilder(command).start();
        }""", "", ""), 4, "'ProcessBuilder' (java.lang.ProcessBuilder)");
  }

  @Test
  void threadInAFromExpression_isRejected() throws IOException {
    assertRejected(ruleFile("", "Object() from Thread.currentThread()", ""), 8, "'Thread' (java.lang.Thread)");
  }

  @Test
  void networkGlobal_isRejected() throws IOException {
    assertRejected(ruleFile("global java.net.http.HttpClient client;", "", ""), 3,
        "global of type 'java.net.http.HttpClient'");
  }

  @Test
  void reflection_isRejected() throws IOException {
    assertRejected(ruleFile("", "", "$o.getClass().getDeclaredMethods();"), 10, "'getClass' reaches reflection");
  }

  @Test
  void unicodeEscapes_areRejected_becauseJavaDecodesThemBeforeAnythingElse() throws IOException {
    assertRejected(ruleFile("", "", "// \\u000a System.exit(1);"), 10, "unicode escapes");
  }

  @Test
  void ownPackage_cannotReachInternalTypesWithoutAnImport() throws IOException {
    write(ruleFile("", "", "RuleBaseCompiler.compile(java.util.List.of());")
        .replace("package test;", "package io.github.engagementrules.rules.internal;"));

    EngagementException e = assertThrows(EngagementException.class, this::build);

    assertTrue(e.getMessage().contains("io.github.engagementrules.rules.internal.RuleBaseCompiler"), e.getMessage());
  }

  @Test
  void applicationCanWidenTheAllowList_explicitly() throws IOException {
    String file = ruleFile("import java.time.LocalDate;", "eval(LocalDate.of(2026, 1, 1).getYear() == 2026)", "");
    assertRejected(file, 3, "import of 'java.time.LocalDate'");

    EngagementDecider widened =
        EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules).allowRuleAccessTo("java.time").build();

    assertEquals(Attendance.ATTEND, widened.decide(meeting()).attendance());
  }

  @Test
  void allowRuleAccessTo_rejectsANameThatIsNotAJavaName() {
    assertThrows(IllegalArgumentException.class,
        () -> EngagementRules.builder().allowRuleAccessTo("java.io; rm -rf"));
  }

  private void assertRejected(String drl, int line, String expected) throws IOException {
    Path file = write(drl);

    EngagementException e = assertThrows(EngagementException.class, this::build);

    assertEquals(ErrorCode.RULE_COMPILATION, e.code());
    String location = Pattern.quote(file.toString() + ":" + line + ":") + "\\d+: ";
    assertTrue(e.getMessage().matches("(?s).*" + location + "[^\n]*" + Pattern.quote(expected) + ".*"),
        e.getMessage());
  }

  private EngagementDecider build() {
    return EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules).build();
  }

  private Path write(String drl) throws IOException {
    Path file = rules.resolve("guarded.drl");
    Files.writeString(file, drl, StandardCharsets.UTF_8);
    return file;
  }

  private static Opportunity meeting() {
    return Opportunity.builder()
        .id("m")
        .kind(OpportunityKind.COMMUNITY_MEETING)
        .borough(Rosters.FULL)
        .ward(Rosters.STAFFED_WARD)
        .build();
  }
}

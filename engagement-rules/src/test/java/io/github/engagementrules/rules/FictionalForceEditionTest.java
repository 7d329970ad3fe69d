package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.ImmutableOpportunity;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PublicAnswer;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Topic;
import io.github.engagementrules.rules.internal.RuleBaseValidator;
import io.github.engagementrules.rules.internal.RuleFileGuard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine is not one force's alone: a fictional force's edition, with its own guide, wording, precedence and
 * approvals, validates, decides and explains with the same model and runtime, beside the built-in edition.
 */
class FictionalForceEditionTest {
  private static final CompiledRules NORTHMOOR = CompiledRules.compile(Editions.northmoor()).orElseThrow();
  private static final String FIGURES_RULE = "Crime figures are sent in writing";
  private static final String DECLINE_RULE = "Any other invitation is declined";

  @TempDir Path folder;

  private static Opportunity meeting(String id, Topic... topics) {
    return meetingBuilder(id).addTopics(topics).build();
  }

  private static ImmutableOpportunity.Builder meetingBuilder(String id) {
    return Opportunity.builder().id(id).kind(OpportunityKind.COMMUNITY_MEETING).borough(Rosters.FULL)
        .ward(Rosters.STAFFED_WARD);
  }

  @Test
  void theEdition_carriesItsOwnGuideAndSaysWhichEditionItIs() {
    RuleBaseInfo info = NORTHMOOR.info();

    assertEquals(Editions.NORTHMOOR_LABEL, info.edition().orElseThrow().label());
    assertEquals(List.of("about", "danger", "meetings", "other"),
        info.sections().stream().map(GuideSection::id).toList());
    assertEquals(List.of(), info.unimplementedSections());
    assertTrue(CompiledRules.builtIn().info().section("meetings").isEmpty(), "the built-in guide is not Northmoor's");
    assertTrue(info.section("community-meetings").isEmpty(), "Northmoor's guide is not the built-in one");
  }

  @Test
  void aMeetingAboutAntisocialBehaviour_isAttendedAndExplainedFromNorthmoorsGuide() {
    Decision decision = NORTHMOOR.decider(Rosters.standard()).decide(meeting("m1", Topic.ANTISOCIAL_BEHAVIOUR));

    assertEquals(Attendance.ATTEND, decision.attendance());
    assertEquals(Role.PCSO, decision.pointOfContact().orElseThrow().role());
    assertEquals(Editions.NORTHMOOR_LABEL, decision.edition().orElseThrow());
    Reason attend = decision.reasons().stream().filter(r -> r.tier().isPresent()).findFirst().orElseThrow();
    assertEquals("meetings", attend.section());
    assertTrue(NORTHMOOR.info().section("meetings").orElseThrow().text().contains(attend.quote()), attend.quote());
    assertEquals(1, decision.overridden().size(), "the floor of every decision, overridden: " + decision);
    assertEquals(DECLINE_RULE, decision.overridden().get(0).reason().rule());
  }

  @Test
  void thePublicAnswer_speaksInNorthmoorsOwnWording() {
    EngagementDecider decider = NORTHMOOR.decider(Rosters.standard());
    Opportunity opportunity = meeting("m6", Topic.ANTISOCIAL_BEHAVIOUR);
    PublicAnswer answer = PublicAnswers.of(decider, opportunity, decider.decide(opportunity));

    assertTrue(answer.policeAttend());
    assertTrue(answer.details().contains(
        "An officer will come to your meeting to talk about crime and nuisance in your area."), answer::toString);
  }

  @Test
  void reasonsRestingOnAnUnapprovedInterpretation_areMarked_approvedOnesAreNot() {
    Opportunity figures = meetingBuilder("m2").addRequests(Request.STATISTICS_REPORT).build();
    Decision decision = NORTHMOOR.decider(Rosters.standard()).decide(figures);

    assertEquals(Attendance.DECLINE, decision.attendance());
    assertTrue(decision.channels().contains(Channel.POLICE_UK));
    assertTrue(reason(decision, FIGURES_RULE).awaitingApproval(), "its interpretation is not approved");
    assertFalse(reason(decision, DECLINE_RULE).awaitingApproval(), "approved in approvals.json");
    assertEquals(ApprovalState.AWAITING_APPROVAL, NORTHMOOR.info().approvalState(FIGURES_RULE));
    assertEquals(ApprovalState.APPROVED, NORTHMOOR.info().approvalState(DECLINE_RULE));
    assertEquals(ApprovalState.APPROVED, NORTHMOOR.info().approvalState("aboutCrimeOrAntisocialBehaviour"));
    assertEquals(List.of(FIGURES_RULE), NORTHMOOR.info().unapprovedInterpretations());
  }

  @Test
  void theBuiltInEdition_decidesBesideIt_withItsOwnGuideAndName() {
    Decision surrey = CompiledRules.builtIn().decider(Rosters.standard()).decide(meeting("m3", Topic.ANTISOCIAL_BEHAVIOUR));
    Decision northmoor = NORTHMOOR.decider(Rosters.standard()).decide(meeting("m3", Topic.ANTISOCIAL_BEHAVIOUR));

    assertEquals("Surrey Police, Community Engagement Guide, 2017", surrey.edition().orElseThrow());
    assertTrue(surrey.reasons().stream().allMatch(r -> CompiledRules.builtIn().info().section(r.section()).isPresent()));
    assertTrue(northmoor.reasons().stream().allMatch(r -> NORTHMOOR.info().section(r.section()).isPresent()));
    assertFalse(surrey.ruleBaseVersion().equals(northmoor.ruleBaseVersion()));
  }

  @Test
  void quotesAndSections_areCheckedAgainstTheEditionsOwnGuide_notTheBuiltInOne() {
    List<RuleFile> files = edited(DECLINE_RULE + "\"", "@quote(\"Any other invitation is declined with thanks.\")",
        "@quote(\"Police will attend if there is a specific policing purpose\")");
    RuleCompilation quoted = CompiledRules.compile(files);
    List<RuleFile> cited = edited(DECLINE_RULE + "\"", "@section(\"other\")", "@section(\"community-meetings\")");
    RuleCompilation unknown = CompiledRules.compile(cited);

    assertTrue(quoted.errors().stream().anyMatch(p -> p.message().contains("quotes words that section 'other'")),
        quoted.problems()::toString);
    assertTrue(unknown.errors().stream().anyMatch(p -> p.message().contains("cites unknown section"
        + " 'community-meetings' (known: about, danger, meetings, other)")), unknown.problems()::toString);
  }

  @Test
  void editingAnApprovedRule_outdatesItsApproval() {
    List<RuleFile> files = edited(DECLINE_RULE + "\"", "declined with thanks.\")\n  @interpretation(\"Read as",
        "declined with thanks.\")\n  @interpretation(\"Taken as");
    RuleBaseInfo info = CompiledRules.compile(files).orElseThrow().info();

    assertEquals(ApprovalState.EDITED_SINCE_APPROVAL, info.approvalState(DECLINE_RULE));
    assertEquals(List.of(FIGURES_RULE, DECLINE_RULE), info.unapprovedInterpretations());
  }

  @Test
  void requireApproved_refusesAnEditionWithAnUnapprovedInterpretation_namingItAtFileAndLine() throws IOException {
    Path edition = Editions.copyNorthmoor(folder.resolve("northmoor"));
    EngagementException refused = assertThrows(EngagementException.class,
        () -> EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(edition).requireApproved().build());

    assertEquals(ErrorCode.RULE_COMPILATION, refused.code());
    assertTrue(refused.getMessage().contains("northmoor.drl:" + NORTHMOOR.info().rule(FIGURES_RULE).orElseThrow().line()
        + ":1: the local interpretation of rule \"" + FIGURES_RULE + "\" awaits the policy owner's approval"),
        refused.getMessage());
    // without the requirement the same folder decides
    assertEquals(Attendance.ATTEND, EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(edition).build()
        .decide(meeting("m4", Topic.ANTISOCIAL_BEHAVIOUR)).attendance());
  }

  @Test
  void aReloadingDeciderRequiringApproval_keepsTheLastApprovedRules_whenAnEditBringsInAnUnapprovedOne()
      throws IOException {
    Path edition = Editions.copyNorthmoor(folder.resolve("northmoor"));
    List<Approval> all = new ArrayList<>(NORTHMOOR.info().approvals());
    all.add(Approval.builder().rule(FIGURES_RULE).approvedBy("Jo Fictional").approvedOn(LocalDate.parse("2026-04-02"))
        .contentHash(NORTHMOOR.info().contentHash(FIGURES_RULE).orElseThrow()).build());
    Files.writeString(edition.resolve("approvals.json"), Approval.fileText(all));
    try (ReloadingDecider decider = EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(edition)
        .requireApproved().buildReloading()) {
      String approved = decider.ruleBase().version();
      Path drl = edition.resolve("northmoor.drl");
      Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8)
          .replace("through police.uk, its written channel", "through police.uk, its only written channel"));

      RuleBaseValidation reload = decider.reload();

      assertFalse(reload.isValid(), reload.problems()::toString);
      assertTrue(reload.errors().get(0).message().contains("\"" + FIGURES_RULE + "\" was edited after it was approved"),
          reload.problems()::toString);
      assertEquals(approved, decider.ruleBase().version(), "the last approved rules stay in use");
      assertEquals(approved, decider.decide(meeting("m5")).ruleBaseVersion());
    }
  }

  @Test
  void theBuiltInEdition_isRefusedTooWhenApprovalIsRequired() {
    EngagementException refused = assertThrows(EngagementException.class,
        () -> EngagementRules.builder().roster(Rosters.standard()).requireApproved().build());

    int unapproved = CompiledRules.builtIn().info().unapprovedInterpretations().size();
    assertTrue(unapproved > 0, "no approval is recorded for the built-in edition");
    assertEquals(unapproved, refused.getMessage().lines().filter(l -> l.contains("awaits the policy owner's")).count(),
        refused.getMessage());
  }

  @Test
  void aReviewDueWithin30Days_orOverdue_isAWarningAtTheReviewDateLine() {
    LocalDate due = LocalDate.parse("2099-04-01");
    var soon = RuleBaseValidator.validateSources(Editions.northmoor(), RuleFileGuard.defaults(), due.minusDays(12));
    var late = RuleBaseValidator.validateSources(Editions.northmoor(), RuleFileGuard.defaults(), due.plusDays(3));
    var far = RuleBaseValidator.validateSources(Editions.northmoor(), RuleFileGuard.defaults(), due.minusDays(31));

    assertTrue(warning(soon.validation(), "is due on 2099-04-01, in 12 days"), soon.validation().problems()::toString);
    assertTrue(warning(late.validation(), "was due on 2099-04-01, 3 days ago"), late.validation().problems()::toString);
    assertFalse(warning(far.validation(), "review"), far.validation().problems()::toString);
  }

  @Test
  void aBrokenEditionFile_isReportedAtItsLine() {
    List<RuleFile> files = new ArrayList<>(Editions.northmoor());
    files.replaceAll(f -> f.name().endsWith("edition.json")
        ? RuleFile.of(f.name(), f.content().replace("\"2099-04-01\"", "\"next April\"")) : f);
    RuleCompilation compilation = CompiledRules.compile(files);

    assertTrue(compilation.rules().isEmpty());
    RuleProblem problem = compilation.errors().get(0);
    assertEquals("northmoor/edition.json", problem.file());
    assertEquals(6, problem.line());
    assertTrue(problem.message().contains("reviewDue: must be a date such as 2027-09-27, got 'next April'"),
        problem.message());
  }

  private static boolean warning(RuleBaseValidation validation, String text) {
    return validation.warnings().stream().anyMatch(p -> p.file().endsWith("edition.json") && p.line() == 6
        && p.message().contains(text));
  }

  private static Reason reason(Decision decision, String rule) {
    return decision.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
  }

  /** The Northmoor files with one replacement in the DRL, in the rule whose declaration contains {@code rule}. */
  private static List<RuleFile> edited(String rule, String from, String to) {
    List<RuleFile> files = new ArrayList<>(Editions.northmoor());
    files.replaceAll(f -> {
      if (!f.name().endsWith(".drl")) {
        return f;
      }
      int start = f.content().indexOf(rule);
      int at = f.content().indexOf(from, start);
      assertTrue(start >= 0 && at >= 0, "the test's edit must apply: " + from);
      return RuleFile.of(f.name(), f.content().substring(0, at) + to + f.content().substring(at + from.length()));
    });
    return files;
  }
}

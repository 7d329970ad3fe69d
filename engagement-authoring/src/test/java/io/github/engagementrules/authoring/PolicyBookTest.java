package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.Editions;
import io.github.engagementrules.rules.FunctionInterpretation;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy book: the guide's text with its rules in words, every interpretation with its approval, as HTML and PDF. */
class PolicyBookTest {
  private static final CompiledRules BUILT_IN = CompiledRules.builtIn();
  private static final CompiledRules NORTHMOOR = CompiledRules.compile(Editions.northmoor()).orElseThrow();

  @TempDir Path folder;

  @Test
  void theBuiltInBook_holdsEverySectionAndEveryInterpretation_withItsApprovalState_andNoDrl() {
    String html = PolicyBook.of(BUILT_IN.info()).on(LocalDate.parse("2026-12-07")).build().html();
    RuleBaseInfo info = BUILT_IN.info();

    for (GuideSection section : info.sections()) {
      assertTrue(html.contains(">" + escaped(section.title()) + "</h3>"), section.title());
    }
    for (String interpretation : interpretations(info)) {
      assertTrue(html.contains(escaped(interpretation)), interpretation);
    }
    assertEquals(info.interpretationCount(), count(html, "<p class=\"awaiting\">Awaiting approval.</p>"),
        "no approval is recorded for the built-in edition");
    assertTrue(html.contains("was due on 2018-09-27"), "the overdue review is shown");
    for (String drl : List.of("insert(", "==", "$", "Opportunity(", "RosterPost(", "then\n", "@quote")) {
      assertFalse(html.contains(drl), "DRL in the book: " + drl);
    }
  }

  @Test
  void eachRulesConditions_areInWordsGeneratedFromItsText() {
    String html = PolicyBook.of(BUILT_IN.info()).build().html();

    // from: Opportunity(kind == OpportunityKind.COMMUNITY_MEETING, !hasPolicingPurpose(this))
    assertTrue(html.contains("<li>the invitation: kind is community meeting; not has policing purpose</li>"), html);
    // from: insert(AttendanceRuling.redirect(Role.COMMUNITY_ENGAGEMENT_VOLUNTEER));
    assertTrue(html.contains("<li>point the request to community engagement volunteer</li>"));
    // the rule's @public wording, as the person who invited the police reads it
    assertTrue(html.contains("<dt>Tells the public</dt><dd>We will not come just to present crime figures."), html);
    // from: not RosterPost(role == Role.COMMUNITY_ENGAGEMENT_VOLUNTEER)
    assertTrue(html.contains("<li>there is no post on the roster: role is community engagement volunteer</li>"));
  }

  @Test
  void theFictionalForcesBook_showsItsApprovals_andWhatChangedSinceAnOlderEdition() throws IOException {
    // An older edition: one more sentence, and "attends" where the newer one says "goes" (its rule quoting it too).
    List<RuleFile> older = new ArrayList<>(Editions.northmoor());
    older.replaceAll(f -> RuleFile.of(f.name(), f.content()
        .replace("Any other invitation is declined with thanks.\n",
            "Any other invitation is declined with thanks.\nInvitations by post are answered within a month.\n")
        .replace("An officer goes to a residents' meeting", "An officer attends a residents' meeting")));
    String html = PolicyBook.of(NORTHMOOR.info())
        .against(CompiledRules.compile(older).orElseThrow().info(), null)
        .build().html();

    assertTrue(html.contains("Approved by Jo Fictional, Superintendent, Neighbourhood Policing on 2026-04-01."), html);
    assertEquals(1, count(html, "<p class=\"awaiting\">Awaiting approval.</p>"), "the figures rule only");
    assertTrue(html.contains("Removed: &#8220;Invitations by post are answered within a month.&#8221;"), html);
    assertTrue(html.contains("Reworded: &#8220;An officer attends a residents&#39; meeting"), html);
    assertTrue(html.contains("Decisions were not compared."));
  }

  @Test
  void workedExamples_areTheScenariosDecisionsInWords_underTheSectionThatDecided_leavingOutRefusedOnes()
      throws IOException {
    Path shipped = Path.of("../engagement-examples");
    Roster sample = EngagementJson.readRoster(Files.readString(shipped.resolve("src/main/resources/samples/roster.json")));
    List<Scenario> scenarios = Scenarios.read(List.of(shipped.resolve("scenarios/community-meetings.json"),
        shipped.resolve("scenarios/hard-to-reach.json")), sample);
    String html = PolicyBook.of(BUILT_IN.info()).examples(scenarios, BUILT_IN.decider(sample)).build().html();

    long decided = scenarios.stream().filter(s -> !s.expected().has("error")).count();
    assertTrue(decided > 0 && decided < scenarios.size(), "both kinds among the scenarios");
    assertEquals(decided, count(html, "<div class=\"example\">"));
    String meetings = html.substring(html.indexOf("id=\"section-community-meetings\""),
        html.indexOf("id=\"section-partners\""));
    assertTrue(meetings.contains("<p><strong>Decision:</strong> The police do not attend; the request is pointed to the"
        + " community engagement volunteer."), meetings);
  }

  @Test
  void thePdf_readsBackWithEverySectionHeadingAndEveryInterpretation() throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PolicyBook.of(BUILT_IN.info()).build().writePdf(pdf);

    String text;
    try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
      assertTrue(document.getNumberOfPages() > 10, "pages: " + document.getNumberOfPages());
      text = compact(new PDFTextStripper().getText(document));
    }
    for (GuideSection section : BUILT_IN.info().sections()) {
      assertTrue(text.contains(compact(section.title())), section.title());
    }
    for (String interpretation : interpretations(BUILT_IN.info())) {
      assertTrue(text.contains(compact(interpretation)), interpretation);
    }
  }

  @Test
  void writeTo_writesTheHtmlAndThePdf() throws IOException {
    List<Path> written = PolicyBook.of(NORTHMOOR.info()).build().writeTo(folder.resolve("book"));

    assertEquals(List.of(folder.resolve("book/book.html"), folder.resolve("book/book.pdf")), written);
    assertTrue(Files.readString(written.get(0)).startsWith("<!DOCTYPE html>"));
    assertTrue(Files.size(written.get(1)) > 1000);
  }

  private static List<String> interpretations(RuleBaseInfo info) {
    return Stream.concat(info.interpretations().stream().map(r -> r.interpretation().orElseThrow()),
        info.functionInterpretations().stream().map(FunctionInterpretation::interpretation)).toList();
  }

  /** Text as the template escapes it. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;").replace("=", "&#61;").replace("`", "&#96;");
  }

  /** Text without whitespace, as PDF line breaks fall anywhere (even inside "cadets.drl"). */
  private static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}

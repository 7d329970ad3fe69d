package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.GuideSection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The playground in a real browser: headless Chromium against the real server, started in-process on a free loopback
 * port with the sample roster. Each test leaves a screenshot under {@code target/playground-screenshots/}.
 */
class PlaygroundBrowserIT {
  private static final String SAMPLE_ROSTER = "src/main/resources/samples/roster.json";
  private static final String BUILT_IN_RULES =
      "../engagement-rules/src/main/resources/io/github/engagementrules/rules/guide";

  private static ServeCommand.Running server;
  private static Browser browser;

  @BeforeAll
  static void startServerAndBrowser() throws Exception {
    server = serve();
    browser = Browser.start(url(server));
  }

  /** The real server on a free loopback port with the sample roster, and these further arguments. */
  private static ServeCommand.Running serve(String... arguments) throws Exception {
    List<String> args = new ArrayList<>(List.of("--port", "0", "--host", "127.0.0.1", "--roster", SAMPLE_ROSTER));
    args.addAll(List.of(arguments));
    return ServeCommand.start(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static String url(ServeCommand.Running running) {
    return "http://127.0.0.1:" + running.server().port() + "/";
  }

  @AfterAll
  static void stopBrowserAndServer() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openThePage() {
    browser.openPlayground(1280, 1600);
  }

  @Test
  void statisticsOnlyCommunityMeeting_isRedirected_citingTheGuidesWords() throws IOException {
    browser.select("opp-kind", "Community meeting");
    browser.select("opp-borough", "Waverley");
    browser.select("opp-ward", "Farnham Castle");
    browser.clickLabelOf("opp-requests-STATISTICS_REPORT");

    browser.awaitVerdict("Redirect");
    assertEquals("Decision: Redirect.", browser.textContent("#decision-status"), "announced to screen readers");
    assertEquals("Decided by the rules of Surrey Police, Community Engagement Guide, 2017.", browser.text("#decided-by"));
    String decision = browser.text("#decision");
    assertTrue(decision.contains("Cal Whitfield"), decision);
    assertTrue(decision.contains("Community Engagement Volunteer"), decision);
    assertTrue(decision.contains("police.uk") && decision.contains("In The Know"), decision);
    String cited = browser.text("#decision .reason[data-section='community-meetings'] blockquote.section-text");
    assertTrue(cited.contains(firstLine("community-meetings")), cited);
    assertTrue(cited.contains("not simply to deliver purely statistical or performance reports"), cited);
    assertTrue(
        decision.contains("Statistics asked of a meeting without a policing purpose are redirected to the Community"
            + " Engagement Volunteer"),
        decision);
    String overridden = browser.text("#decision .overridden-finding");
    assertTrue(overridden.contains("Overridden by") && overridden.contains("Statistics asked of a meeting without a"
        + " policing purpose"),
        overridden);
    browser.screenshot("statistics-only-meeting-redirected");
  }

  @Test
  void immediateThreatToLife_escalatesImmediately_andActivatesTheContingencyPlan() throws IOException {
    browser.select("opp-kind", "Public event");
    browser.select("opp-borough", "Guildford");
    browser.select("opp-ward", "Onslow");
    // By keyboard, as someone without a mouse would: focus the box and press space.
    WebElement threat = browser.element("#opp-risks-IMMEDIATE_THREAT_TO_LIFE");
    threat.sendKeys(Keys.SPACE);
    assertTrue(threat.isSelected());

    browser.awaitText("#decision .actions", "Activate the contingency plan");
    String escalations = browser.text("#decision .escalations");
    assertTrue(escalations.contains("IMMEDIATELY") && escalations.contains("Duty Inspector"), escalations);
    String cited = browser.text("#decision .reason[data-section='public-events'] blockquote.section-text");
    assertTrue(cited.contains(firstLine("public-events")), cited);
    browser.screenshot("threat-to-life-contingency-plan");
  }

  @Test
  void addingAnMp_bringsInTheNeighbourhoodInspector_andRemovingThemTakesTheInspectorAway() throws IOException {
    browser.select("opp-borough", "Waverley");
    browser.select("opp-ward", "Godalming Central");
    browser.clickLabelOf("opp-purposes-CHRONIC_ISSUE");
    browser.awaitVerdict("Attend");
    assertFalse(browser.text("#decision").contains("Insp. Nina Shah"));

    browser.click("#add-stakeholder");
    browser.select("stakeholder-1-type", "MP");
    browser.type("#stakeholder-1-name", "Jeremy Example MP");
    browser.awaitText("#decision .contacts", "Insp. Nina Shah");
    assertTrue(browser.text("#decision .contacts").contains("for elected and executive members"));
    browser.screenshot("mp-brings-in-the-inspector");

    browser.click("#stakeholder-rows .remove-stakeholder");
    browser.awaitCount("#stakeholder-rows li", 0);
    browser.awaitAbsent("#decision .contacts");
  }

  @Test
  void referral_isAnsweredByTheJudgementOfThePersonItNames() throws IOException {
    browser.select("opp-kind", "School");
    browser.select("opp-borough", "Guildford");
    browser.select("opp-ward", "Stoke");
    browser.click("#add-stakeholder");
    browser.select("stakeholder-1-type", "Hard-to-reach group");
    browser.awaitVerdict("Refer");

    browser.click("#answer-referral");
    browser.awaitVerdict("Attend");
    assertEquals("NEIGHBOURHOOD_INSPECTOR", browser.element("#judgement-by").getAttribute("value"));
    browser.awaitText("#decision .reasons", "judged beneficial is attended by the neighbourhood team");
    assertTrue(browser.text("#decision .overridden").contains("is referred to the Neighbourhood Inspector"));
    browser.screenshot("referral-answered");

    browser.clickLabelOf("judgement-engage-no");
    browser.awaitVerdict("Decline");
    assertTrue(browser.textContent("#opportunity-json").contains("\"engage\": false"),
        browser.textContent("#opportunity-json"));
  }

  @Test
  void everyFormControl_hasALabel_andTheTabsMoveWithTheArrowKeys() throws IOException {
    browser.click("#add-stakeholder");
    browser.awaitCount("#stakeholder-rows li", 1);
    assertEquals(List.of(), browser.unlabelledControls());

    browser.element("#tab-decide").sendKeys(Keys.ARROW_RIGHT);
    assertTrue(browser.element("#view-batch").isDisplayed());
    assertEquals(List.of(), browser.unlabelledControls());
    browser.element("#tab-batch").sendKeys(Keys.ARROW_RIGHT);
    assertTrue(browser.element("#view-rules").isDisplayed());
    assertFalse(browser.element("#view-decide").isDisplayed());
  }

  @Test
  void batchWithABadRecord_showsTheErrorOnItsRow_andDecidesTheOthers() throws IOException {
    browser.click("#tab-batch");
    browser.type(
        "#batch-input",
        String.join(
            "\n",
            "{\"id\": \"b-1\", \"kind\": \"COMMUNITY_MEETING\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\","
                + " \"requests\": [\"STATISTICS_REPORT\"]}",
            "{\"id\": \"b-2\", \"kind\": \"SCHOOL\", \"borough\": \"Waverley\", \"ward\": \"Atlantis\","
                + " \"purposes\": [\"PRIORITY_CRIME\"]}",
            "{\"id\": \"b-3\", \"kind\": \"PUBLIC_EVENT\", \"borough\": \"Guildford\", \"ward\": \"Onslow\","
                + " \"risks\": [\"IMMEDIATE_THREAT_TO_LIFE\"]}"));
    browser.click("#batch-decide");

    browser.awaitText("#batch-status", "2 decided, 1 with a problem.");
    List<WebElement> rows = browser.elements("#batch-results tbody tr");
    assertEquals(3, rows.size());
    assertTrue(rows.get(0).getText().contains("REDIRECT") || rows.get(0).getText().contains("Redirect"));
    assertTrue(rows.get(1).getAttribute("class").contains("row-error"));
    String problem = rows.get(1).getText();
    assertTrue(problem.contains("b-2") && problem.contains("Atlantis") && problem.contains("ENG-102"), problem);
    assertTrue(rows.get(2).getText().contains("Attend") || rows.get(2).getText().contains("ATTEND"));
    String download = browser.element("#batch-download").getAttribute("href");
    assertTrue(download.startsWith("blob:"), download);
    browser.screenshot("batch-with-bad-record");
  }

  @Test
  void uploadedFile_isDecided() throws IOException {
    browser.click("#tab-batch");
    browser.element("#batch-file").sendKeys(Path.of("src/main/resources/samples/opportunities.jsonl").toAbsolutePath()
        .toString());
    browser.awaitText("#batch-status", "Read opportunities.jsonl");
    browser.click("#batch-decide");
    long lines = Files.readAllLines(Path.of("src/main/resources/samples/opportunities.jsonl")).stream()
        .filter(l -> !l.isBlank()).count();
    browser.awaitText("#batch-status", lines + " decided, 0 with a problem.");
    assertEquals(lines, browser.elements("#batch-results tbody tr").size());
    browser.screenshot("batch-uploaded-file");
  }

  @Test
  void rulesView_listsEverySectionOfTheGuide() throws IOException {
    browser.click("#tab-rules");
    List<GuideSection> sections = CompiledRules.builtIn().info().sections();
    browser.awaitCount("#sections article.guide-section", sections.size());
    for (GuideSection section : sections) {
      WebElement article = browser.element("#section-" + section.id());
      assertTrue(article.getText().contains(section.title()), section.id());
    }
    assertTrue(browser.text("#sections-without-rules").contains("Every section of the guide that implies a decision is carried out"),
        "the built-in rules implement every section that implies a decision");
    browser.screenshot("rules-view");
  }

  @Test
  void rulesView_namesTheEdition_andLinksToItsPolicyBook() throws IOException {
    browser.click("#tab-rules");
    browser.awaitText("#rules-summary", "Surrey Police, Community Engagement Guide, 2017:");
    browser.click("#rules-book a");

    browser.awaitText("h1", "Surrey Police, Community Engagement Guide, 2017");
    assertTrue(browser.currentUrl().endsWith("/book"), browser.currentUrl());
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "the book as served, its styles linked");
    browser.screenshot("policy-book-served");
  }

  @Test
  void rulesView_namesTheSectionsNoRuleCarriesOut(@TempDir Path rules) throws Exception {
    // The built-in rules without cadets.drl: the "cadets" section is left without a rule.
    try (Stream<Path> drl = Files.list(Path.of(BUILT_IN_RULES))) {
      for (Path file : drl.filter(f -> !f.getFileName().toString().equals("cadets.drl")).toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    try (ServeCommand.Running withoutCadets = serve("--rules", rules.toString());
        Browser other = Browser.start(url(withoutCadets))) {
      other.openPlayground(1280, 1600);
      other.click("#tab-rules");
      String gaps = other.text("#sections-without-rules");
      assertTrue(gaps.contains("Sections no rule carries out"), gaps);
      assertTrue(gaps.contains(CompiledRules.builtIn().info().section("cadets").orElseThrow().title()), gaps);
      assertEquals(1, other.elements("#sections-without-rules li").size(), "background sections are no gap: " + gaps);
      assertTrue(other.text("#section-cadets").contains("No rule carries out this section."));
      other.screenshot("rules-view-section-without-rules");
    }
  }

  @Test
  void atPhoneWidth_thePageFitsWithoutSidewaysScrolling() throws IOException {
    browser.openPlayground(390, 2400);
    browser.clickLabelOf("opp-requests-STATISTICS_REPORT");
    browser.awaitVerdict("Redirect");
    assertTrue(browser.fitsWidth(), "no horizontal overflow at 390px");
    assertEquals("Decision: Redirect: see why", browser.text(".verdict-bar"), "the verdict stays in sight");
    browser.screenshot("phone-width");
  }

  @Test
  void everyView_hasNoSeriousOrCriticalAccessibilityViolation() throws IOException {
    List<String> found = new ArrayList<>();
    browser.clickLabelOf("opp-requests-STATISTICS_REPORT");
    browser.awaitVerdict("Redirect");
    browser.element("#view-decide details.section-quote");
    found.addAll(prefixed("decide", browser.seriousAccessibilityViolations()));
    browser.click("#tab-batch");
    browser.click("#batch-example");
    browser.click("#batch-decide");
    browser.awaitText("#batch-status", "decided");
    found.addAll(prefixed("batch", browser.seriousAccessibilityViolations()));
    browser.click("#tab-rules");
    browser.awaitCount("#sections article.guide-section", CompiledRules.builtIn().info().sections().size());
    found.addAll(prefixed("rules", browser.seriousAccessibilityViolations()));
    browser.openPlayground(390, 2400);
    browser.click("#tab-batch");
    browser.element("#batch-file").sendKeys(Path.of("src/main/resources/samples/bad-opportunities.jsonl")
        .toAbsolutePath().toString());
    browser.awaitText("#batch-status", "Read bad-opportunities.jsonl");
    browser.click("#batch-decide");
    browser.awaitText("#batch-status", "decided");
    assertTrue(browser.overflowsSideways(".table-wrap"), "the batch table scrolls sideways at phone width");
    found.addAll(prefixed("batch at phone width", browser.seriousAccessibilityViolations()));
    assertEquals(List.of(), found);
  }

  @Test
  void loadingANewFile_clearsTheResultsOfTheLastBatch() throws IOException {
    browser.click("#tab-batch");
    browser.click("#batch-example");
    browser.click("#batch-decide");
    browser.awaitText("#batch-status", "decided");
    assertFalse(browser.elements("#batch-results tbody tr").isEmpty());
    browser.element("#batch-file").sendKeys(Path.of("src/main/resources/samples/bad-opportunities.jsonl")
        .toAbsolutePath().toString());
    browser.awaitText("#batch-status", "Read bad-opportunities.jsonl");
    assertEquals(0, browser.elements("#batch-results tbody tr").size(), "old results are gone");
    assertFalse(browser.element("#batch-results").isDisplayed());
  }

  @Test
  void sections_nameTheirDocumentByItsTitle_notByItsFileName() throws IOException {
    browser.click("#tab-rules");
    browser.awaitCount("#sections article.guide-section", CompiledRules.builtIn().info().sections().size());
    String rules = browser.text("#sections");
    for (GuideSection section : CompiledRules.builtIn().info().sections()) {
      assertTrue(browser.text("#section-" + section.id()).contains("from " + section.document()), section.id());
    }
    assertFalse(rules.contains(".txt"), "no seed file name is shown");
  }

  @Test
  void withBearerTokens_thePageAsksForTheToken_andDecidesWithIt(@TempDir Path directory) throws Exception {
    String token = "playground-token-0123456789";
    Path tokens = Files.writeString(directory.resolve("tokens.txt"), token + "\n");
    try (ServeCommand.Running guarded = serve("--auth-token-file", tokens.toString());
        Browser other = Browser.start(url(guarded))) {
      other.openPlayground(1280, 1600);
      assertTrue(other.element("#token-form").isDisplayed(), "the page asks for the token");
      other.type("#token-input", token);
      other.click("#token-form button");
      other.openPlayground(1280, 1600);
      other.clickLabelOf("opp-requests-STATISTICS_REPORT");
      other.awaitVerdict("Redirect");
      assertFalse(other.element("#token-form").isDisplayed(), "the token was accepted");
    }
  }

  private static List<String> prefixed(String view, List<String> violations) {
    return violations.stream().map(v -> view + ": " + v).toList();
  }

  /** The first line of a section's text, which the page shows as its first paragraph. */
  private static String firstLine(String sectionId) {
    return CompiledRules.builtIn().info().section(sectionId).orElseThrow().text().lines().findFirst().orElseThrow();
  }
}

package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page for the public ({@code serve --public-page}) in headless Chromium, on a desktop window and a phone's
 * (375 x 812): each kind of answer reached through the form, axe-core finding no violation of WCAG 2.2 AA, the form
 * working in a browser that runs no JavaScript, and no officer named but the ward's PCSO. Screenshots are left under
 * {@code target/playground-screenshots/}.
 */
class PublicPageBrowserIT {
  private static final String SAMPLE_ROSTER = "src/main/resources/samples/roster.json";
  private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final int[][] WINDOWS = {{1280, 1000}, {375, 812}};
  private static final String WARD = "Farnham Castle";
  private static final String WARD_PCSO = "PCSO Sam Reid";

  private static ServeCommand.Running server;
  private static Browser browser;
  private static Browser withoutJavaScript;

  @BeforeAll
  static void startServerAndBrowsers() throws Exception {
    server = ServeCommand.start(
        List.of("--port", "0", "--host", "127.0.0.1", "--roster", SAMPLE_ROSTER, "--public-page"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String url = "http://127.0.0.1:" + server.server().port() + "/";
    browser = Browser.start(url);
    withoutJavaScript = Browser.startWithoutJavaScript(url);
  }

  @AfterAll
  static void stopBrowsersAndServer() {
    Stream.of(browser, withoutJavaScript).filter(b -> b != null).forEach(Browser::close);
    if (server != null) {
      server.close();
    }
  }

  /** Opens the questions, answers them with these choices (ids of radios and checkboxes), and sends them. */
  private static void ask(Browser in, int[] window, String kind, String... choices) {
    in.open("/public", window[0], window[1]);
    in.clickLabelOf("kind-" + kind);
    in.select("place", WARD);
    for (String choice : choices) {
      in.clickLabelOf(choice);
    }
    in.clickAndAwaitNewPage("button[type='submit']");
  }

  private void assertAccessible(Browser in, String page) {
    assertEquals(List.of(), in.accessibilityViolations(WCAG_22_AA), page);
    assertTrue(in.fitsWidth(), page + ": nothing scrolls sideways");
  }

  /** Every officer of the sample roster but the ward's PCSO: the public page names none of them. */
  private static Set<String> officersButTheWardsPcso() throws IOException {
    Roster roster = EngagementJson.readRoster(Files.readString(Path.of(SAMPLE_ROSTER)));
    Set<String> names = new TreeSet<>();
    for (Borough b : roster.boroughs()) {
      Stream.of(Optional.of(b.boroughInspector()), Optional.of(b.neighbourhoodInspector()),
              Optional.of(b.divisionalCommander()), b.designatedPartnerContact(), b.higherEducationLiaisonOfficer(),
              b.preventLead(), b.communityEngagementVolunteer())
          .flatMap(Optional::stream).map(Officer::name).forEach(names::add);
      b.wards().stream().map(Ward::pcso).flatMap(Optional::stream).map(Officer::name).forEach(names::add);
    }
    names.remove(WARD_PCSO);
    return names;
  }

  @Test
  void eachKindOfAnswer_isReachedThroughTheForm_accessibly_onADesktopAndAPhone() throws IOException {
    Set<String> others = officersButTheWardsPcso();
    for (int[] window : WINDOWS) {
      String size = window[0] + "x" + window[1];
      browser.open("/public", window[0], window[1]);
      assertEquals("Inviting the police to your meeting or event?", browser.text("h1"));
      assertAccessible(browser, "questions " + size);
      browser.screenshot("public-questions-" + size);

      ask(browser, window, "meeting", "help-repeat-problem");
      assertEquals("The police will come.", browser.text("h1"));
      assertTrue(browser.text("#contacts").contains(WARD_PCSO), browser.text("#contacts"));
      assertAccessible(browser, "attend " + size);
      browser.screenshot("public-answer-attend-" + size);
      String attend = browser.text("body");

      ask(browser, window, "meeting", "help-figures");
      assertEquals("We will not come, but we can help you get what you asked for.", browser.text("h1"));
      assertTrue(browser.text("#details").contains("police.uk"), browser.text("#details"));
      assertAccessible(browser, "redirect " + size);
      String redirect = browser.text("body");

      ask(browser, window, "meeting", "help-reach");
      assertEquals("We have passed your request on, and we will let you know.", browser.text("h1"));
      assertTrue(browser.text("#details").contains("passed to the Neighbourhood Inspector"));
      assertAccessible(browser, "referral " + size);
      String referral = browser.text("body");

      ask(browser, window, "public-event", "concern-danger");
      assertEquals("Call 999 now", browser.text("h1"));
      assertFalse(browser.text("body").contains(WARD_PCSO), "an emergency is no form letter");
      assertAccessible(browser, "emergency " + size);
      browser.screenshot("public-answer-emergency-" + size);
      String emergency = browser.text("body");

      for (String page : List.of(attend, redirect, referral, emergency)) {
        others.forEach(name -> assertFalse(page.contains(name), name + " is named on " + page));
      }
    }
  }

  @Test
  void questionsLeftUnanswered_areListedInAnErrorSummary_thatLinksToThem_accessibly() {
    browser.open("/public", 375, 812);
    browser.clickAndAwaitNewPage("button[type='submit']");

    assertTrue(browser.text(".govuk-error-summary").contains("Select what kind of meeting or event it is"));
    assertTrue(browser.title().startsWith("Error: "), browser.title());
    assertEquals(1, browser.elements("a[href='#kind-meeting']").size());
    assertAccessible(browser, "errors");
  }

  @Test
  void withoutJavaScript_theFormStillGivesTheAnswer() {
    withoutJavaScript.open("data:text/html,<p id=probe>off</p><script>probe.textContent='on'</script>", 800, 600);
    assertEquals("off", withoutJavaScript.text("#probe"), "this browser runs no page's JavaScript");

    ask(withoutJavaScript, new int[] {375, 812}, "public-event", "concern-traffic");

    assertEquals("We will not come this time.", withoutJavaScript.text("h1"));
    assertTrue(withoutJavaScript.text("#details").contains("Traffic at your event is for you, the organisers, to plan"
        + " and manage."), withoutJavaScript.text("#details"));
    assertTrue(withoutJavaScript.text("#contacts").contains(WARD_PCSO));
  }
}

package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.PolicyBook;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.GuideSection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The policy book of the built-in edition as {@code engagement book} writes it, opened from its file in headless
 * Chromium: every section there, readable on a phone, and no serious or critical accessibility finding.
 */
class PolicyBookBrowserIT {
  private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static Browser browser;
  private static String page;

  @BeforeAll
  static void writeTheBookAndStartTheBrowser() throws IOException {
    Path folder = Path.of("target", "policy-book");
    List<Path> written = PolicyBook.of(CompiledRules.builtIn().info()).build().writeTo(folder);
    page = written.get(0).toAbsolutePath().toUri().toString();
    browser = Browser.start(page);
  }

  @AfterAll
  static void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theBookFromItsFile_holdsEverySection_andHasNoAccessibilityViolation() throws IOException {
    browser.open(page, 1280, 1600);

    for (GuideSection section : CompiledRules.builtIn().info().sections()) {
      assertTrue(browser.text("#section-" + section.id()).equals(section.title()), section.id());
    }
    assertEquals(List.of(), browser.seriousAccessibilityViolations());
    assertEquals(List.of(), browser.accessibilityViolations(WCAG_22_AA));
    browser.screenshot("policy-book");
  }

  @Test
  void theBook_fitsAPhone() {
    browser.open(page, 375, 812);

    assertTrue(browser.fitsWidth(), "nothing scrolls sideways on a phone");
    assertEquals(List.of(), browser.accessibilityViolations(WCAG_22_AA));
  }
}

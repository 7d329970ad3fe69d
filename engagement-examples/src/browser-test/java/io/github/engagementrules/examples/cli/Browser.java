package io.github.engagementrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on a page of the project (the playground, and any other page for people), through the system's chromedriver and chromium (paths from the system
 * properties {@code browser-tests.chromedriver} and {@code browser-tests.chromium}, set by the {@code browser-tests}
 * Maven profile). Both paths are given explicitly, so Selenium Manager never runs and nothing is downloaded.
 */
final class Browser implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path profile;
  private final String url;

  private Browser(ChromeDriver driver, Path profile, String url) {
    this.driver = driver;
    // A page that re-renders replaces the element a wait just found: look again rather than fail.
    this.wait = new WebDriverWait(driver, WAIT);
    this.wait.ignoring(StaleElementReferenceException.class);
    this.profile = profile;
    this.url = url;
  }

  /** Starts a fresh headless Chromium (its own empty profile) that will open {@code url}. */
  static Browser start(String url) throws IOException {
    return start(url, true);
  }

  /**
   * Starts a fresh headless Chromium that runs no page's JavaScript (the content setting a person or an organisation
   * sets, {@code profile.managed_default_content_settings.javascript = 2}), for pages that must work without it. The
   * driver's own scripts, such as {@link #accessibilityViolations}, still run.
   */
  static Browser startWithoutJavaScript(String url) throws IOException {
    return start(url, false);
  }

  private static Browser start(String url, boolean javascript) throws IOException {
    Path profile = Files.createTempDirectory("playground-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File(property("browser-tests.chromium")));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    // Chromium's record of what the page requested and what its policy refused, for networkRequests().
    options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL", LogType.BROWSER, "ALL"));
    if (!javascript) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(property("browser-tests.chromedriver")))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile, url);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || !Files.isExecutable(Path.of(value))) {
      throw new IllegalStateException(
          "system property " + name + " must name an executable (run with -P browser-tests), got " + value);
    }
    return value;
  }

  /**
   * Opens an address in a window of this size: {@code path} is resolved against the start address when it starts
   * with {@code /}, else used as it is (a {@code file:} address, for example).
   */
  void open(String path, int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    driver.get(path.startsWith("/") ? java.net.URI.create(url).resolve(path).toString() : path);
  }

  /** The title of the page now shown. */
  String title() {
    return driver.getTitle();
  }

  /** The address of the page now shown. */
  String currentUrl() {
    return driver.getCurrentUrl();
  }

  /**
   * What the page now shown asked for since the last call, other than itself and {@code data:} addresses, from
   * Chromium's own log of network requests, and every fetch the page's Content-Security-Policy refused (from the
   * console): empty for a page that works without the network.
   */
  List<String> networkRequests() throws IOException {
    String page = driver.getCurrentUrl();
    List<String> requested = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      JsonNode message = JSON.readTree(entry.getMessage()).path("message");
      String url = message.path("params").path("request").path("url").asText();
      boolean byThePage = message.path("params").path("documentURL").asText().equals(page);
      if (message.path("method").asText().equals("Network.requestWillBeSent") && byThePage && !url.equals(page)
          && !url.startsWith("data:")) {
        requested.add(url);
      }
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
      if (entry.getMessage().contains("Content Security Policy")) {
        requested.add("refused: " + entry.getMessage());
      }
    }
    return requested;
  }

  /** Opens the playground in a window of this size and waits for its first decision. */
  void openPlayground(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    driver.get(url);
    wait.until(ExpectedConditions.attributeToBe(By.id("decision"), "aria-busy", "false"));
  }

  WebElement element(String css) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> elements(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return element(css).getText();
  }

  /** The element's text whether or not it is shown on screen (for text meant for screen readers). */
  String textContent(String css) {
    return element(css).getDomProperty("textContent");
  }

  /** Chooses an option of a select box by its visible text. */
  void select(String id, String visibleText) {
    new Select(element("#" + id)).selectByVisibleText(visibleText);
  }

  /** Clicks the label of a control, as a person does. */
  void clickLabelOf(String id) {
    click("label[for='" + id + "']");
  }

  void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  /**
   * Clicks a control that loads a new page (a form's submit button) and waits until the page it was on is gone, so
   * that what is read next is read on the new page, never on the old one as it unloads.
   */
  void clickAndAwaitNewPage(String css) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    click(css);
    wait.until(ExpectedConditions.stalenessOf(oldPage));
  }

  void type(String css, String text) {
    WebElement field = element(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Waits until the decision shown is this attendance (compared without regard to case, which CSS may change). */
  void awaitVerdict(String attendance) {
    wait.until(
        d -> {
          List<WebElement> word = d.findElements(By.cssSelector("#verdict .verdict-word"));
          return !word.isEmpty() && word.get(0).getText().equalsIgnoreCase(attendance);
        });
  }

  /** Waits until the element holds this text. */
  void awaitText(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** Waits until nothing matches. */
  void awaitAbsent(String css) {
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), 0));
  }

  /** Waits until exactly {@code count} elements match. */
  void awaitCount(String css, int count) {
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), count));
  }

  /** The ids (or tags) of visible form controls that have neither a label nor an accessible name of their own. */
  @SuppressWarnings("unchecked")
  List<String> unlabelledControls() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('input, select, textarea, button'))"
                    + ".filter(e => e.offsetParent !== null)"
                    + ".filter(e => e.labels && e.labels.length === 0 && !e.getAttribute('aria-label')"
                    + " && !(e.tagName === 'BUTTON' && e.textContent.trim() !== ''))"
                    + ".map(e => e.id || e.tagName);");
  }

  /**
   * The serious and critical accessibility violations axe-core finds on the page as it is now, one line each: the
   * rule, then the elements. axe-core comes from Deque's jar on the test class path, never from the network; it
   * is injected by the driver, which the page's Content-Security-Policy does not govern.
   */
  List<String> seriousAccessibilityViolations() {
    JavascriptExecutor js = driver;
    js.executeScript(AXE);
    Object found =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then((results) => done(results.violations"
                + "  .filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                + "  .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', '))),"
                + "  (e) => done(['axe failed: ' + e]));");
    return ((List<?>) found).stream().map(String::valueOf).toList();
  }

  /**
   * Every accessibility violation axe-core finds on the page as it is now under these rule tags (for example
   * {@code wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa} for WCAG 2.2 AA), whatever its impact, one line each.
   */
  List<String> accessibilityViolations(List<String> tags) {
    JavascriptExecutor js = driver;
    js.executeScript(AXE);
    Object found =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then((results) => done(results.violations"
                + "  .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', '))),"
                + "  (e) => done(['axe failed: ' + e]));",
            tags);
    return ((List<?>) found).stream().map(String::valueOf).toList();
  }

  private static final String AXE = axeSource();

  private static String axeSource() {
    String resource = "/axe.min.js"; // in Deque's com.deque.html.axe-core:selenium jar
    try (java.io.InputStream in = Browser.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path (run with -P browser-tests)");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the element's content is wider than the element, so that it scrolls sideways. */
  boolean overflowsSideways(String css) {
    Object overflows =
        ((JavascriptExecutor) driver).executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth;",
            element(css));
    return Boolean.TRUE.equals(overflows);
  }

  /** Whether the page is no wider than the window, i.e. nothing scrolls sideways. */
  boolean fitsWidth() {
    Object fits =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }

  /**
   * Saves a screenshot of the whole page (the window is made as tall as the page first) as {@code NAME.png} in the
   * screenshots folder, for a person to review.
   */
  Path screenshot(String name) throws IOException {
    Number height =
        (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
    Dimension window = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 150, 8000)));
    Path folder = Path.of(System.getProperty("browser-tests.screenshots", "target/playground-screenshots"));
    Files.createDirectories(folder);
    Path file = folder.resolve(name.toLowerCase(Locale.ROOT) + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> paths = Files.walk(profile)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.signatorytracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.signatorytracker.TestApi;
import org.signatorytracker.operations.DemoData;

/**
 * The pages in a real browser: the Debian Chromium, headless, driven by Selenium. A researcher
 * opens the supportive 2019 letter, reads the count the API gives, asks what was known on 1 August
 * 2019, sees the map and the timeline, signs in as an editor, records a position through the form,
 * sees it, and signs out; axe-core finds no accessibility violation on any page, and no page
 * scrolls sideways on a 390 px wide phone. Without Chromium the tests are skipped (they say so),
 * unless TRACKER_BROWSER_TESTS=required (as .ci/run sets it), which makes a missing browser a
 * failure. A failing test leaves a screenshot and the page's source under target/browser/.
 */
@QuarkusTest
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path OUT = Path.of("target/browser");
  static final String SUPPORTIVE = "hrc41-2019-xinjiang-supportive";
  static final String EDITOR_PASSWORD = "a long editor password";

  static WebDriver driver;

  @TestHTTPResource("/")
  URL base;

  @Inject DemoData demo;

  @RegisterExtension
  static final TestWatcher EVIDENCE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (driver != null) {
            save(context.getRequiredTestMethod().getName());
          }
        }
      };

  @BeforeEach
  void browser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "required".equals(System.getenv("TRACKER_BROWSER_TESTS"))) {
      throw new AssertionError(
          "TRACKER_BROWSER_TESTS=required, but /usr/bin/chromium or /usr/bin/chromedriver is"
              + " missing: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(
        installed,
        "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed"
            + " (apt-get install chromium chromium-driver; .ci/run installs and requires them)");
    demo.loadUnlessPresent();
    if (driver == null) {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--window-size=1280,900",
          "--lang=en-GB");
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
              .usingAnyFreePort()
              .build();
      driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.manage().deleteAllCookies();
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  @Test
  void aResearcherReadsTheLetterAndAnEditorRecordsAPosition() {
    open("/statements/" + SUPPORTIVE + "?asOf=2019-08-01");
    int api =
        given()
            .get("/api/statements/" + SUPPORTIVE + "/count?asOf=2019-08-01")
            .then()
            .extract()
            .path("counts.SIGNED");
    assertThat(text("signatory-count")).isEqualTo(String.valueOf(api)).isEqualTo("49");

    // what was known on 1 August 2019: Qatar's withdrawal was not public yet
    WebElement knownBy = driver.findElement(By.id("knownBy"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2019-08-01'", knownBy);
    submit(knownBy);
    assertThat(driver.getCurrentUrl()).contains("knownBy=2019-08-01");
    assertThat(text("signatory-count")).isEqualTo("50");
    assertThat(loaded("img[src*='map.svg']")).as("the map is drawn").isTrue();
    assertThat(loaded("img[src*='timeline.svg']")).as("the timeline is drawn").isTrue();

    // an editor signs in and records a position on a letter of their own
    String key = TestApi.createLetter("browser");
    String editor = TestApi.uniqueKey("editor").replace('-', '.');
    given()
        .contentType("application/json")
        .body(Map.of("name", editor, "password", EDITOR_PASSWORD, "role", "editor"))
        .post("/api/users")
        .then()
        .statusCode(201);
    open("/statements/" + key);
    submit(driver.findElement(By.linkText("Sign in")));
    driver.findElement(By.id("username")).sendKeys(editor);
    driver.findElement(By.id("password")).sendKeys(EDITOR_PASSWORD);
    submit(driver.findElement(By.cssSelector("#signin-form button[type=submit]")));
    open("/statements/" + key);
    assertThat(driver.getPageSource()).contains("Record a position", editor);
    axe("statement page, signed in as an editor");
    driver.findElement(By.id("state")).sendKeys("Tuvalu");
    driver.findElement(By.id("date")).sendKeys("2022-06-14");
    driver.findElement(By.id("sourceTitle")).sendKeys("Text as read out");
    submit(driver.findElement(By.cssSelector("#record-form button[type=submit]")));
    assertThat(text("signatory-count")).isEqualTo("1");
    assertThat(driver.findElement(By.id("signatories")).getText()).contains("Tuvalu");
    assertThat(loaded("img[src*='map.svg']")).isTrue();

    submit(driver.findElement(By.cssSelector("header form button")));
    assertThat(driver.findElements(By.linkText("Sign in"))).isNotEmpty();
    open("/statements/" + key);
    assertThat(driver.getPageSource()).doesNotContain("Record a position");
  }

  @Test
  void aResearcherSearchesWithSeveralWordsAndComparesStatementsPickedByTitle() {
    open("/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("2019 supportive");
    submit(q);
    // the section of what was found, not the latest records below it
    String found =
        driver
            .findElement(By.cssSelector("section[aria-labelledby='found']"))
            .getAttribute("innerHTML");
    assertThat(found)
        .contains("/statements/" + SUPPORTIVE)
        .doesNotContain("/statements/hrc41-2019-xinjiang-critical\"");

    // the compare form offers the statements by title: pick each by words of its title
    open("/compare");
    pick("a", "supporting China");
    pick("b", "22 states");
    submit(driver.findElement(By.cssSelector("form[aria-label='Two statements'] button")));
    assertThat(driver.getCurrentUrl()).contains("a=" + SUPPORTIVE);
    assertThat(text("comparison-heading")).contains(SUPPORTIVE, "hrc41-2019-xinjiang-critical");
    assertThat(driver.findElement(By.id("only-a")).getText()).contains("Pakistan");

    // a side whose statements only have a reported count is never a bare 0
    String issue = TestApi.uniqueKey("browser-unlisted");
    given()
        .contentType("application/json")
        .body(Map.of("title", "Unlisted", "sides", List.of("critical", "supportive")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(201);
    TestApi.createStatement(
        "browser-unlisted",
        "LETTER",
        Map.of(
            "issue",
            issue,
            "side",
            "supportive",
            "date",
            "2022-07-19",
            "reportedCount",
            55,
            "sources",
            List.of(Map.of("url", "https://example.org/claim"))));
    open("/issues/" + issue);
    assertThat(text("balance-supportive")).startsWith("no list").contains("55 reported");
    for (WebElement cell : driver.findElements(By.cssSelector("#balance tr"))) {
      if (cell.getText().startsWith("supportive")) {
        assertThat(cell.getText()).doesNotContain(" 0");
      }
    }
  }

  /**
   * Picks, in the input with this id, the statement its list offers with these words in its label,
   * as a person choosing from the suggestions would.
   */
  private static void pick(String id, String words) {
    WebElement input = driver.findElement(By.id(id));
    String list = input.getAttribute("list");
    WebElement option =
        driver.findElements(By.cssSelector("datalist#" + list + " option")).stream()
            .filter(
                o ->
                    String.valueOf(o.getAttribute("label") + o.getAttribute("textContent"))
                        .contains(words))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no statement offered with '" + words + "'"));
    input.clear();
    input.sendKeys(option.getAttribute("value"));
  }

  /**
   * An editor pastes an annex on the statement's page, sees each name marked, unticks one state,
   * reads "Congo" as the Democratic Republic, gives the date and the source once and confirms: the
   * count goes up by the states chosen, and the marked page passes axe and fits a phone.
   */
  @Test
  void anEditorPastesAnAnnexAndConfirmsTheStatesChosen() {
    String key = TestApi.createLetter("browser-paste");
    TestApi.record(key, "Algeria", "SIGNED", "2019-07-12");
    signIn(
        org.signatorytracker.TestAccounts.ADMIN, org.signatorytracker.TestAccounts.ADMIN_PASSWORD);
    open("/statements/" + key);
    driver
        .findElement(By.id("pasted"))
        .sendKeys(
            "Algeria, Angola, Bahrain, Bolivia (Plurinational State of), Congo and Cuba\n"
                + "1. Pakistan\n2. Atlantis");
    submit(driver.findElement(By.cssSelector("#paste-form button[type=submit]")));
    assertThat(driver.findElements(By.cssSelector("#pasted-text mark.found")))
        .extracting(e -> e.getAttribute("data-iso3"))
        .containsExactly("AGO", "BHR", "BOL", "CUB", "PAK");
    assertThat(driver.findElement(By.cssSelector("#pasted-text mark.standing")).getText())
        .isEqualTo("Algeria");
    assertThat(driver.findElement(By.cssSelector("#pasted-text mark.ambiguous")).getText())
        .isEqualTo("Congo");
    assertThat(driver.findElement(By.cssSelector("#pasted-text mark.unplaced")).getText())
        .isEqualTo("Atlantis");
    assertThat(axe("pasted list, marked")).isEmpty();
    driver.manage().window().setSize(new Dimension(390, 844));
    assertThat(
            (Long)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth"))
        .as("the marked page fits a phone")
        .isLessThanOrEqualTo(0L);
    driver.manage().window().setSize(new Dimension(1280, 900));

    driver.findElement(By.cssSelector("input[name=states][value=BHR]")).click();
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("pick-0")))
        .selectByValue("COD");
    driver.findElement(By.id("date")).sendKeys("2019-07-12");
    driver.findElement(By.id("sourceTitle")).sendKeys("Annex to A/HRC/41/G/17");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sourceKind")))
        .selectByVisibleText("OFFICIAL");
    submit(driver.findElement(By.cssSelector("#batch-form button[type=submit]")));
    assertThat(text("notice")).isEqualTo("5 positions recorded.");
    assertThat(text("signatory-count")).isEqualTo("6");
    assertThat(TestApi.signatoryCodes(key, "asOf", "2019-07-12"))
        .containsExactlyInAnyOrder("DZA", "AGO", "BOL", "COD", "CUB", "PAK");
  }

  @Test
  void everyPageIsAccessibleAndFitsAPhone() throws IOException {
    Files.createDirectories(OUT);
    // a vote, whose page shows its result bars instead of a timeline
    String vote =
        TestApi.createStatement(
            "browser-vote",
            "VOTE",
            Map.of(
                "date", "2022-10-06", "outcome", Map.of("result", "REJECTED", "on", "2022-10-06")));
    TestApi.record(vote, "France", "YES", "2022-10-06");
    TestApi.record(vote, "China", "NO", "2022-10-06");
    TestApi.record(vote, "India", "ABSTAIN", "2022-10-06");
    TestApi.record(vote, "Fiji", "NOT_VOTING", "2022-10-06");
    List<String> pages =
        List.of(
            "/",
            "/?q=korea",
            "/statements/" + vote + "?asOf=2022-10-06",
            "/statements/" + SUPPORTIVE + "?asOf=2019-08-01",
            "/issues/xinjiang?asOf=2019-09-01",
            "/states/QAT",
            "/compare?a=hrc41-2019-xinjiang-critical&b=" + SUPPORTIVE + "&asOf=2019-09-01",
            "/compare?any=hrc41-2019-xinjiang-critical," + SUPPORTIVE,
            "/compare?a=hrc41-2019-xinjiang-critical&b=" + SUPPORTIVE + "&ever=true",
            "/?q=2019+supportive",
            "/agreement",
            "/agreement?issue=xinjiang&states=Cuba,Algeria,France,Germany,Qatar",
            "/signin",
            "/no-such-page",
            // signed in from here on
            "/import",
            "/account",
            "/reviews",
            "/statements/" + SUPPORTIVE);
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      if (page.equals("/import")) {
        signIn(
            org.signatorytracker.TestAccounts.ADMIN,
            org.signatorytracker.TestAccounts.ADMIN_PASSWORD);
      }
      driver.manage().window().setSize(new Dimension(1280, 900));
      open(page);
      problems.addAll(axe(page));
      driver.manage().window().setSize(new Dimension(390, 844));
      open(page);
      long scrollWidth =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript("return document.documentElement.scrollWidth");
      long width = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
      if (page.startsWith("/statements/") && page.contains("asOf")) {
        // the phone's view of the statement page, to look at
        Files.write(OUT.resolve("phone-statement-page.png"), screenshot());
      }
      if (scrollWidth > width) {
        problems.add(page + ": scrolls sideways at 390 px (" + scrollWidth + " px wide)");
        save("phone" + page.replaceAll("[^A-Za-z0-9]+", "-"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void screenshotsOfTheStatementPageAndTheIssueMap() throws IOException {
    Files.createDirectories(OUT);
    driver.manage().window().setSize(new Dimension(1280, 2000));
    open("/statements/" + SUPPORTIVE + "?asOf=2019-08-01");
    assertThat(loaded("img[src*='map.svg']")).isTrue();
    Files.write(OUT.resolve("statement-page.png"), screenshot());
    open("/issues/xinjiang?asOf=2019-09-01");
    WebElement map = driver.findElement(By.id("map-heading"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", map);
    assertThat(loaded("#map-frame img")).isTrue();
    Files.write(OUT.resolve("issue-map.png"), screenshot());
  }

  private void signIn(String name, String password) {
    open("/signin");
    driver.findElement(By.id("username")).sendKeys(name);
    driver.findElement(By.id("password")).sendKeys(password);
    submit(driver.findElement(By.cssSelector("#signin-form button[type=submit]")));
  }

  private void open(String path) {
    driver.get(base.toString().replaceAll("/$", "") + path);
  }

  /** Clicks (or submits the form of) an element and waits for the next page to load. */
  private static void submit(WebElement element) {
    WebElement page = driver.findElement(By.tagName("html"));
    if (element.getTagName().equals("input")) {
      element.submit();
    } else {
      element.click();
    }
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(page));
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * Whether the page's old root is gone: stale, or (a race of Chrome's while the next document
   * replaces it) no longer in the document.
   */
  private static boolean gone(WebElement page) {
    try {
      page.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private static String text(String id) {
    return driver.findElement(By.id(id)).getText().strip();
  }

  /** Whether the image has arrived and been decoded. */
  private static boolean loaded(String selector) {
    WebElement image = driver.findElement(By.cssSelector(selector));
    for (int i = 0; i < 100; i++) {
      Object done =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "return arguments[0].complete && arguments[0].naturalWidth > 0", image);
      if (Boolean.TRUE.equals(done)) {
        return true;
      }
      sleep();
    }
    return false;
  }

  /** The WCAG 2.1 A and AA violations axe-core finds on the page open now. */
  private static List<String> axe(String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axeSource());
    String result =
        (String)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values:"
                    + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(r => done(JSON.stringify(r.violations)))"
                    + ".catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e),"
                    + " nodes: []}])));");
    List<String> problems = new ArrayList<>();
    try {
      for (JsonNode v : new ObjectMapper().readTree(result)) {
        List<String> targets = new ArrayList<>();
        v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
        problems.add(
            page + ": " + v.path("id").asText() + " (" + v.path("help").asText() + ") " + targets);
      }
    } catch (IOException e) {
      problems.add(page + ": axe answered " + result);
    }
    return problems;
  }

  private static String axeSource() {
    try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] screenshot() {
    return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
  }

  static void save(String name) {
    try {
      Files.createDirectories(OUT);
      Files.write(OUT.resolve(name + ".png"), screenshot());
      Files.writeString(OUT.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not save the evidence of " + name + ": " + e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

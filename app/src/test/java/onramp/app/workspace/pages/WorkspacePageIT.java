package onramp.app.workspace.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import onramp.app.system.config.ReaderSettings;
import onramp.gateway.Usage;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.Budgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.fake.ReceivedRequest;
import onramp.gateway.fake.Script;
import onramp.testsupport.HeadlessChromium;
import onramp.testsupport.RunningApp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace page in real headless Chromium against the real app and the fake vendor: an
 * employee signs in, runs a template with a file on customer data, watches the answer stream in,
 * sees what was masked, finds the conversation in history, renames, exports and deletes it.
 * Screenshots at phone and desktop widths go to {@code target/screenshots/workspace-*.png}.
 */
class WorkspacePageIT {
  static final String EMPLOYEE = "sam";
  static final String TEAM = "support";
  private static FakeVendorServer fake;
  private static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(
        HeadlessChromium.installed(),
        "needs chromium and chromium-driver: ./onramp test installs them");
    fake = FakeVendorServer.start(0);
    System.setProperty(ReaderSettings.FAKE_VENDOR_PROPERTY, fake.baseUri().toString());
    app =
        RunningApp.start(
            "--onramp.security.local-users[2].username=" + EMPLOYEE,
            "--onramp.security.local-users[2].password=" + RunningApp.PASSWORD,
            "--onramp.security.local-users[2].roles[0]=EMPLOYEE",
            "--onramp.security.local-users[2].team=" + TEAM);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      System.clearProperty(ReaderSettings.FAKE_VENDOR_PROPERTY);
      if (fake != null) {
        fake.close();
      }
    }
  }

  @Test
  void anEmployeeRunsATemplateWithAFileAndFindsRenamesExportsAndDeletesIt() throws Exception {
    Path notes = Files.createTempFile("trip-notes-", ".txt");
    Files.writeString(
        notes,
        "Trip 4471, 2026-03-02: the van arrived 25 minutes late at Union Station.\n",
        StandardCharsets.UTF_8);
    ChromeDriver browser = HeadlessChromium.start();
    try {
      signIn(browser);

      // a template with a file, on customer data
      Select template = new Select(browser.findElement(By.id("template")));
      template.selectByValue(fileTemplate(browser));
      wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("variables")));
      fillVariables(browser, notes);
      browser.findElement(By.id("dc-customer")).click();
      browser.findElement(By.id("names")).sendKeys("Jordan Example");
      browser
          .findElement(By.id("prompt"))
          .sendKeys(
              "The rider is Jordan Example, phone (415) 555-0134, jordan.example@example.com.");
      watchTheAnswerGrow(browser);
      browser.findElement(By.id("send")).click();

      // the answer streams in, then completes
      wait(browser)
          .until(d -> "Answer complete.".equals(d.findElement(By.id("send-status")).getText()));
      WebElement turn = browser.findElement(By.cssSelector("#turns .ws-turn"));
      String answer = turn.findElement(By.className("ws-answer")).getText();
      assertThat(turn.findElement(By.className("ws-answer")).getAttribute("aria-live"))
          .as("a screen reader hears the answer")
          .isEqualTo("polite");
      assertThat(answer).isNotBlank();
      @SuppressWarnings("unchecked")
      List<Long> lengths = (List<Long>) js(browser, "return window.__answerLengths");
      assertThat(lengths)
          .as("lengths of the answer as it arrived")
          .anyMatch(n -> n > 0 && n < answer.length());

      // what was masked: the table and the placeholders highlighted in the prompt as sent
      WebElement masked = turn.findElement(By.className("ws-masked"));
      assertThat(masked.isDisplayed()).isTrue();
      masked.findElement(By.tagName("summary")).click();
      String table = masked.findElement(By.tagName("tbody")).getText();
      assertThat(table)
          .contains("Jordan Example")
          .contains("(415) 555-0134")
          .contains("jordan.example@example.com");
      assertThat(masked.findElements(By.cssSelector(".ws-sent mark"))).isNotEmpty();
      String sent = masked.findElement(By.className("ws-sent")).getText();
      assertThat(sent).doesNotContain("555-0134").doesNotContain("jordan.example@example.com");
      for (ReceivedRequest r : fake.received()) {
        assertThat(r.body())
            .doesNotContain("555-0134")
            .doesNotContain("jordan.example@")
            .doesNotContain("Jordan Example");
      }
      String conversation = browser.getCurrentUrl().replaceAll(".*/workspace/c/", "");
      assertThat(conversation).isNotBlank().doesNotContain("/");

      for (int width : new int[] {390, 1280}) {
        assertThat(screenshot(browser, "conversation", width))
            .as("no sideways scrolling at %d px", width)
            .isTrue();
      }

      // history: a new page, found by a word of its content
      browser.get(base() + "/workspace");
      waitReady(browser);
      openHistory(browser);
      search(browser, "Union Station");
      wait(browser)
          .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#history-list li a"), 1));
      search(browser, "no-such-words-anywhere");
      wait(browser)
          .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#history-list li a"), 0));
      assertThat(browser.findElement(By.id("history-status")).getText())
          .contains("No conversation matches");
      search(browser, "Union Station");
      wait(browser)
          .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#history-list li a"), 1));
      browser.findElement(By.cssSelector("#history-list li a")).click();
      wait(browser).until(ExpectedConditions.urlContains("/workspace/c/" + conversation));
      waitReady(browser);
      wait(browser)
          .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#turns .ws-turn"), 1));
      assertThat(browser.findElement(By.cssSelector("#turns .ws-answer")).getText())
          .isEqualTo(answer);

      // rename
      browser.findElement(By.id("rename")).click();
      WebElement title = browser.findElement(By.id("rename-title"));
      title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Late van at Union Station");
      browser.findElement(By.id("rename-save")).click();
      wait(browser)
          .until(
              ExpectedConditions.textToBe(
                  By.id("conversation-title"), "Late van at Union Station"));
      openHistory(browser);
      search(browser, "Late van");
      wait(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("history-list"), "Late van at Union Station"));

      // export, as the links download it, with this session
      String markdown = download(browser, "export-markdown");
      assertThat(markdown).contains("Late van at Union Station").contains(firstLine(answer));
      String text = download(browser, "export-text");
      assertThat(text).contains("Late van at Union Station").doesNotContain("## ");

      for (int width : new int[] {390, 1280}) {
        assertThat(screenshot(browser, "history", width))
            .as("no sideways scrolling at %d px", width)
            .isTrue();
      }

      // delete, after a confirmation
      browser.findElement(By.id("delete")).click();
      browser.findElement(By.id("delete-yes")).click();
      wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));
      assertThat(browser.getCurrentUrl()).endsWith("/workspace");
      assertThat(status(browser, "/api/workspace/conversations/" + conversation)).isEqualTo(404);
    } finally {
      browser.quit();
      Files.deleteIfExists(notes);
    }
  }

  @Test
  void anAnswerThatBreaksOffIsKeptAndMarkedPartial() throws Exception {
    fake.enqueue(
        Script.interrupted(
            Script.reply(
                "We are sorry the van was late. A refund of the fare is on its way to you.",
                new Usage(40, 20, 0, 0, 0)),
            6,
            "Overloaded"));
    ChromeDriver browser = HeadlessChromium.start();
    try {
      signIn(browser);
      browser.findElement(By.id("prompt")).sendKeys("Draft an apology for a late van.");
      browser.findElement(By.id("send")).click();
      WebElement box =
          wait(browser)
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("#turns .ws-answer-box.partial")));
      assertThat(box.findElement(By.className("ws-state")).getText()).startsWith("Partial answer");
      String kept = box.findElement(By.className("ws-answer")).getText();
      assertThat(kept).isNotBlank();
      assertThat("We are sorry the van was late. A refund of the fare is on its way to you.")
          .startsWith(kept.strip())
          .isNotEqualTo(kept.strip());

      browser.navigate().refresh();
      waitReady(browser);
      WebElement stored =
          wait(browser)
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("#turns .ws-answer-box.partial")));
      assertThat(stored.findElement(By.className("ws-answer")).getText()).isEqualTo(kept);
      for (int width : new int[] {390, 1280}) {
        assertThat(screenshot(browser, "partial", width))
            .as("no sideways scrolling at %d px", width)
            .isTrue();
      }
    } finally {
      browser.quit();
    }
  }

  @Test
  void aRunOverTheTeamBudgetIsRefusedNamingTheBudget() throws Exception {
    Budgets budgets = app.bean(Budgets.class);
    budgets.setLimit(BudgetKey.team(TEAM), BigDecimal.ZERO);
    ChromeDriver browser = HeadlessChromium.start();
    try {
      signIn(browser);
      browser.findElement(By.id("prompt")).sendKeys("Summarise: the van was late.");
      browser.findElement(By.id("send")).click();
      String said =
          wait(browser)
              .until(
                  d -> {
                    List<WebElement> refused =
                        d.findElements(By.cssSelector("#turns .ws-answer-box.refused .ws-state"));
                    WebElement alert = d.findElement(By.id("composer-error"));
                    return !refused.isEmpty()
                        ? refused.get(0).getText()
                        : alert.isDisplayed() ? alert.getText() : null;
                  });
      assertThat(said).containsIgnoringCase("budget").contains(TEAM);
      assertThat(screenshot(browser, "budget", 390)).isTrue();
    } finally {
      budgets.setLimit(BudgetKey.team(TEAM), new BigDecimal("1000"));
      browser.quit();
    }
  }

  @Test
  void aPromptOverTheModelsContextShowsTheMessageAndASuggestion() throws Exception {
    Path program = Files.createTempFile("payload-", ".exe");
    Files.write(program, new byte[] {'M', 'Z', 0, 0});
    ChromeDriver browser = HeadlessChromium.start();
    try {
      signIn(browser);
      browser.findElement(By.id("files")).sendKeys(program.toAbsolutePath().toString());
      browser.findElement(By.id("prompt")).sendKeys("Read this.");
      browser.findElement(By.id("send")).click();
      assertThat(
              wait(browser)
                  .until(ExpectedConditions.visibilityOfElementLocated(By.id("composer-error")))
                  .getText())
          .as("a file the workspace cannot read is refused by name before sending")
          .startsWith(program.getFileName().toString())
          .contains("cannot be read here");
      js(browser, "document.getElementById('files').value = ''");
      js(browser, "document.getElementById('prompt').value = 'The van was late. '.repeat(60000)");
      browser.findElement(By.id("send")).click();
      wait(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("composer-error"), "tokens"));
      WebElement alert = browser.findElement(By.id("composer-error"));
      assertThat(alert.isDisplayed()).isTrue();
      assertThat(alert.getText()).contains("Shorten");
      assertThat(browser.findElements(By.cssSelector("#turns .ws-turn"))).isEmpty();
      assertThat(browser.findElement(By.id("prompt")).getAttribute("value"))
          .as("the prompt is kept to shorten")
          .hasSizeGreaterThan(1_000_000);
      assertThat(screenshot(browser, "too-long", 390)).isTrue();
    } finally {
      browser.quit();
      Files.deleteIfExists(program);
    }
  }

  // ---- steps ----------------------------------------------------------------------------------

  static void signIn(ChromeDriver browser) {
    browser.get(base() + "/workspace");
    wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(EMPLOYEE);
    browser.findElement(By.id("password")).sendKeys(RunningApp.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    wait(browser).until(ExpectedConditions.urlContains("/workspace"));
    waitReady(browser);
  }

  static void waitReady(ChromeDriver browser) {
    wait(browser)
        .until(
            d ->
                "true"
                    .equals(
                        ((JavascriptExecutor) d)
                            .executeScript("return document.body.dataset.ready || ''")));
  }

  /** The id of a template with a FILE variable, as the API lists them. */
  static String fileTemplate(ChromeDriver browser) {
    Object id =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                (async () => {
                  const list = await (await fetch('/api/workspace/templates')).json();
                  for (const t of list) {
                    const full = Array.isArray(t.variables) ? t
                      : await (await fetch('/api/workspace/templates/' + t.id)).json();
                    if ((full.variables || []).some(v => v.type === 'FILE')) return t.id;
                  }
                  return '';
                })().then(done, e => done('error: ' + e));
                """);
    assertThat(id).as("a shipped template with a file variable").isNotEqualTo("");
    return String.valueOf(id);
  }

  /** Fills every field of the chosen template: the file into FILE, something valid elsewhere. */
  static void fillVariables(ChromeDriver browser, Path file) {
    for (WebElement input : browser.findElements(By.cssSelector("#variable-fields [data-type]"))) {
      switch (Objects.requireNonNull(input.getAttribute("data-type"))) {
        case "FILE" -> input.sendKeys(file.toAbsolutePath().toString());
        case "CHOICE" -> {
          Select s = new Select(input);
          s.selectByIndex(s.getOptions().size() > 1 ? 1 : 0);
        }
        case "DATE" ->
            ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '2026-03-02'", input);
        case "LONG_TEXT" -> input.sendKeys("The rider waited at Union Station and missed a train.");
        default -> input.sendKeys("Trip 4471");
      }
    }
  }

  /** Records the answer's length each time the page changes it, to see it arrive in pieces. */
  static void watchTheAnswerGrow(ChromeDriver browser) {
    js(
        browser,
        """
        window.__answerLengths = [];
        new MutationObserver(() => {
          const a = document.querySelector('#turns .ws-turn:last-child .ws-answer');
          if (a) window.__answerLengths.push(a.textContent.length);
        }).observe(document.getElementById('turns'), {subtree: true, childList: true, characterData: true});
        """);
  }

  static void openHistory(ChromeDriver browser) {
    js(browser, "document.getElementById('history').open = true");
  }

  static void search(ChromeDriver browser, String words) {
    WebElement q = browser.findElement(By.id("history-q"));
    q.clear();
    q.sendKeys(words, Keys.ENTER);
  }

  static String download(ChromeDriver browser, String linkId) {
    return String.valueOf(
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href)
                  .then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done, e => done('error ' + e));
                """,
                linkId));
  }

  static long status(ChromeDriver browser, String path) {
    return (Long)
        Objects.requireNonNull(
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    """
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0], {headers: {Accept: 'application/json'}}).then(r => done(r.status));
                    """,
                    path));
  }

  static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }

  static @Nullable Object js(ChromeDriver browser, String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  static WebDriverWait wait(ChromeDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  static String base() {
    return "http://localhost:" + app.port();
  }

  /** Sizes the window to the page at {@code width}, saves a screenshot; true when it fits. */
  static boolean screenshot(ChromeDriver browser, String name, int width) throws Exception {
    browser.manage().window().setSize(new Dimension(width, 1000));
    long height =
        (Long) Objects.requireNonNull(js(browser, "return document.documentElement.scrollHeight"));
    browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 8000)));
    boolean fits =
        (Boolean)
            Objects.requireNonNull(
                js(browser, "return document.documentElement.scrollWidth <= window.innerWidth"));
    Path out = Path.of("target/screenshots/workspace-" + name + "-" + width + ".png");
    Files.createDirectories(out.getParent());
    Files.write(out, browser.getScreenshotAs(OutputType.BYTES));
    return fits;
  }
}

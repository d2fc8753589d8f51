package onramp.app.gatewayadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.DataClass;
import onramp.gateway.admin.KeyAdmin;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.Budgets;
import onramp.gateway.keys.KeyGrant;
import onramp.testsupport.HeadlessChromium;
import onramp.testsupport.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in real headless Chromium, on a phone and a desktop: it fits the width, and a new key's
 * secret shows once. Screenshots go to {@code target/screenshots/gateway-admin-*.png}.
 */
class GatewayAdminPageIT {

  @Test
  void thePageFitsAPhoneAndADesktopAndShowsANewSecretOnce() throws Exception {
    assertTrue(
        HeadlessChromium.installed(),
        "needs chromium and chromium-driver: ./onramp test installs them");
    Path yaml = Files.createTempFile("gateway-", ".yaml");
    Files.writeString(yaml, GatewayAdminIT.GATEWAY_YAML);
    try (RunningApp app =
        RunningApp.start(GatewayAdminIT.withMlReviewer("--onramp.gateway.config=" + yaml))) {
      seed(app);
      ChromeDriver browser = HeadlessChromium.start();
      try {
        browser.get("http://localhost:" + app.port() + "/admin/gateway");
        browser.findElement(By.id("username")).sendKeys(GatewayAdminIT.ML_REVIEW);
        browser.findElement(By.id("password")).sendKeys(RunningApp.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("key-table")));
        browser.findElement(By.cssSelector("#new-key summary")).click();
        browser.findElement(By.id("team")).sendKeys("support");
        browser.findElement(By.id("tool")).sendKeys("workspace");
        browser.findElement(By.id("budgetUsd")).sendKeys("25");
        browser.findElement(By.id("create-key")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));

        String secret = browser.findElement(By.id("secret")).getText();
        assertThat(secret).startsWith("onr_").hasSize(47);
        for (int width : new int[] {390, 1280}) {
          assertThat(screenshot(browser, width))
              .as("no sideways scrolling at %d px", width)
              .isTrue();
        }
        browser.get("http://localhost:" + app.port() + "/admin/gateway");
        assertThat(browser.getPageSource()).doesNotContain(secret);
      } finally {
        browser.quit();
      }
    } finally {
      Files.deleteIfExists(yaml);
    }
  }

  private static void seed(RunningApp app) {
    KeyAdmin keys = app.bean(KeyAdmin.class);
    keys.issue(
        new KeyGrant(
            "support",
            "rider-replies",
            Optional.of("sam.support"),
            Set.of("claude-haiku-4-5"),
            DataClass.CUSTOMER,
            Optional.of(new BigDecimal("40")),
            Optional.of(60),
            Optional.of(java.time.LocalDate.parse("2099-06-30"))));
    keys.revoke(keys.issue(KeyGrant.of("onboarding", "licence-reader")).key().id());
    Budgets budgets = app.bean(Budgets.class);
    budgets.setLimit(BudgetKey.team("support"), new BigDecimal("200"));
    budgets.setLimit(BudgetKey.tool("workspace"), new BigDecimal("300"));
  }

  /** Sizes the window to the page at {@code width}, saves a screenshot; true when it fits. */
  private static boolean screenshot(ChromeDriver browser, int width) throws Exception {
    JavascriptExecutor js = browser;
    browser.manage().window().setSize(new Dimension(width, 1000));
    long height =
        (Long)
            Objects.requireNonNull(
                js.executeScript("return document.documentElement.scrollHeight"));
    browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 8000)));
    boolean fits =
        (Boolean)
            Objects.requireNonNull(
                js.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"));
    Path out = Path.of("target/screenshots/gateway-admin-" + width + ".png");
    Files.createDirectories(out.getParent());
    Files.write(out, browser.getScreenshotAs(OutputType.BYTES));
    return fits;
  }
}

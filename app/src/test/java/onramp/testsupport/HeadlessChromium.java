package onramp.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium from Debian ({@code apt-get install chromium chromium-driver}), driven by
 * Selenium with the binaries given explicitly (no driver download), a fresh profile, and a
 * phone-sized window: drivers apply on their phones.
 */
public final class HeadlessChromium {
  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private HeadlessChromium() {}

  public static boolean installed() {
    return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
  }

  public static ChromeDriver start() throws IOException {
    Path profile = Files.createTempDirectory("onramp-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=412,915");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /**
   * Signs {@code chromium} in on the app at {@code port} through the sign-in form, and waits until
   * the browser has left the sign-in page.
   */
  public static void signIn(ChromeDriver chromium, int port, String user) {
    chromium.get("http://localhost:" + port + "/login");
    chromium.findElement(By.id("username")).sendKeys(user);
    chromium.findElement(By.id("password")).sendKeys(RunningApp.PASSWORD);
    chromium.findElement(By.id("sign-in")).click();
    new WebDriverWait(chromium, Duration.ofSeconds(30))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }
}

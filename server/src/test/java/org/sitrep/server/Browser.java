package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through /usr/bin/chromedriver (never a downloaded driver), with a
 * fresh profile, and the walk through the map page that the browser tests share.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static void assumeInstalled() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium or chromedriver absent: run scripts/setup");
  }

  static Browser open() throws IOException {
    assumeInstalled();
    // the driver is given: Selenium Manager must not look for (or download) one
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    System.setProperty("SE_OFFLINE", "true");
    Path profile = Files.createTempDirectory("sitrep-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1440,900",
        "--user-data-dir=" + profile);
    ChromeDriverService svc =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(svc, o), profile);
  }

  /**
   * Loads the page, moves the slider to {@code day} with the keyboard, searches {@code spelling},
   * checks that the place is held or claimed by a controller containing {@code controller}, that
   * {@code quote} is highlighted in the evidence and in the opened source; returns a screenshot.
   */
  Path walk(String url, String day, String spelling, String controller, String quote)
      throws IOException {
    try {
      return walkOrFail(url, day, spelling, controller, quote);
    } catch (AssertionError | RuntimeException e) {
      screenshotOnFailure(day + "-" + spelling.replaceAll("[^A-Za-z0-9]+", "_"));
      throw e;
    }
  }

  private Path walkOrFail(String url, String day, String spelling, String controller, String quote)
      throws IOException {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    driver.get(url);
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
        .as("district outlines drawn")
        .isNotEmpty();
    assertThat(driver.findElement(By.id("legend")).getText()).contains("held", "claimed");

    WebElement slider = driver.findElement(By.id("day"));
    slider.click();
    slider.sendKeys(Keys.HOME);
    for (int i = 0; i < 400; i++) {
      if (day.equals(driver.findElement(By.id("day-label")).getText())) {
        break;
      }
      slider.sendKeys(Keys.ARROW_RIGHT);
    }
    assertThat(driver.findElement(By.id("day-label")).getText()).isEqualTo(day);
    wait.until(d -> day.equals(d.findElement(By.tagName("body")).getAttribute("data-day")));
    assertThat(driver.findElements(By.cssSelector("#control-list li.control-item"))).isNotEmpty();

    driver.findElement(By.id("search")).sendKeys(spelling, Keys.ENTER);
    wait.until(
        d -> {
          String s = d.findElement(By.id("place-state")).getAttribute("data-status");
          return s != null && !s.isEmpty();
        });
    WebElement state = driver.findElement(By.id("place-state"));
    assertThat(state.getAttribute("data-status")).as(state.getText()).isIn("held", "claimed");
    assertThat(state.getAttribute("data-controller")).containsIgnoringCase(controller);
    String placeId = driver.findElement(By.id("place")).getAttribute("data-place-id");
    WebElement item =
        driver.findElement(By.cssSelector("#control-list li[data-place-id='" + placeId + "']"));
    assertThat(item.getAttribute("data-status")).isIn("held", "claimed");

    wait.until(
        d ->
            d.findElements(By.cssSelector("#place-events mark.quote")).stream()
                .anyMatch(m -> norm(m.getText()).contains(norm(quote))));
    WebElement bq =
        driver.findElements(By.cssSelector("#place-events blockquote.evidence")).stream()
            .filter(
                b ->
                    norm(b.findElement(By.cssSelector("mark.quote")).getText())
                        .contains(norm(quote)))
            .findFirst()
            .orElseThrow();
    bq.findElement(By.cssSelector("a.open-doc")).click();
    wait.until(d -> d.findElement(By.id("document")).isDisplayed());
    assertThat(norm(driver.findElement(By.id("doc-mark")).getText())).contains(norm(quote));

    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Path out =
        Path.of(
            "target",
            "screenshots",
            "map-" + day + "-" + placeId.replaceAll("[^a-z0-9]+", "_") + ".png");
    Files.createDirectories(out.getParent());
    Files.write(out, png);
    return out;
  }

  /**
   * Quotes compared without case, hashtags or spacing differences: a gold note may cite a tweet
   * without its '#'.
   */
  static String norm(String s) {
    return s.replace("#", "").replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
  }

  /** Saves what the browser shows, for a failed walk. */
  void screenshotOnFailure(String name) {
    try {
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Path out = Path.of("target", "screenshots", "FAILED-" + name + ".png");
      Files.createDirectories(out.getParent());
      Files.write(out, png);
    } catch (IOException | RuntimeException e) {
      // the failure itself is what matters
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> s = Files.walk(profile)) {
      s.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

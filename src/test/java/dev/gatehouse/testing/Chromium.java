package dev.gatehouse.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for browser tests: Debian's {@code chromium} driven through its
 * {@code chromedriver}. Missing binaries fail the test with the install command rather than
 * skipping it ({@code .ci/run} installs both).
 */
public final class Chromium {
    public static final Path BROWSER = Path.of(System.getProperty("gatehouse.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("gatehouse.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** A fresh headless browser with its own profile; the caller quits it. Phone-sized when {@code width} is small. */
    public static ChromeDriver start(int width, int height) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium not found at " + BROWSER + " / " + DRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    public static ChromeDriver start() {
        return start(1280, 900);
    }

    /**
     * A wait that also retries when the page was replaced between finding an element and reading
     * it (a navigation in flight), which Selenium's default wait does not.
     */
    public static org.openqa.selenium.support.ui.WebDriverWait waitFor(ChromeDriver driver, Duration timeout) {
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Saves a PNG of the current page under {@code target/screenshots/NAME.png}. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path out = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** axe-core on the page as shown: no serious or critical violation (WCAG 2.x A/AA rules and best practices). */
    public static void assertAccessible(ChromeDriver driver) {
        var results = new com.deque.html.axecore.selenium.AxeBuilder().analyze(driver);
        org.assertj.core.api.Assertions.assertThat(results.getPasses()).as("axe ran on the page").isNotEmpty();
        var severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        org.assertj.core.api.Assertions.assertThat(severe)
                .as(driver.getCurrentUrl() + ": " + severe.stream().map(v -> v.getId() + " " + v.getNodes()).toList()).isEmpty();
    }

    /**
     * Saves the screenshot, then checks the page as a person meets it: nothing wider than the window (no
     * sideways scrolling on a phone), and axe-core (WCAG 2.x A/AA and best practices) finds no serious or
     * critical violation.
     */
    public static void screenshotChecked(ChromeDriver driver, String name) {
        screenshot(driver, name);
        long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).as(name + ": wider than the window by").isLessThanOrEqualTo(0);
        com.deque.html.axecore.results.Results axe = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        java.util.List<String> severe = axe.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getNodes()).toList();
        org.assertj.core.api.Assertions.assertThat(axe.getPasses()).as(name + ": axe-core ran (the page's CSP did not keep it out)").isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(severe).as(name + ": axe-core violations").isEmpty();
    }
}

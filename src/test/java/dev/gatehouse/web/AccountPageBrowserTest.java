package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Chromium;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium on a phone-sized screen walks the account page: the sign-in that comes back to it,
 * the name, the password (a wrong current one first: the focus goes to it), and signing out a session
 * of another device, which then has to sign in again, and a new email address left pending. No page is wider than the screen, and axe-core
 * finds no serious or critical accessibility violation on any of them.
 */
class AccountPageBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a brand new passphrase for the phone";

    @Test
    void signInChangeNameAndPasswordAndSignOutAnotherDeviceOnAPhone() {
        try (TestServer server = TestServer.builder().start()) {
            assertThat(server.http().post("/api/v1/signup", Map.of("username", "phoneacct", "password", PASSWORD,
                    "email", "phoneacct@example.com", "name", "Ada")).status()).isEqualTo(201);
            ChromeDriver driver = Chromium.start(390, 844);
            try {
                // Headless windows have a minimum width above a phone's; the device metrics make the viewport 390 px.
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
                WebDriverWait wait = Chromium.waitFor(driver, Duration.ofSeconds(20));
                driver.get(server.baseUrl() + "/account");
                wait.until(ExpectedConditions.urlContains("/login"));
                driver.findElement(By.name("username")).sendKeys("phoneacct");
                driver.findElement(By.name("password")).sendKeys(PASSWORD);
                driver.findElement(By.cssSelector("form[action='/login'] button")).click();
                wait.until(ExpectedConditions.urlMatches("/account$"));
                shot(driver, "account-1-page");
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");
                assertThat(driver.findElement(By.tagName("body")).getText()).contains("phoneacct@example.com (not verified)");

                WebElement name = driver.findElement(By.name("name"));
                name.clear();
                name.sendKeys("Ada Lovelace");
                driver.findElement(By.cssSelector("form[action='/account/name'] button")).click();
                wait.until(ExpectedConditions.urlContains("done=name"));
                assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Your name was saved.");
                assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo("Ada Lovelace");
                shot(driver, "account-2-name-saved");

                driver.findElement(By.name("current_password")).sendKeys("not the password at all");
                driver.findElement(By.name("new_password")).sendKeys(NEW_PASSWORD);
                driver.findElement(By.cssSelector("form[action='/account/password'] button")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current_password-error")));
                shot(driver, "account-3-wrong-password");
                assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("current_password");
                driver.switchTo().activeElement().sendKeys(PASSWORD);
                driver.findElement(By.name("new_password")).sendKeys(NEW_PASSWORD);
                driver.findElement(By.cssSelector("form[action='/account/password'] button")).click();
                wait.until(ExpectedConditions.urlContains("done=password"));
                assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Your password was changed");
                shot(driver, "account-4-password-changed");

                // Another device signs in with the new password; this page lists it and signs it out.
                Browser other = new Browser(server.baseUrl()).header("User-Agent", "OtherDevice/1.0");
                assertThat(other.submit("/login", "/login", Map.of("username", "phoneacct", "password", NEW_PASSWORD)).status())
                        .isEqualTo(303);
                assertThat(other.get("/account").status()).isEqualTo(200);
                driver.navigate().refresh();
                WebElement otherSession = wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//li[contains(., 'OtherDevice/1.0')]")));
                shot(driver, "account-5-two-sessions");
                otherSession.findElement(By.tagName("button")).click();
                wait.until(ExpectedConditions.urlContains("done=session"));
                assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("OtherDevice/1.0");
                shot(driver, "account-6-session-ended");
                assertThat(other.get("/account").status()).isEqualTo(303);

                // A new email address: pending until its link is followed, with a cancel form.
                driver.findElement(By.name("email")).sendKeys("ada@new.example");
                driver.findElement(By.cssSelector("form[action='/account/email'] input[name=password]")).sendKeys(NEW_PASSWORD);
                driver.findElement(By.cssSelector("form[action='/account/email'] button")).click();
                wait.until(ExpectedConditions.urlContains("done=email"));
                assertThat(driver.findElement(By.tagName("body")).getText()).contains("Waiting for confirmation: ada@new.example")
                        .contains("phoneacct@example.com");
                shot(driver, "account-7-email-pending");
            } finally {
                driver.quit();
            }
        }
    }

    /** Saves the screenshot; checks that the page needs no sideways scrolling on the phone and passes axe-core. */
    static void shot(ChromeDriver driver, String name) {
        Chromium.screenshot(driver, name);
        long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as(name + ": wider than the screen by").isLessThanOrEqualTo(0);
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        List<String> severe = axe.getViolations().stream().filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getNodes().size() + " node(s)").toList();
        assertThat(axe.getPasses()).as(name + ": axe-core ran (the page's CSP did not keep it out)").isNotEmpty();
        assertThat(severe).as(name + ": axe-core violations").isEmpty();
    }
}

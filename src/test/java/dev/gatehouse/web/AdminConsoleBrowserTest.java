package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.testing.Chromium;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real Chromium: an admin signs in (the console's OAuth round trip through the hosted
 * login), searches and opens a user, signs out; a non-admin meets the 403 page.
 */
class AdminConsoleBrowserTest {
    @Test
    void adminSignsInSearchesAndOpensAUserWhileANonAdminIsRefused() {
        // The console's redirect URI is the issuer's: the browser must be able to reach it.
        try (TestServer server = TestServer.builder().issuerIsOwnAddress().start()) {
            AdminFixture fixture = new AdminFixture(server);
            fixture.admin("consoleadmin");
            User target = fixture.user("consoletarget");
            fixture.user("consoleplain");
            ChromeDriver driver = Chromium.start();
            try {
                WebDriverWait wait = Chromium.waitFor(driver, Duration.ofSeconds(20));
                driver.get(server.baseUrl() + "/admin");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
                signIn(driver, "consoleadmin");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("query")));
                assertThat(driver.getCurrentUrl()).isEqualTo(server.baseUrl() + "/admin");
                Chromium.screenshot(driver, "console-home");
                Chromium.assertAccessible(driver);

                driver.findElement(By.name("query")).sendKeys("consolet");
                driver.findElement(By.cssSelector("form[action='/admin/users'] button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("consoletarget")));
                assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("consoleplain");
                Chromium.screenshot(driver, "console-users");
                Chromium.assertAccessible(driver);

                driver.findElement(By.linkText("consoletarget")).click();
                wait.until(ExpectedConditions.urlToBe(server.baseUrl() + "/admin/users/" + target.id()));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("consoletarget");
                assertThat(driver.findElement(By.tagName("body")).getText()).contains("Roles").contains("Sessions");
                Chromium.screenshot(driver, "console-user");
                Chromium.assertAccessible(driver);

                // Sign out of the console (its form button), then of the hosted sign-in; then a non-admin signs in and is refused with a page.
                driver.findElement(By.cssSelector("form[action='/admin/logout'] button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[action='/logout'] button")));
                driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
                wait.until(ExpectedConditions.urlContains("/signed-out"));
                driver.get(server.baseUrl() + "/admin/users");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
                signIn(driver, "consoleplain");
                wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Not allowed"));
                assertThat(driver.getCurrentUrl()).isEqualTo(server.baseUrl() + "/admin/users");
                Chromium.screenshot(driver, "console-forbidden");
                Chromium.assertAccessible(driver);
            } finally {
                driver.quit();
            }
        }
    }

    private static void signIn(ChromeDriver driver, String username) {
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(AdminFixture.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button")).click();
    }
}

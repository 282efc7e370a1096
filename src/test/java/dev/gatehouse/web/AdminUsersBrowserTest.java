package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Chromium;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One walk through the console's user administration in a real Chromium: the search as you type, creating a
 * user, granting a role, ending one session and then all of them (the user's refresh token and signed-in
 * browser stop working), the roles page; axe-core on every page and the user's page on a phone's width.
 */
class AdminUsersBrowserTest {
    @Test
    void anAdminCreatesAUserGrantsARoleAndEndsTheUsersSessions() {
        // The console's redirect URI is the issuer's: the browser must be able to reach it.
        try (TestServer server = TestServer.builder().issuerIsOwnAddress().start()) {
            AdminFixture fixture = new AdminFixture(server);
            fixture.admin("walkadmin");
            fixture.user("walkother");
            String role = "note-editors";
            String adminToken = fixture.token("walkadmin");
            assertThat(server.http().post("/admin/v1/roles", Map.of("name", role, "description", "Edit notes",
                    "permissions", List.of("notes:read", "notes:write")), adminToken).status()).isEqualTo(201);
            ChromeDriver driver = Chromium.start();
            try {
                WebDriverWait wait = Chromium.waitFor(driver, Duration.ofSeconds(20));
                driver.get(server.baseUrl() + "/admin/users");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
                driver.findElement(By.name("username")).sendKeys("walkadmin");
                driver.findElement(By.name("password")).sendKeys(AdminFixture.PASSWORD);
                driver.findElement(By.cssSelector("form[action='/login'] button")).click();
                wait.until(ExpectedConditions.urlToBe(server.baseUrl() + "/admin/users"));

                // Search as you type: the table changes without the form being sent, and the address follows.
                driver.findElement(By.name("query")).sendKeys("walko");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("walkother")));
                wait.until(ExpectedConditions.urlContains("query=walko"));
                assertThat(driver.findElement(By.id("results")).getText()).doesNotContain("walkadmin");
                Chromium.screenshotChecked(driver, "console-users-live-search");

                // Create a user.
                driver.findElement(By.linkText("Create a user")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
                driver.findElement(By.id("username")).sendKeys("walknew");
                driver.findElement(By.id("email")).sendKeys("walknew@example.com");
                driver.findElement(By.id("password")).sendKeys(AdminFixture.PASSWORD);
                Chromium.screenshotChecked(driver, "console-user-new");
                driver.findElement(By.cssSelector("form[action='/admin/users'] button[type=submit]")).click();
                wait.until(ExpectedConditions.urlContains("done=created"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("walknew");
                String userPage = driver.getCurrentUrl().replaceAll("\\?.*", "");
                String userId = userPage.substring(userPage.lastIndexOf('/') + 1);

                // Grant a role.
                new Select(driver.findElement(By.id("grant-role"))).selectByVisibleText(role);
                driver.findElement(By.cssSelector("form[action$='/roles/grant'] button")).click();
                wait.until(ExpectedConditions.urlContains("done=role_granted"));
                assertThat(driver.findElement(By.tagName("body")).getText()).contains("notes:write");

                // The new user signs in twice: an app's token session, and a browser at the account page.
                JsonNode tokens = server.http().login("walknew", AdminFixture.PASSWORD);
                Browser usersBrowser = fixture.console("walknew", "/account");
                driver.get(userPage);
                WebElement end = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/sessions/end'] button")));
                Chromium.screenshotChecked(driver, "console-user");
                end.click();
                wait.until(ExpectedConditions.urlContains("done=session_ended"));
                assertThat(driver.findElements(By.cssSelector("form[action$='/sessions/end']"))).isEmpty();
                assertThat(server.http().post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText())).status())
                        .as("the ended session's refresh token").isEqualTo(401);
                assertThat(server.http().get("/api/v1/me", tokens.path("access_token").asText()).status()).isEqualTo(401);
                assertThat(usersBrowser.get("/account").status()).as("the browser sign-in is another session").isEqualTo(200);
                driver.findElement(By.cssSelector("form[action$='/sessions/revoke'] button")).click();
                wait.until(ExpectedConditions.urlContains("done=sessions_ended"));
                assertThat(usersBrowser.get("/account").status()).as("signed out everywhere").isEqualTo(303);
                Chromium.screenshotChecked(driver, "console-user-sessions-ended");

                // The user's trail and the roles.
                driver.findElement(By.linkText("Audit trail")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "admin_sessions_revoke"));
                assertThat(driver.findElement(By.tagName("body")).getText()).contains("admin_user_roles").contains("admin_user_create");
                Chromium.screenshotChecked(driver, "console-user-events");
                driver.findElement(By.linkText("Roles")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(role)));
                Chromium.screenshotChecked(driver, "console-roles");
                driver.findElement(By.linkText(role)).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("permissions")));
                Chromium.screenshotChecked(driver, "console-role");

                // On a phone's width the user's page needs no sideways scrolling.
                driver.manage().window().setSize(new Dimension(390, 844));
                driver.get(server.baseUrl() + "/admin/users/" + userId);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
                Chromium.screenshotChecked(driver, "console-user-phone");
            } finally {
                driver.quit();
            }
        }
    }
}

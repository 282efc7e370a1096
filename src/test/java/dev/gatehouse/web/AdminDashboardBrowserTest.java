package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.metrics.Sampler;
import dev.gatehouse.testing.Chromium;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard and the audit events in a real Chromium, after half an hour of sign-ins played on a
 * test clock: the charts are drawn, the day view switches by link, the events filter and lead to the
 * user; axe-core finds no serious or critical violation on any of these pages.
 */
class AdminDashboardBrowserTest {
    @Test
    void anAdminReadsTheDashboardSwitchesToTheDayAndFiltersTheEventsToAUser() {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().issuerIsOwnAddress().set("login.throttle.free.attempts", "3").clock(clock)
                .start()) {
            AdminFixture fixture = new AdminFixture(server);
            fixture.admin("dashadmin");
            User alice = fixture.user("alice");
            fixture.user("bob");
            traffic(server, clock);
            String cookie = fixture.console("dashadmin", "/admin").cookie("gatehouse_console");

            ChromeDriver driver = Chromium.start(1280, 1500);
            try {
                WebDriverWait wait = Chromium.waitFor(driver, Duration.ofSeconds(20));
                driver.get(server.baseUrl() + "/signed-out");
                driver.manage().addCookie(new Cookie("gatehouse_console", cookie, "/"));
                driver.get(server.baseUrl() + "/admin");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-heading")));
                assertThat(driver.findElements(By.cssSelector("svg[role='img']"))).hasSize(5);
                assertThat(driver.findElements(By.cssSelector("#chart-signins-h ~ svg rect, figure[aria-labelledby='chart-signins-h'] svg[role='img'] rect")))
                        .isNotEmpty();
                assertThat(driver.findElement(By.tagName("body")).getText()).contains("Succeeded").contains("Busiest minute");
                Chromium.screenshot(driver, "console-dashboard");
                Chromium.assertAccessible(driver);

                driver.findElement(By.linkText("Last 24 hours, by quarter hour")).click();
                wait.until(ExpectedConditions.urlToBe(server.baseUrl() + "/admin?range=day"));
                assertThat(driver.findElement(By.cssSelector("a[aria-current='page']")).getText()).contains("24 hours");
                driver.findElement(By.cssSelector("figure[aria-labelledby='chart-signins-h'] summary")).click();
                assertThat(driver.findElement(By.cssSelector("figure[aria-labelledby='chart-signins-h'] table")).isDisplayed()).isTrue();
                Chromium.assertAccessible(driver);

                driver.findElement(By.linkText("Audit events")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter-type")));
                driver.findElement(By.id("filter-type")).sendKeys("login");
                driver.findElement(By.id("filter-outcome")).sendKeys("failure");
                driver.findElement(By.id("filter-user_id")).sendKeys(alice.id());
                driver.findElement(By.cssSelector("form.filters button")).click();
                wait.until(ExpectedConditions.urlContains("outcome=failure"));
                assertThat(driver.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
                Chromium.screenshot(driver, "console-events");
                Chromium.assertAccessible(driver);

                driver.findElement(By.linkText(alice.id())).click();
                wait.until(ExpectedConditions.urlToBe(server.baseUrl() + "/admin/users/" + alice.id()));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("alice");

                // A refused filter: the page again, with the error.
                driver.get(server.baseUrl() + "/admin/events?from=yesterday");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role='alert']")));
                Chromium.assertAccessible(driver);
            } finally {
                driver.quit();
            }
        }
    }

    /** Thirty minutes of sign-ins, failures, throttled attempts and refreshes, one sample a minute. */
    private static void traffic(TestServer server, MutableClock clock) {
        Sampler sampler = server.gatehouse().services().dashboard();
        clock.advance(Duration.ofMinutes(-30));
        for (int m = 0; m < 30; m++) {
            int wave = 1 + (int) Math.round(3 + 3 * Math.sin(m / 4.0));
            for (int i = 0; i < wave; i++) {
                var tokens = server.http().login(i % 2 == 0 ? "alice" : "bob", AdminFixture.PASSWORD);
                if (i % 3 == 0) server.http().post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText()));
            }
            if (m % 5 == 2) server.http().post("/api/v1/login", Map.of("username", "alice", "password", "not it"));
            if (m == 20) for (int i = 0; i < 5; i++) server.http().post("/api/v1/login", Map.of("username", "bob", "password", "guess " + i));
            sampler.sample();
            clock.advance(Duration.ofMinutes(1));
        }
        sampler.sample();
    }
}

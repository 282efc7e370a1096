package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.testing.Chromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The login page's "Continue with …" button in a real Chromium, through the mock-oauth2-server on
 * loopback and back: the provider's authorization endpoint is on another origin, and browsers apply the
 * page's CSP {@code form-action} to the redirects after a form POST (CSP3 §6.3.1), so the button must be
 * a link for the 303 upstream to be followed at all. One walk: the login page (axe), the button, the
 * provider (which signs the person in at once), the callback, and the signed-in page of the new account.
 */
class UpstreamLoginBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void continueWithAProviderSignsInThroughIt() {
        UpstreamFixture f = new UpstreamFixture(UpstreamFixture.node().issuerIsOwnAddress());
        ChromeDriver driver = null;
        try {
            f.provider("mock", LinkPolicy.CONFIRM, true);
            String subject = "chromium" + System.nanoTime() % 100000;
            f.nextUser("mock", subject, UpstreamFixture.claims(subject + "@upstream.example", true, subject));
            driver = Chromium.start();
            driver.get(f.server.baseUrl() + "/login");
            Chromium.assertAccessible(driver);
            Chromium.screenshot(driver, "upstream-login");

            driver.findElement(By.xpath("//*[@class='providers']//*[self::a or self::button][contains(., 'Continue with Mock mock')]")).click();
            ChromeDriver d = driver;
            Chromium.waitFor(driver, WAIT).withMessage(() -> "the provider and back to the signed-in page: " + d.getCurrentUrl())
                    .until(x -> d.getCurrentUrl().startsWith(f.server.baseUrl() + "/signed-in"));
            assertThat(driver.getPageSource()).contains(subject);
            assertThat(f.count("SELECT COUNT(*) FROM user_identities WHERE subject = '" + subject + "'")).isEqualTo(1);
        } finally {
            if (driver != null) driver.quit();
            f.close();
        }
    }
}

package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Chromium;
import dev.gatehouse.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * A real Chromium on a phone-sized screen manages second factors on the account page: sets up an
 * authenticator app (the key read from the page, the code computed), sees the recovery codes once,
 * adds a passkey through the page's script with the W3C virtual authenticator (WebAuthn Level 3 §11)
 * and removes it. No page is wider than the screen, and axe-core finds no serious or critical violation.
 * (Changing the password and signing out another session: {@link AccountPageBrowserTest}.)
 */
class AccountFactorsBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void setUpTotpSeeTheRecoveryCodesOnceAddAndRemoveAPasskeyOnAPhone() throws Exception {
        try (TestServer server = TestServer.builder().issuerIsOwnAddress().start()) {
            assertThat(server.http().post("/api/v1/signup", Map.of("username", "factors", "password", PASSWORD,
                    "email", "factors@example.com")).status()).isEqualTo(201);
            ChromeDriver driver = Chromium.start(390, 844);
            try {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
                VirtualAuthenticator key = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
                WebDriverWait wait = Chromium.waitFor(driver, Duration.ofSeconds(20));
                driver.get(server.baseUrl() + "/account");
                wait.until(ExpectedConditions.urlContains("/login"));
                driver.findElement(By.name("username")).sendKeys("factors");
                driver.findElement(By.name("password")).sendKeys(PASSWORD);
                driver.findElement(By.cssSelector("form[action='/login'] button")).click();
                wait.until(ExpectedConditions.urlMatches("/account$"));

                // The authenticator app: QR code and key on the set-up page, the first code turns it on.
                driver.findElement(By.cssSelector("form[action='/account/factors/totp'] button")).click();
                wait.until(ExpectedConditions.urlMatches("/account/factors/totp$"));
                assertThat(driver.findElement(By.cssSelector(".qr svg")).isDisplayed()).isTrue();
                AccountPageBrowserTest.shot(driver, "account-factors-1-totp");
                String secret = driver.findElement(By.cssSelector("main p code")).getText();
                Authenticator app = new Authenticator(secret, Clock.systemUTC());
                driver.findElement(By.name("code")).sendKeys(app.code());
                driver.findElement(By.cssSelector("form[action='/account/factors/totp/confirm'] button")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.recovery-codes")));
                List<String> codes = driver.findElements(By.cssSelector("ul.recovery-codes code")).stream().map(WebElement::getText).toList();
                assertThat(codes).hasSize(10);
                AccountPageBrowserTest.shot(driver, "account-factors-2-recovery-codes");
                driver.findElement(By.cssSelector("a[href='/account']")).click();
                wait.until(ExpectedConditions.urlMatches("/account$"));
                String page = driver.findElement(By.tagName("body")).getText();
                assertThat(page).contains("10 left").doesNotContain(codes.get(0));

                // A passkey: the script shows the form (and hides the sentence for browsers without WebAuthn).
                WebElement add = driver.findElement(By.cssSelector("form[action='/account/passkeys']"));
                assertThat(add.isDisplayed()).isTrue();
                assertThat(driver.findElement(By.cssSelector(".passkey-unsupported")).isDisplayed()).isFalse();
                driver.findElement(By.name("passkey_name")).sendKeys("This phone");
                add.findElement(By.cssSelector("button")).click();
                wait.until(ExpectedConditions.urlContains("factors=passkey_added"));
                assertThat(key.getCredentials()).hasSize(1);
                assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("The passkey was added.");
                WebElement listed = driver.findElement(By.xpath("//dd[contains(., 'This phone')]"));
                assertThat(listed.getText()).contains("never used");
                // The section in view: this screenshot (docs/screenshots/account-factors.png) shows the factors, not the profile above.
                driver.executeScript("document.getElementById('factors-heading').scrollIntoView()");
                AccountPageBrowserTest.shot(driver, "account-factors");

                listed.findElement(By.tagName("button")).click();
                wait.until(ExpectedConditions.urlContains("factors=passkey_removed"));
                assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("This phone").contains("10 left");
                AccountPageBrowserTest.shot(driver, "account-factors-4-passkey-removed");
            } finally {
                driver.quit();
            }
        }
    }
}

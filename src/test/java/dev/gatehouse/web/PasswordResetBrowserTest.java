package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Chromium;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium on a phone-sized window walks the forgotten-password way: the login page, the link to
 * the forgot form, the mail's link, the new password, and the sign-in that continues where the person
 * started. On every page the focus is where the typing goes, and nothing is wider than the screen.
 */
class PasswordResetBrowserTest {
    private static final String ISSUER = "http://localhost:8080";
    private static final String PENDING = "/signed-in?from=reset";

    @Test
    void loginForgotResetThroughTheMailLinkThenSignInOnAPhone() {
        try (Mailbox mailbox = Mailbox.start();
             TestServer server = mailbox.configure(TestServer.builder()).start()) {
            assertThat(server.http().post("/api/v1/signup", Map.of("username", "phoneuser", "password", "correct horse battery staple",
                    "email", "phoneuser@example.com")).status()).isEqualTo(201);
            mailbox.await("phoneuser@example.com", 1);
            ChromeDriver driver = Chromium.start(390, 844);
            try {
                // Headless windows have a minimum width above a phone's; the device metrics make the viewport 390 px.
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
                WebDriverWait wait = Chromium.waitFor(driver, Duration.ofSeconds(20));
                driver.get(server.baseUrl() + "/login?return_to=" + java.net.URLEncoder.encode(PENDING, java.nio.charset.StandardCharsets.UTF_8));
                fitsTheScreen(driver, "phone-1-login");
                assertThat(focusedName(driver)).isEqualTo("username");

                driver.findElement(By.linkText("Forgot your password?")).click();
                wait.until(ExpectedConditions.urlContains("/password/forgot"));
                fitsTheScreen(driver, "phone-2-forgot");
                assertThat(focusedName(driver)).isEqualTo("email");
                // A wrong address first: the form comes back with the focus on it.
                driver.switchTo().activeElement().sendKeys("not-an-address");
                driver.executeScript("document.querySelector('input[name=email]').type='text'"); // past the browser's own check
                driver.findElement(By.cssSelector("form[action='/password/forgot'] button")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email-error")));
                fitsTheScreen(driver, "phone-3-forgot-error");
                assertThat(focusedName(driver)).isEqualTo("email");
                assertThat(driver.switchTo().activeElement().getAttribute("aria-invalid")).isEqualTo("true");
                WebElement email = driver.switchTo().activeElement();
                email.clear();
                email.sendKeys("phoneuser@example.com");
                driver.findElement(By.cssSelector("form[action='/password/forgot'] button")).click();
                wait.until(ExpectedConditions.urlContains("/password/forgot/sent"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check your email");
                fitsTheScreen(driver, "phone-4-sent");

                Mailbox.Mail mail = mailbox.await("phoneuser@example.com", 2);
                Matcher link = Pattern.compile(Pattern.quote(ISSUER) + "(/password/reset\\?[^\\s]+)").matcher(mail.text());
                assertThat(link.find()).as(mail.text()).isTrue();
                driver.get(server.baseUrl() + link.group(1));
                fitsTheScreen(driver, "phone-5-reset");
                assertThat(focusedName(driver)).isEqualTo("new_password");
                driver.switchTo().activeElement().sendKeys("a brand new passphrase for the phone");
                driver.findElement(By.cssSelector("form[action='/password/reset'] button")).click();
                wait.until(ExpectedConditions.urlContains("/password/reset/done"));
                fitsTheScreen(driver, "phone-6-done");

                driver.findElement(By.linkText("Sign in")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
                fitsTheScreen(driver, "phone-7-login-again");
                driver.findElement(By.name("username")).sendKeys("phoneuser");
                driver.findElement(By.name("password")).sendKeys("a brand new passphrase for the phone");
                driver.findElement(By.cssSelector("form[action='/login'] button")).click();
                wait.until(ExpectedConditions.urlContains(PENDING));
                assertThat(driver.findElement(By.tagName("body")).getText()).contains("You are signed in as phoneuser");
                fitsTheScreen(driver, "phone-8-signed-in");
            } finally {
                driver.quit();
            }
        }
    }

    private static String focusedName(ChromeDriver driver) {
        return (String) driver.executeScript("return document.activeElement && document.activeElement.name");
    }

    /** Saves a screenshot and checks that the page needs no sideways scrolling. */
    private static void fitsTheScreen(ChromeDriver driver, String name) {
        Chromium.screenshot(driver, name);
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) driver.executeScript("return window.innerWidth");
        assertThat(innerWidth.intValue()).as("a phone's viewport").isEqualTo(390);
        assertThat(scrollWidth.intValue()).as(name + ": scrollWidth vs innerWidth").isLessThanOrEqualTo(innerWidth.intValue());
    }
}

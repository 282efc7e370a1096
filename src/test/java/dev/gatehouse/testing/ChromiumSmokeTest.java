package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The browser tests' foundation: Chromium starts, loads a hosted page and runs its script. */
class ChromiumSmokeTest {
    @Test
    void chromiumLoadsTheHostedLoginPage() {
        try (TestServer server = TestServer.start()) {
            ChromeDriver driver = Chromium.start();
            try {
                driver.get(server.baseUrl() + "/login");
                assertThat(driver.findElement(By.name("username")).isDisplayed()).isTrue();
                assertThat(driver.executeScript("return navigator.webdriver")).isEqualTo(true);
                assertThat(Chromium.screenshot(driver, "login")).exists();
            } finally {
                driver.quit();
            }
        }
    }
}

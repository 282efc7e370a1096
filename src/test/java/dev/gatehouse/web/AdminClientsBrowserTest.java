package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Chromium;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's clients, providers and keys in a real Chromium, without any script of ours: an admin
 * registers a machine-to-machine client through the guided form, takes the secret shown once and gets a
 * token with it, looks at the provider form, and rotates the signing keys, seeing the new key active on
 * the page and published in the JWKS. axe-core finds no serious or critical violation on any page.
 */
class AdminClientsBrowserTest {
    @Test
    void anAdminRegistersAClientUsesItsSecretAndRotatesTheSigningKeys() throws Exception {
        try (TestServer server = TestServer.start()) {
            AdminFixture fixture = new AdminFixture(server);
            fixture.admin("clientsadmin");
            // Signed in as the console signs in (whatever that is), then the browser takes that session.
            Browser signedIn = fixture.console("clientsadmin", "/admin/clients");
            ChromeDriver driver = Chromium.start();
            try {
                WebDriverWait wait = Chromium.waitFor(driver, Duration.ofSeconds(20));
                driver.get(server.baseUrl() + "/assets/gatehouse.css");
                signedIn.cookies().forEach((name, value) -> driver.manage().addCookie(new Cookie(name, value, "/")));
                driver.get(server.baseUrl() + "/admin/clients");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Register an application")));
                Chromium.assertAccessible(driver);

                driver.findElement(By.linkText("Register an application")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Machine to machine")));
                Chromium.assertAccessible(driver);
                driver.findElement(By.linkText("Web application with a server")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("redirect_uris")));
                driver.findElement(By.name("name")).sendKeys("Billing portal");
                driver.findElement(By.name("redirect_uris")).sendKeys("https://billing.example/callback");
                Chromium.screenshot(driver, "console-client");
                Chromium.assertAccessible(driver);
                driver.navigate().back();

                wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Machine to machine")));
                driver.findElement(By.linkText("Machine to machine")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("name")));
                assertThat(driver.findElements(By.name("redirect_uris"))).isEmpty();
                driver.findElement(By.name("name")).sendKeys("Nightly reports");
                driver.findElement(By.cssSelector("form[action='/admin/clients'] button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-secret")));
                String clientId = driver.findElement(By.id("client-id")).getText();
                String secret = driver.findElement(By.id("client-secret")).getText();
                Chromium.screenshot(driver, "console-client-secret");
                Chromium.assertAccessible(driver);
                TestHttp.Response token = clientCredentials(server, clientId, secret);
                assertThat(token.status()).as(token.body()).isEqualTo(200);

                // Its page never shows the secret again.
                driver.findElement(By.partialLinkText("go to the application")).click();
                wait.until(ExpectedConditions.urlToBe(server.baseUrl() + "/admin/clients/" + clientId));
                assertThat(driver.getPageSource()).doesNotContain(secret);
                Chromium.assertAccessible(driver);

                driver.get(server.baseUrl() + "/admin/providers/new?type=oidc");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("issuer")));
                Chromium.assertAccessible(driver);

                driver.get(server.baseUrl() + "/admin/keys");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.key-active")));
                List<String> before = activeKids(driver);
                driver.findElement(By.cssSelector("form[action='/admin/keys/rotate'] button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
                List<String> after = activeKids(driver);
                assertThat(after).isNotEmpty().doesNotContainAnyElementsOf(before);
                for (String kid : before) {
                    assertThat(driver.findElement(By.xpath("//li[p/code[text()='" + kid + "']]")).getAttribute("class"))
                            .isEqualTo("key-published");
                }
                String jwks = server.http().get("/oauth2/jwks").body();
                for (String kid : after) assertThat(jwks).contains("\"kid\":\"" + kid + "\"");
                for (String kid : before) assertThat(jwks).contains("\"kid\":\"" + kid + "\"");
                Chromium.screenshot(driver, "console-keys");
                Chromium.assertAccessible(driver);
            } finally {
                driver.quit();
            }
        }
    }

    private static List<String> activeKids(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("li.key-active code")).stream().map(e -> e.getText()).toList();
    }

    private static TestHttp.Response clientCredentials(TestServer server, String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return server.http().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
    }
}

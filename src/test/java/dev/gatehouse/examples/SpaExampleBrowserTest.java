package dev.gatehouse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.cli.Cli;
import dev.gatehouse.testing.Chromium;
import dev.gatehouse.testing.TestServer;
import example.spa.Serve;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example SPA (examples/spa) in a real Chromium, served from a second origin: it signs in through
 * the hosted login with the code flow and PKCE (oidc-client-ts), reads the user from userinfo and
 * /api/v1/me, refreshes with the rotating refresh token and signs out (revocation, then RP-initiated
 * logout). Every call it makes to Gatehouse is
 * cross-origin, so each step needs the CORS of API.md §8; the admin API stays closed to it.
 */
class SpaExampleBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void theSpaSignsInReadsTheUserAndRefreshesFromItsOwnOrigin() throws Exception {
        int gatehousePort = freePort();
        int spaPort = freePort();
        String issuer = "http://localhost:" + gatehousePort;
        String origin = "http://127.0.0.1:" + spaPort;
        try (TestServer server = TestServer.builder().set("http.port", String.valueOf(gatehousePort)).set("issuer", issuer)
                .set("cors.allowed.origins", origin).start();
             Serve spa = new Serve(Path.of("examples/spa/web"), spaPort, issuer, "spa-example")) {
            register(server, origin);
            server.gatehouse().services().accounts().create("ada", PASSWORD, "ada@example.com", "Ada Lovelace", List.of("user"), null);
            spa.start();
            assertThat(Serve.apiAllows(issuer, spa.origin())).isTrue();

            ChromeDriver driver = Chromium.start();
            try {
                WebDriverWait wait = Chromium.waitFor(driver, Duration.ofSeconds(30));
                driver.get(spa.origin() + "/");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in"))).click();
                // The hosted login page of Gatehouse, on its own origin.
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("ada");
                assertThat(driver.getCurrentUrl()).startsWith(issuer + "/login");
                driver.findElement(By.name("password")).sendKeys(PASSWORD);
                driver.findElement(By.xpath("//input[@name='password']/ancestor::form//button[normalize-space()='Sign in']")).click();
                // Back on the SPA: the code redeemed cross-origin, then userinfo and /api/v1/me read.
                wait.until(d -> d.findElement(By.id("me")).getText().contains("\"username\": \"ada\"")
                        || d.findElement(By.id("error")).isDisplayed());
                assertThat(driver.findElement(By.id("error")).isDisplayed()).as(driver.findElement(By.id("error")).getText()).isFalse();
                assertThat(driver.getCurrentUrl()).isEqualTo(spa.origin() + "/");
                assertThat(driver.findElement(By.id("username")).getText()).isEqualTo("ada");
                assertThat(driver.findElement(By.id("userinfo")).getText()).contains("\"preferred_username\": \"ada\"",
                        "\"email\": \"ada@example.com\"", "\"name\": \"Ada Lovelace\"");
                assertThat(driver.findElement(By.id("id-token")).getText()).as("profile and email claims in the ID token")
                        .contains("\"preferred_username\": \"ada\"", "\"email\": \"ada@example.com\"");
                assertThat(driver.findElement(By.id("me")).getText()).contains("\"email\": \"ada@example.com\"");

                // A refresh from the page: the refresh token grant, cross-origin, with a new refresh token.
                String before = refreshToken(driver);
                driver.findElement(By.id("refresh")).click();
                wait.until(d -> "1".equals(d.findElement(By.id("refreshes")).getText()) && !refreshToken(driver).equals(before)
                        || d.findElement(By.id("error")).isDisplayed());
                assertThat(driver.findElement(By.id("error")).isDisplayed()).as(driver.findElement(By.id("error")).getText()).isFalse();
                wait.until(d -> d.findElement(By.id("me")).getText().contains("\"username\": \"ada\""));
                assertThat(refreshToken(driver)).isNotEqualTo(before);

                // What is not opened stays closed: the admin API gives a page on this origin nothing to read.
                Object admin = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0] + '/admin/v1/clients', {headers: {Authorization: 'Bearer x'}})"
                        + ".then(r => done('read ' + r.status), e => done('blocked'));", issuer);
                assertThat(admin).isEqualTo("blocked");

                // Sign out: the tokens revoked cross-origin, then RP-initiated logout back to the app.
                String refreshTokenAtEnd = refreshToken(driver);
                driver.findElement(By.id("sign-out")).click();
                wait.until(d -> d.findElement(By.id("sign-in")).isDisplayed() || d.findElement(By.id("error")).isDisplayed());
                assertThat(driver.findElement(By.id("error")).isDisplayed()).as(driver.findElement(By.id("error")).getText()).isFalse();
                assertThat(driver.getCurrentUrl()).startsWith(spa.origin() + "/");
                assertThat(server.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/oauth2/token"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "grant_type=refresh_token&client_id=spa-example&refresh_token=" + refreshTokenAtEnd))
                        .header("Content-Type", "application/x-www-form-urlencoded").build()).status())
                        .as("the refresh token was revoked").isEqualTo(400);
            } finally {
                Chromium.screenshot(driver, "spa-example");
                driver.quit();
            }
        }
    }

    /** The registration examples/spa/run.sh makes, through the same CLI command. */
    private static void register(TestServer server, String origin) {
        Map<String, String> env = new HashMap<>();
        env.put("GATEHOUSE_DATABASE_URL", server.config().database().url());
        env.put("GATEHOUSE_DATA_DIR", server.config().dataDir().toString());
        env.put("GATEHOUSE_MASTER_KEY", TestServer.MASTER_KEY);
        int code = Cli.run(env, "client", "create", "--client-id", "spa-example", "--name", "Example SPA",
                "--type", "public", "--first-party", "--grant-type", "authorization_code", "--grant-type", "refresh_token",
                "--scope", "openid", "--scope", "profile", "--scope", "email", "--scope", "offline_access",
                "--redirect-uri", origin + "/", "--post-logout-redirect-uri", origin + "/", "--web-origin", origin);
        assertThat(code).isZero();
    }

    /** The refresh token oidc-client-ts keeps in the page's sessionStorage. */
    private static String refreshToken(ChromeDriver driver) {
        Object token = driver.executeScript("for (let i = 0; i < sessionStorage.length; i++) {"
                + " const k = sessionStorage.key(i); if (k.startsWith('oidc.user:')) return JSON.parse(sessionStorage.getItem(k)).refresh_token; }"
                + " return null;");
        return String.valueOf(token);
    }
}

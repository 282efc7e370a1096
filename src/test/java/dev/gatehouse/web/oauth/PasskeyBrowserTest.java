package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Chromium;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * The hosted pages' second factors and passkeys in a real Chromium, with the W3C virtual
 * authenticator (WebAuthn Level 3 §11) standing in for a platform authenticator with user
 * verification. One walk: a password sign-in on {@code /login}; a passkey registered from that page
 * (the product has no hosted page to add one: the page's origin calls the account API with the user's
 * token, as an account app on the issuer's origin would); sign-out; passwordless sign-in through the login
 * page's passkey autofill (conditional mediation: Chromium's virtual authenticator answers it with no
 * press), and from its button while that request is pending (our {@code gatehouse.js}); where the walk
 * needs the password on {@code /login}, the key's credential is taken away first (else the autofill signs
 * in) and put back, counter included, before the passkey step; the passkey as the second step on
 * {@code /login/mfa}; and a TOTP code typed on {@code /login/mfa}. Each signed-in browser's session is
 * carried into an authorization request, so the ID token shows which factors the ceremony proved.
 * The script is what makes the passkey forms visible and fills their answer: without it, or with a
 * broken one, the buttons cannot be clicked or post an empty answer, and no session appears.
 */
class PasskeyBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Registers a passkey from the page: the account API's options, navigator.credentials.create, its JSON answer. */
    private static final String REGISTER = """
            const token = arguments[0], done = arguments[arguments.length - 1];
            const headers = {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'};
            fetch('/api/v1/me/passkeys/options', {method: 'POST', headers, body: '{}'})
              .then(r => r.ok ? r.json() : Promise.reject(new Error('options ' + r.status)))
              .then(o => navigator.credentials.create({publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(o)}))
              .then(c => fetch('/api/v1/me/passkeys', {method: 'POST', headers,
                  body: JSON.stringify({name: 'Chromium', credential: c.toJSON()})}))
              .then(r => r.text().then(t => done(r.status + ' ' + t)))
              .catch(e => done('error ' + e));
            """;

    @Test
    void passwordPasskeyAndTotpThroughTheHostedPages() {
        // The walk's one account-API token (from before the passkey) also sets up TOTP later: slow machines get time.
        try (TestServer server = TestServer.builder().issuerIsOwnAddress().set("mfa.reauth.max.age", "1h").start()) {
            RelyingParty app = RelyingParty.confidential(server, List.of("openid"), true);
            String username = RelyingParty.newUser(server, List.of("user"));
            ChromeDriver driver = Chromium.start();
            try {
                VirtualAuthenticator key = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
                Walk walk = new Walk(server, app, driver);

                // A password on /login, for a user without a factor: signed in at once.
                driver.get(server.baseUrl() + "/login");
                assertThat(driver.findElement(By.cssSelector("form.passkey")).isDisplayed()).as("the script shows the passkey form").isTrue();
                assertThat(driver.findElement(By.name("username")).getDomAttribute("autocomplete")).isEqualTo("username webauthn");
                walk.password(username);
                walk.signedIn(username, "01-password");
                assertThat(walk.amr()).containsExactly("pwd");

                // A passkey made by the authenticator, registered from the page with the user's token.
                String access = server.http().post("/api/v1/login", Map.of("username", username, "password", RelyingParty.PASSWORD))
                        .json().path("access_token").asText();
                Object registered = driver.executeAsyncScript(REGISTER, access);
                assertThat(registered).asString().startsWith("201");
                List<Credential> made = key.getCredentials();
                assertThat(made).hasSize(1);
                assertThat(made.get(0).isResidentCredential()).isTrue();
                walk.signOut();

                // Passkey autofill: the login page's conditional request (WebAuthn Level 3 §5.1.4) signs in as soon as the page
                // is open; Chromium's virtual authenticator answers it with its discoverable credential, no button pressed.
                int count = signCount(key);
                driver.get(server.baseUrl() + "/login");
                walk.signedIn(username, "02-passkey-autofill");
                assertThat(signCount(key)).isGreaterThan(count);
                List<String> amr = walk.amr();
                assertThat(amr).contains("mfa").doesNotContain("pwd").containsAnyOf("hwk", "swk");
                walk.signOut();

                // The button while the conditional request is pending (the key away when the page opened, back before the
                // press): it aborts that request and runs its own (a browser allows one pending get).
                Credential kept = away(key);
                driver.get(server.baseUrl() + "/login");
                assertThat(driver.manage().getCookieNamed("gatehouse_session")).isNull();
                key.addCredential(kept);
                count = signCount(key);
                driver.findElement(By.cssSelector("form.passkey button")).click();
                walk.signedIn(username, "02-passkey-button");
                assertThat(signCount(key)).isGreaterThan(count);
                assertThat(walk.amr()).contains("mfa").doesNotContain("pwd");
                walk.signOut();

                // The password (the key away, else the page's autofill signs in first), then the passkey as the second step on /login/mfa.
                kept = away(key);
                driver.get(server.baseUrl() + "/login");
                walk.password(username);
                walk.onCodePage("03-second-step-passkey");
                assertThat(driver.manage().getCookieNamed("gatehouse_session")).isNull();
                key.addCredential(kept);
                count = signCount(key);
                driver.findElement(By.cssSelector("form.passkey button")).click();
                walk.signedIn(username, "04-password-and-passkey");
                assertThat(signCount(key)).isGreaterThan(count);
                assertThat(walk.amr()).contains("pwd", "mfa").containsAnyOf("hwk", "swk");
                walk.signOut();

                // TOTP set up through the account API; then the password and a code typed on /login/mfa.
                Authenticator totp = enrolTotp(server, username, access);
                away(key);
                driver.get(server.baseUrl() + "/login");
                walk.password(username);
                walk.onCodePage("05-second-step-code");
                walk.code(totp.code(1).equals("000000") ? "000001" : "000000");
                assertThat(driver.findElement(By.id("form-error")).getText()).contains("not right");
                assertThat(driver.manage().getCookieNamed("gatehouse_session")).isNull();
                walk.codeOnceAllowed(totp.code(1));
                walk.signedIn(username, "06-password-and-totp");
                assertThat(walk.amr()).contains("pwd", "otp", "mfa");
            } finally {
                driver.quit();
            }
        }
    }

    /** Takes the key's one credential away (as it is now, counter included), for a walk that must not meet the page's autofill. */
    private static Credential away(VirtualAuthenticator key) {
        Credential now = key.getCredentials().get(0);
        key.removeAllCredentials();
        return now;
    }

    private static int signCount(VirtualAuthenticator key) {
        return key.getCredentials().get(0).getSignCount();
    }

    /** TOTP on through the account API, as an account app does; the sign-in then uses the next step's code. */
    private static Authenticator enrolTotp(TestServer server, String username, String access) {
        TestHttp http = server.http();
        TestHttp.Response login = http.post("/api/v1/login", Map.of("username", username, "password", RelyingParty.PASSWORD));
        assertThat(login.status()).as("with a passkey the password alone gets no tokens").isEqualTo(401);
        TestHttp.Response started = http.post("/api/v1/me/mfa/totp", Map.of(), access);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        Authenticator app = new Authenticator(started.json().path("secret").asText(), Clock.systemUTC());
        TestHttp.Response confirmed = http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), access);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return app;
    }

    /** The browser's steps on the hosted pages. */
    private record Walk(TestServer server, RelyingParty app, ChromeDriver driver) {
        void password(String username) {
            driver.findElement(By.name("username")).sendKeys(username);
            driver.findElement(By.name("password")).sendKeys(RelyingParty.PASSWORD);
            driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        }

        /** Types the code and waits for the answer's page (the form posts; the old page goes stale). */
        void code(String code) {
            org.openqa.selenium.WebElement old = driver.findElement(By.tagName("html"));
            driver.findElement(By.name("code")).sendKeys(code);
            driver.findElement(By.cssSelector("form[action='/login/mfa']:not(.passkey) button[type=submit]")).click();
            // Chromium may answer a node of the page being replaced with "does not belong to the document"
            // rather than a stale reference: the same fact, asked again until it says stale.
            new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.stalenessOf(old));
        }

        /** The code, again while the page says the wrong one before it is still being waited out (the account's throttle). */
        void codeOnceAllowed(String code) {
            long until = System.nanoTime() + WAIT.toNanos();
            code(code);
            while (driver.getTitle().startsWith("Enter your code") && driver.findElement(By.tagName("main")).getText().contains("Too many attempts")
                    && System.nanoTime() < until) {
                sleep(Duration.ofMillis(500));
                code(code);
            }
        }

        private static void sleep(Duration d) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void onCodePage(String screenshot) {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login/mfa"));
            assertThat(driver.getTitle()).startsWith("Enter your code");
            assertThat(driver.findElement(By.cssSelector("form.passkey")).isDisplayed()).isTrue();
            Chromium.screenshot(driver, "passkey-browser-" + screenshot);
        }

        void signedIn(String username, String screenshot) {
            try {
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.titleContains("Signed in"));
            } catch (org.openqa.selenium.TimeoutException e) {
                Chromium.screenshot(driver, "passkey-browser-" + screenshot + "-failed");
                throw new AssertionError("not signed in; the page says: " + driver.findElement(By.tagName("main")).getText(), e);
            }
            assertThat(driver.findElement(By.tagName("main")).getText()).contains(username);
            Chromium.screenshot(driver, "passkey-browser-" + screenshot);
        }

        /** The amr of the ID token an app gets with this browser's session (its cookie carried into an authorization request). */
        List<String> amr() {
            Cookie session = driver.manage().getCookieNamed("gatehouse_session");
            assertThat(session).as("a session cookie").isNotNull();
            Browser b = new Browser(server.baseUrl());
            b.cookie("gatehouse_session", session.getValue());
            RelyingParty.Request req = app.request("openid");
            URI back = RelyingParty.browse(b, req.path(), null, "allow");
            AuthorizationResponse response = RelyingParty.parse(back);
            assertThat(response.indicatesSuccess()).as(back.toString()).isTrue();
            try {
                JWTClaimsSet id = app.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req).getIDToken().getJWTClaimsSet();
                return id.getStringListClaim("amr");
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
        }

        void signOut() {
            driver.get(server.baseUrl() + "/logout");
            driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
            new WebDriverWait(driver, WAIT).until(d -> d.manage().getCookieNamed("gatehouse_session") == null);
        }
    }
}

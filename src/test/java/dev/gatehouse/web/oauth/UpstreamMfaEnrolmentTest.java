package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * {@code mfa.required.roles} (API.md §7) holds for sign-ins through an upstream provider too: a user
 * of such a role without a factor gets {@code mfa_enrollment_required} from the native endpoint, and
 * the set-up step ({@code /login/mfa}) from the hosted upstream flow, a browser session only after it.
 */
class UpstreamMfaEnrolmentTest {
    @Test
    void aUserWhoMustEnrolGetsMfaEnrollmentRequiredNativelyAndTheSetUpStepInTheBrowser() throws Exception {
        try (UpstreamFixture f = new UpstreamFixture(UpstreamFixture.node().database(TestDatabases.Kind.SQLITE)
                .set("mfa.required.roles", "user"))) {
            f.provider("mock", LinkPolicy.CONFIRM, true);
            String subject = "enrol" + System.nanoTime() % 100000;
            String idToken = f.mock.issueToken("mock", UpstreamFixture.CLIENT_ID, new DefaultOAuth2TokenCallback("mock", subject, "JWT",
                    List.of(UpstreamFixture.CLIENT_ID), UpstreamFixture.claims(null, false, subject), 3600)).serialize();
            TestHttp.Response r = f.server.http().post("/api/v1/login/idp/mock", Map.of("id_token", idToken));
            assertThat(r.code()).as(r.body()).isEqualTo("mfa_enrollment_required");
            assertThat(r.json().has("access_token")).isFalse();
            assertThat(r.json().path("mfa_token").asText()).isNotEmpty();

            RelyingParty app = RelyingParty.confidential(f.server, List.of("openid"), false);
            f.nextUser("mock", subject, UpstreamFixture.claims(null, false, subject));
            Browser browser = new Browser(f.server.baseUrl());
            RelyingParty.Request req = app.request("openid");
            TestHttp.Response callback = browser.get(f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, req.path(), "mock")));
            assertThat(callback.status()).as(callback.body()).isEqualTo(303);
            String step = callback.header("Location");
            assertThat(step).startsWith("/login/mfa?return_to=");
            assertThat(browser.cookie("gatehouse_session")).isNull();

            // The set-up of the code step, as after a password: the QR code, then the first code.
            TestHttp.Response page = browser.get(step);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("Set up a second factor").contains("<svg");
            Authenticator totp = new Authenticator(page.body().replaceAll("(?s).*Key: <code>([A-Z2-7]+)</code>.*", "$1"), Clock.systemUTC());
            Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
            form.put("code", totp.code());
            TestHttp.Response done = browser.post("/login/mfa", form);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(done.body()).contains("recovery codes");
            assertThat(browser.cookie("gatehouse_session")).isNotNull();
            String next = done.body().replaceAll("(?s).*href=\"(/oauth2/authorize/resume\\?id=[^\"]+)\".*", "$1").replace("&amp;", "&");
            JWTClaimsSet id = app.idTokenAfter(browser, next, req);
            assertThat(id.getStringClaim("idp")).isEqualTo("mock");
            assertThat(id.getStringClaim("acr")).isEqualTo("2");
            assertThat(id.getStringListClaim("amr")).contains("otp", "mfa");
        }
    }
}

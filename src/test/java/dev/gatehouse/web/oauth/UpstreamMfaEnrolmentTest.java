package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * {@code mfa.required.roles} (API.md §7) holds for sign-ins through an upstream provider too: a user
 * of such a role without a factor gets {@code mfa_enrollment_required} from the native endpoint, and
 * no browser session from the hosted upstream flow.
 */
class UpstreamMfaEnrolmentTest {
    @Test
    void aUserWhoMustEnrolGetsMfaEnrollmentRequiredNativelyAndNoSessionInTheBrowser() {
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
            TestHttp.Response page = browser.get(f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, app.request("openid").path(), "mock")));
            assertThat(page.status()).as(page.body()).isEqualTo(400);
            assertThat(page.body()).contains("needs its second factor");
            assertThat(browser.cookie("gatehouse_session")).isNull();
        }
    }
}

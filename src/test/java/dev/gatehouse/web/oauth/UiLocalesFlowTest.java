package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ui_locales} (OIDC Core §3.1.2.1) of an authorization request holds for every page of that
 * request, over the browser's Accept-Language: the login page, its errors, the consent page and the
 * consent form's errors, up to the code.
 */
class UiLocalesFlowTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertGerman(TestHttp.Response page) {
        assertThat(page.body()).contains("<html lang=\"de\">");
        assertThat(page.header("Content-Language")).isEqualTo("de");
    }

    @Test
    void theClientsLanguageCarriesThroughLoginAndConsentUpToTheCode() {
        RelyingParty app = RelyingParty.confidential(server, List.of("openid", "profile"), false);
        String user = RelyingParty.newUser(server, List.of("user"));
        RelyingParty.Request req = app.request("openid profile");
        Browser browser = new Browser(server.baseUrl()).header("Accept-Language", "fr");

        TestHttp.Response start = browser.get(req.path() + "&ui_locales=ja+de-AT+fr");
        assertThat(start.status()).isEqualTo(303);
        String login = start.header("Location");
        assertThat(login).startsWith("/login?").contains("ui_locales");

        TestHttp.Response page = browser.get(login);
        assertGerman(page);
        assertThat(page.body()).contains("<title>Anmelden – Gatehouse</title>");
        Map<String, String> fields = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
        fields.put("username", user);
        fields.put("password", "wrong password here");
        TestHttp.Response wrong = browser.post("/login", fields);
        assertThat(wrong.status()).isEqualTo(401);
        assertGerman(wrong);
        assertThat(wrong.body()).contains("Benutzername oder Passwort ist falsch.");

        fields.put("password", RelyingParty.PASSWORD);
        TestHttp.Response signedIn = browser.post("/login", fields);
        assertThat(signedIn.status()).isEqualTo(303);
        TestHttp.Response resume = browser.get(signedIn.header("Location"));
        assertThat(resume.status()).isEqualTo(303);
        String consentUrl = resume.header("Location");
        assertThat(consentUrl).startsWith("/consent?id=").contains("ui_locales=");

        TestHttp.Response consent = browser.get(consentUrl);
        assertGerman(consent);
        assertThat(consent.body()).contains("Zugriff erlauben?").contains("Ihre Identität bestätigen").contains(">Erlauben</button>");
        Map<String, String> answer = new LinkedHashMap<>(Browser.hiddenInputs(consent.body()));
        answer.put("decision", "maybe");
        TestHttp.Response undecided = browser.post("/consent", answer);
        assertThat(undecided.status()).isEqualTo(400);
        assertGerman(undecided);
        assertThat(undecided.body()).contains("Wählen Sie „Erlauben“ oder „Ablehnen“.");

        answer.put("decision", "allow");
        TestHttp.Response back = browser.post("/consent", answer);
        assertThat(back.status()).isEqualTo(303);
        AuthorizationResponse response = RelyingParty.parse(URI.create(back.header("Location")));
        assertThat(response.indicatesSuccess()).isTrue();
        assertThat(response.getState()).isEqualTo(req.state());
    }

    @Test
    void aPostedAuthorizationRequestCarriesItsUiLocalesAndJunkNeverReachesAPage() {
        RelyingParty app = RelyingParty.confidential(server, List.of("openid"), false);
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(server.baseUrl()).header("Accept-Language", "de");
        TestHttp.Response posted = browser.postRaw("/oauth2/authorize", req.uri().getRawQuery() + "&ui_locales=fr",
                "application/x-www-form-urlencoded");
        assertThat(posted.status()).isEqualTo(303);
        TestHttp.Response page = browser.get(posted.header("Location"));
        assertThat(page.body()).contains("<html lang=\"fr\">").contains("Se connecter");

        // Not BCP 47: the request is refused to the client (invalid_request), the junk never reaches a page of ours.
        TestHttp.Response junk = browser.get(req.path() + "&ui_locales=%3Cscript%3E%22");
        assertThat(junk.status()).isEqualTo(303);
        assertThat(junk.header("Location")).startsWith(RelyingParty.REDIRECT + "?").contains("error=invalid_request")
                .doesNotContain("%3Cscript").doesNotContain("<script");
        // Well-formed tags that name no language of ours: the browser's language, and the flow goes on.
        TestHttp.Response unknown = browser.get(req.path() + "&ui_locales=ja+ko");
        assertThat(unknown.header("Location")).startsWith("/login?");
        assertThat(browser.get(unknown.header("Location")).body()).contains("<html lang=\"de\">");
    }
}

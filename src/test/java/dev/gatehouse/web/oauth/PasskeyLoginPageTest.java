package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestAuthenticator;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import dev.gatehouse.web.pages.Assets;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The passkey buttons of the hosted pages (API.md §7): "Sign in with a passkey" on the login page
 * (passwordless: the options of the JSON API, the answer posted to {@code /login/passkey}, a browser
 * session instead of tokens) and "Use a passkey" as the second step on {@code /login/mfa} (options
 * bound to the browser's pending step). The script is a file of our origin; the CSP allows no other.
 */
class PasskeyLoginPageTest {
    private static final String ORIGIN = "http://localhost:8080";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        server = TestServer.builder().clock(MutableClock.startingNow()).start();
        app = RelyingParty.confidential(server, List.of("openid"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record User(String username, TestAuthenticator key) {}

    private static User withPasskey() {
        String username = RelyingParty.newUser(server, List.of("user"));
        TestHttp http = server.http();
        String access = http.post("/api/v1/login", Map.of("username", username, "password", RelyingParty.PASSWORD)).json()
                .path("access_token").asText();
        TestAuthenticator key = new TestAuthenticator(1);
        JsonNode creation = http.post("/api/v1/me/passkeys/options", Map.of(), access).json();
        TestHttp.Response added = http.post("/api/v1/me/passkeys", Map.of("name", "Laptop", "credential", key.register(creation, ORIGIN)), access);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return new User(username, key);
    }

    private static String json(Object o) throws Exception {
        return JSON.writeValueAsString(o);
    }

    /** The login page's passkey form, answered as the page's script would. */
    private static TestHttp.Response passwordless(Browser b, String loginPage, TestAuthenticator key) throws Exception {
        TestHttp.Response page = b.get(loginPage);
        JsonNode options = server.http().post("/api/v1/login/passkey/options", Map.of()).json();
        Map<String, String> f = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
        f.put("challenge_id", options.path("challenge_id").asText());
        f.put("credential", json(key.assertion(options, ORIGIN)));
        return b.post("/login/passkey", f);
    }

    @Test
    void theLoginPageOffersAPasskeyFormThatOurOwnScriptDrives() {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response page = b.get("/login");
        assertThat(page.body()).contains("action=\"/login/passkey\"").contains("data-options=\"/api/v1/login/passkey/options\"")
                .contains("<script src=\"" + Assets.SCRIPT_URL + "\" defer></script>").doesNotContain("<script>");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        TestHttp.Response script = b.get(Assets.SCRIPT_URL);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.body()).contains("navigator.credentials.get");
    }

    @Test
    void aPasskeySignsTheBrowserInThroughTheAuthorizationFlow() throws Exception {
        User u = withPasskey();
        Browser b = new Browser(server.baseUrl());
        RelyingParty.Request req = app.request("openid");
        String login = b.get(req.path()).header("Location");
        assertThat(login).startsWith("/login");
        TestHttp.Response done = passwordless(b, login, u.key());
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(b.cookie("gatehouse_session")).isNotNull();
        URI back = RelyingParty.browse(b, done.header("Location"), u.username(), "allow");
        AuthorizationResponse response = RelyingParty.parse(back);
        assertThat(response.indicatesSuccess()).as(back.toString()).isTrue();
        JWTClaimsSet id = app.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req).getIDToken().getJWTClaimsSet();
        assertThat(id.getStringListClaim("amr")).contains("mfa").doesNotContain("pwd");
        assertThat(id.getStringClaim("acr")).isEqualTo("2");
    }

    @Test
    void aReplayedOrForgedPasskeyAnswerSignsNobodyIn() throws Exception {
        User u = withPasskey();
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response page = b.get("/login");
        JsonNode options = server.http().post("/api/v1/login/passkey/options", Map.of()).json();
        Map<String, String> f = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
        f.put("challenge_id", options.path("challenge_id").asText());
        f.put("credential", json(u.key().assertion(options, ORIGIN)));
        assertThat(b.post("/login/passkey", f).status()).isEqualTo(303);
        Browser other = new Browser(server.baseUrl());
        Map<String, String> g = new LinkedHashMap<>(Browser.hiddenInputs(other.get("/login").body()));
        g.put("challenge_id", f.get("challenge_id"));
        g.put("credential", f.get("credential"));
        TestHttp.Response replay = other.post("/login/passkey", g);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.body()).contains("That passkey could not sign you in");
        assertThat(other.cookie("gatehouse_session")).isNull();
        // Without the CSRF token: refused before any check.
        Map<String, String> noCsrf = new LinkedHashMap<>(g);
        noCsrf.remove("csrf");
        assertThat(other.post("/login/passkey", noCsrf).status()).isEqualTo(403);
    }

    @Test
    void hostilePasskeyFormsAreRefusedWithoutA500() {
        Browser b = new Browser(server.baseUrl());
        Map<String, String> hidden = Browser.hiddenInputs(b.get("/login").body());
        String deep = "[".repeat(5000) + "]".repeat(5000);
        for (String credential : List.of("", "null", "[]", "\"x\"", "{", deep, "{\"id\":" + deep + "}", "{\"id\":\"x\",\"response\":{}}",
                "{\"id\":1,\"rawId\":[],\"type\":{},\"response\":\"x\"}", "x".repeat(60000))) {
            for (String challenge : List.of("", "x", "A".repeat(43), "%00")) {
                Map<String, String> f = new LinkedHashMap<>(hidden);
                f.put("challenge_id", challenge);
                f.put("credential", credential);
                TestHttp.Response r = b.post("/login/passkey", f);
                assertThat(r.status()).as(credential.length() + " " + challenge).isBetween(400, 499);
            }
        }
        assertThat(b.cookie("gatehouse_session")).isNull();
    }

    @Test
    void aPasskeyAnswersTheSecondStepOfAPasswordSignIn() throws Exception {
        User u = withPasskey();
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response r = b.submit("/login", "/login", Map.of("username", u.username(), "password", RelyingParty.PASSWORD));
        assertThat(r.header("Location")).isEqualTo("/login/mfa");
        TestHttp.Response page = b.get("/login/mfa");
        assertThat(page.body()).contains("Use a passkey").contains("data-options=\"/login/mfa/passkey/options\"")
                .contains(Assets.SCRIPT_URL);
        String csrf = Browser.hiddenInputs(page.body()).get("csrf");

        // The options need the CSRF token and the browser's pending step.
        assertThat(b.post("/login/mfa/passkey/options", Map.of()).status()).isEqualTo(403);
        Browser stranger = new Browser(server.baseUrl());
        String strangerCsrf = Browser.hiddenInputs(stranger.get("/login").body()).get("csrf");
        assertThat(stranger.post("/login/mfa/passkey/options", Map.of("csrf", strangerCsrf)).status()).isEqualTo(401);
        TestHttp.Response options = b.post("/login/mfa/passkey/options", Map.of("csrf", csrf));
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        assertThat(options.header("Cache-Control")).isEqualTo("no-store");
        JsonNode o = JSON.readTree(options.body());
        assertThat(o.path("allowCredentials").findValuesAsText("id")).containsExactly(u.key().credentialId());

        Map<String, String> forged = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
        forged.put("credential", "{\"id\":\"forged\"}");
        TestHttp.Response wrong = b.post("/login/mfa", forged);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("That passkey could not be used");
        forged.put("credential", "not json");
        assertThat(b.post("/login/mfa", forged).status()).isEqualTo(400);

        JsonNode fresh = JSON.readTree(b.post("/login/mfa/passkey/options", Map.of("csrf", csrf)).body());
        Map<String, String> f = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
        f.put("credential", json(u.key().assertion(fresh, ORIGIN)));
        TestHttp.Response done = b.post("/login/mfa", f);
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/signed-in");
        assertThat(b.get("/signed-in").status()).isEqualTo(200);
    }
}

package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Malformed, huge and concurrent input at the authorization endpoint and consent page: never a 500. */
class AuthorizeHostileInputTest {
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        app = RelyingParty.confidential(server, List.of("openid"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestHttp.Response get(String query) {
        return new Browser(server.baseUrl()).get("/oauth2/authorize?" + query);
    }

    private static String valid() {
        return "response_type=code&scope=openid&client_id=" + app.clientId + "&redirect_uri="
                + URLEncoder.encode(RelyingParty.REDIRECT, StandardCharsets.UTF_8) + "&code_challenge_method=S256&code_challenge=" + CHALLENGE;
    }

    @Test
    void invalidUtf8IsNotA500() {
        TestHttp.Response r = get("client_id=%C3%28%FF&redirect_uri=%ED%A0%80");
        assertThat(r.status()).isBetween(400, 499);
        assertThat(r.header("Location")).isNull();
    }

    @Test
    void controlCharactersInStateAreNotA500() {
        TestHttp.Response r = get(valid() + "&state=%00%0d%0aSet-Cookie:%20x=y");
        assertThat(r.status()).isIn(303, 400);
        assertThat(String.valueOf(r.header("Set-Cookie"))).doesNotContain("x=y");
        assertThat(String.valueOf(r.header("Location"))).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void manyParametersAreInvalidRequest() {
        StringBuilder q = new StringBuilder(valid());
        for (int i = 0; i < 60; i++) q.append("&p").append(i).append("=1");
        TestHttp.Response r = get(q.toString());
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).contains("error=invalid_request");
    }

    @Test
    void hugeQueryIsRefusedQuicklyNotA500() {
        TestHttp.Response r = get(valid() + "&state=" + "s".repeat(20_000));
        assertThat(r.status()).isBetween(303, 499);
    }

    @Test
    void unknownHandleOfAnyShapeIsAnErrorPage() {
        for (String id : List.of("", "x", "%00", "A".repeat(43), "A".repeat(5000))) {
            TestHttp.Response r = new Browser(server.baseUrl()).get("/consent?id=" + id);
            assertThat(r.status()).as(id).isBetween(400, 499);
        }
    }

    @Test
    void consentAnsweredTwiceAtOnceIssuesOneCode() throws Exception {
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        TestHttp.Response r = browser.get(app.request("openid").path());
        TestHttp.Response login = browser.get(r.header("Location"));
        Map<String, String> fields = new LinkedHashMap<>(Browser.hiddenInputs(login.body()));
        fields.put("username", user);
        fields.put("password", RelyingParty.PASSWORD);
        String consent = browser.get(browser.post("/login", fields).header("Location")).header("Location");
        Map<String, String> answer = new LinkedHashMap<>(Browser.hiddenInputs(browser.get(consent).body()));
        answer.put("decision", "allow");

        List<TestHttp.Response> results = Concurrently.run(4, () -> browser.post("/consent", answer));

        assertThat(results).filteredOn(x -> x.status() == 303 && x.header("Location").startsWith(RelyingParty.REDIRECT + "?code="))
                .hasSize(1);
        assertThat(results).allSatisfy(x -> assertThat(x.status()).isNotEqualTo(500));
    }
}
